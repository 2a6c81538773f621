import Foundation
import TestSupport
import Testing

/// Examples/Zoo, a package that uses Specgen as a build step: its ZooAPI target holds only a specgen.yaml and a
/// spec of several files (OpenAPI 3.1, a discriminated oneOf, an API-key header), and the SpecgenBuild plugin
/// generates the client at build time. The test builds a copy of it, calls the API over HTTP with its demo, and runs
/// the `generate-clients` command plugin in it. Builds a package from scratch, so it takes a minute or two.
@Suite(.serialized) struct ExamplePackageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path

    @Test(.timeLimit(.minutes(15)))
    func zooBuildsWithThePluginAndCallsTheAPI() async throws {
        let package = try Self.copyExample()
        defer { try? FileManager.default.removeItem(atPath: package) }
        let scratch = package + "/.build"
        let build = try await ChildProcess.run(["swift", "build", "--scratch-path", scratch], in: package)
        try #require(build.status == 0, "Examples/Zoo does not build:\n\(build.output.suffix(3000))")

        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(
            .json(201, Data(#"{"kind":"cat","id":"an_1","name":"Tom","lives":9,"spots":[{"x":1.5,"y":2}]}"#.utf8)))
        await server.enqueue(
            .json(
                200,
                Data(
                    #"""
                    {"data":[{"kind":"dog","id":"an_2","name":"Rex","tags":[{"name":"good","color":null}]},
                    {"kind":"dog","id":"an_3","name":"Fido"},{"kind":"parrot","id":"an_4"}],
                    "has_more":true,"next_cursor":null}
                    """#.utf8)))
        await server.enqueue(
            .json(404, Data(#"{"title":"No such animal","status":404,"detail":"nessie is a legend"}"#.utf8)))
        let demo = try await ChildProcess.run(
            [scratch + "/debug/zoo-demo", server.url.absoluteString], in: package, environment: ["ZOO_KEY": "zk_test"])
        #expect(demo.status == 0, "\(demo.output)")
        #expect(
            demo.output == """
                admitted cat Tom (an_1), 9 lives, 1 spots
                listed dog Rex (an_2), 1 tags
                listed dog Fido (an_3), 0 tags
                listed a parrot this client does not know yet
                more: true
                problem 404: No such animal (nessie is a legend)

                """)

        let requests = await server.requests
        try #require(requests.count == 3)
        #expect(requests.allSatisfy { $0.headers["x-zoo-key"] == "zk_test" && $0.headers["authorization"] == nil })
        #expect(requests[0].method == "POST" && requests[0].path == "/animals")
        #expect(requests[0].headers["content-type"] == "application/json")
        let sent = try JSONSerialization.jsonObject(with: requests[0].body) as? NSDictionary
        let expected: NSDictionary = ["kind": "cat", "name": "Tom", "lives": 9, "spots": [["x": 1.5, "y": 2]]]
        #expect(sent == expected)
        #expect(
            requests[1].method == "GET" && requests[1].path == "/animals" && requests[1].query == "kind=dog&limit=2")
        #expect(requests[2].method == "GET" && requests[2].path == "/animals/nessie")

        // A broken spec fails the build, naming the file, line and column.
        let responses = package + "/Sources/ZooAPI/responses.yaml"
        let broken = try String(contentsOfFile: responses, encoding: .utf8)
            .replacingOccurrences(of: "common.yaml#/Problem", with: "common.yaml#/Problems")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: responses))
        let rebuild = try await ChildProcess.run(["swift", "build", "--scratch-path", scratch], in: package)
        #expect(rebuild.status != 0)
        #expect(
            rebuild.output.contains(
                "Sources/ZooAPI/responses.yaml:6:15: error: $ref './schemas/common.yaml#/Problems'"),
            "\(rebuild.output.suffix(3000))")
    }

    @Test(.timeLimit(.minutes(15)))
    func generateClientsCommandPluginWritesAndChecksSpecs() async throws {
        let package = try Self.copyExample()
        defer { try? FileManager.default.removeItem(atPath: package) }
        let api = package + "/Specs/zoo"
        try FileManager.default.createDirectory(atPath: api, withIntermediateDirectories: true)
        try Data("spec: ../../Sources/ZooAPI/openapi.yaml\nmodule: ZooCopy\noutput: ../../Generated/ZooCopy\n".utf8)
            .write(to: URL(fileURLWithPath: api + "/specgen.yaml"))
        let plugin = ["swift", "package", "--scratch-path", package + "/.build"]

        let refused = try await ChildProcess.run(plugin + ["generate-clients"], in: package)
        #expect(refused.status != 0, "the plugin wrote without permission:\n\(refused.output)")

        let generate = try await ChildProcess.run(
            plugin + ["--allow-writing-to-package-directory", "generate-clients"], in: package)
        #expect(generate.status == 0, "\(generate.output.suffix(3000))")
        #expect(generate.output.contains("Specs/zoo: 8 written, 0 unchanged, 0 deleted ("))
        let client = try String(contentsOfFile: package + "/Generated/ZooCopy/ZooCopy.swift", encoding: .utf8)
        #expect(client.contains(#"authorization: .apiKey(apiKey, header: "X-Zoo-Key")"#))

        // The generated client compiles as a target of the package.
        let manifest = package + "/Package.swift"
        let withTarget = try String(contentsOfFile: manifest, encoding: .utf8).replacingOccurrences(
            of: "    ],\n    swiftLanguageModes",
            with: """
                        .target(
                            name: "ZooCopy", dependencies: [.product(name: "SpecgenRuntime", package: "Specgen")],
                            path: "Generated/ZooCopy"),
                    ],
                    swiftLanguageModes
                """)
        try Data(withTarget.utf8).write(to: URL(fileURLWithPath: manifest))
        let build = try await ChildProcess.run(
            ["swift", "build", "--scratch-path", package + "/.build", "--target", "ZooCopy"], in: package)
        #expect(build.status == 0, "the generated client does not build:\n\(build.output.suffix(3000))")

        let check = try await ChildProcess.run(
            plugin + ["--allow-writing-to-package-directory", "generate-clients", "--check"], in: package)
        #expect(check.status == 0, "\(check.output.suffix(3000))")
        #expect(check.output.contains("Specs/zoo: up to date, 8 files"))
        try FileManager.default.removeItem(atPath: package + "/Generated/ZooCopy/Models/Spot.swift")
        let drift = try await ChildProcess.run(
            plugin + ["--allow-writing-to-package-directory", "generate-clients", "--check"], in: package)
        #expect(drift.status != 0)
        #expect(drift.output.contains("  missing: Models/Spot.swift"))
    }

    /// A copy of Examples/Zoo in a temporary folder, depending on this checkout by its absolute path.
    private static func copyExample() throws -> String {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("zoo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: packageRoot + "/Examples/Zoo/Sources", toPath: copy + "/Sources")
        let manifest = try String(contentsOfFile: packageRoot + "/Examples/Zoo/Package.swift", encoding: .utf8)
        let relocated = manifest.replacingOccurrences(of: #"path: "../..""#, with: "path: \"\(packageRoot)\"")
        try #require(relocated != manifest, "Examples/Zoo/Package.swift no longer depends on path \"../..\"")
        try Data(relocated.utf8).write(to: URL(fileURLWithPath: copy + "/Package.swift"))
        return copy
    }
}
