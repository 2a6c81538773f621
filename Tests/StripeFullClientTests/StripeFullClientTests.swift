import Foundation
import SpecgenCore
import Testing

/// Stripe's full public spec generates a client that compiles, and Stripe's own example object for every resource
/// (../shared/specs/stripe/fixtures3-2023-09-12.json) decodes into its generated type and re-encodes to the same
/// JSON (`null` and absent treated alike). Builds a temporary package, so it takes a few minutes.
@Suite struct StripeFullClientTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path
    static let shared = URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/specs/stripe")
        .standardizedFileURL.path

    /// Fixtures that disagree with the spec itself; anything else failing is a defect of the generator.
    static let knownSpecMismatches: Set<String> = [
        // The fixture's destination_payment_method_details lacks `billing_details`, which the spec requires.
        "treasury.outbound_payment: decoding",
        // The fixture's address has `zip`, which the spec's address schema does not define (it has postal_code).
        "identity.verification_report: re-encoding",
    ]

    @Test(.timeLimit(.minutes(20)))
    func fullClientCompilesAndRoundTripsEveryFixture() throws {
        let spec = Self.shared + "/spec3-2023-09-12.yaml"
        let fixtures = Self.shared + "/fixtures3-2023-09-12.json"
        for path in [spec, fixtures] where !FileManager.default.fileExists(atPath: path) {
            Issue.record("\(path) is missing: this test reads Stripe's spec from ../shared/specs beside the checkout")
            return
        }
        let package = FileManager.default.temporaryDirectory.appendingPathComponent("stripe-full-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: package) }
        let configuration = GeneratorConfiguration(
            specPath: spec,
            moduleName: "StripeFull",
            outputFolder: package + "/Sources/StripeFull",
            source: "spec3-2023-09-12.yaml"
        )
        let result = Generator().generate(configuration)
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.prefix(5))")
        let model = try #require(result.model)
        _ = try OutputWriter(folder: configuration.outputFolder).write(result.files)

        // Fixture keys are schema names; each type's origin names its schema.
        let resources =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixtures))) as? [String: Any]
        let keys = try #require((resources?["resources"] as? [String: Any])?.keys.sorted())
        #expect(keys.count == 131)
        var typeForSchema: [String: String] = [:]
        for type in model.types where type.origin.hasPrefix("#/components/schemas/") {
            typeForSchema[String(type.origin.dropFirst("#/components/schemas/".count))] = type.name
        }
        let checks = keys.map { key in
            typeForSchema[key].map { "check(\($0).self, \"\(key)\")" } ?? "missing(\"\(key)\")"
        }
        try Self.writeChecker(into: package, checks: checks)
        let output = try Self.run(["swift", "build", "--product", "FixtureCheck"], in: package)
        #expect(output.status == 0, "the generated client does not build:\n\(output.text.suffix(3000))")
        guard output.status == 0 else { return }
        let check = try Self.run([package + "/.build/debug/FixtureCheck", fixtures], in: package)
        let failures = Set(check.text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        #expect(failures == Self.knownSpecMismatches, "\(check.text)")
    }

    private static func writeChecker(into package: String, checks: [String]) throws {
        // A path dependency is known by its folder's name.
        let identity = URL(fileURLWithPath: packageRoot).lastPathComponent.lowercased()
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "StripeFull",
                dependencies: [.package(path: \(String(reflecting: packageRoot)))],
                targets: [
                    .target(name: "StripeFull", dependencies: [.product(name: "SpecgenRuntime", package: \(String(reflecting: identity)))]),
                    .executableTarget(
                        name: "FixtureCheck",
                        dependencies: ["StripeFull", .product(name: "SpecgenRuntime", package: \(String(reflecting: identity)))]
                    ),
                ]
            )

            """
        let checker = """
            import Foundation
            import SpecgenRuntime
            import StripeFull

            let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
            let fixtures = try JSONDecoder().decode([String: [String: JSONValue]].self, from: data)["resources"]!

            func withoutNulls(_ value: JSONValue) -> JSONValue {
                switch value {
                case .object(let members): .object(members.filter { $0.value != .null }.mapValues(withoutNulls))
                case .array(let items): .array(items.map(withoutNulls))
                default: value
                }
            }

            /// Prints `key: decoding` or `key: re-encoding` for a fixture that fails, nothing for one that round-trips.
            @MainActor func check<T: Codable>(_: T.Type, _ key: String) {
                let fixture = fixtures[key]!
                guard let value = try? JSONCoding.decoder().decode(T.self, from: JSONEncoder().encode(fixture)) else {
                    print("\\(key): decoding")
                    return
                }
                let again = try? JSONDecoder().decode(JSONValue.self, from: JSONCoding.encoder().encode(value))
                if again.map(withoutNulls) != withoutNulls(fixture) { print("\\(key): re-encoding") }
            }

            @MainActor func missing(_ key: String) { print("\\(key): no generated type") }

            \(checks.joined(separator: "\n"))

            """
        try FileManager.default.createDirectory(
            atPath: package + "/Sources/FixtureCheck", withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: package + "/Package.swift"))
        try Data(checker.utf8).write(to: URL(fileURLWithPath: package + "/Sources/FixtureCheck/main.swift"))
    }

    private static func run(_ arguments: [String], in folder: String) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
