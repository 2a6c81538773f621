import Foundation
import SpecgenCore
import SpecgenRuntime
import TestSupport
import Testing

/// Personio's published specs (../shared/specs/personio: the personnel data API, 29 operations of which 3 have an
/// operationId, and the auth API) generate clients that compile and work as a Personio customer expects: a token from
/// `POST /auth`, employees over 3 pages, an employee's attributes read typed, a multipart document upload, a profile
/// picture as bytes, and a `problem+json` 404 as the operation's typed error. The clients are generated into a
/// temporary package with the program in Fixtures/PersonioPublished/main.swift, built, and run against the loopback
/// server. Builds a package from scratch, so it takes a minute or two.
@Suite struct PersonioPublishedAPITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path
    static let shared = URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/specs/personio")
        .standardizedFileURL.path

    @Test(.timeLimit(.minutes(15)))
    func personnelAndAuthClientsWorkEndToEnd() async throws {
        let personnel = Self.shared + "/personnel-data-api-oa3.yaml"
        let auth = Self.shared + "/auth-api.yaml"
        for path in [personnel, auth] where !FileManager.default.fileExists(atPath: path) {
            Issue.record(
                "\(path) is missing: this test reads Personio's specs from ../shared/specs beside the checkout")
            return
        }
        let package = FileManager.default.temporaryDirectory.appendingPathComponent("personio-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: package) }

        // The personnel spec's only complaints are its three `problem+json` media types without `application/`.
        let personnelWarnings = try await Self.generate(personnel, module: "PersonioPersonnel", into: package)
        #expect(personnelWarnings.count == 3, "\(personnelWarnings)")
        #expect(personnelWarnings.allSatisfy { $0.contains("media type 'problem+json' has no type part") })
        #expect(try await Self.generate(auth, module: "PersonioAuth", into: package).isEmpty)
        try Self.writePackage(into: package)
        let build = try await ChildProcess.run(["swift", "build", "--product", "personio-demo"], in: package)
        try #require(build.status == 0, "the generated clients do not build:\n\(build.output.suffix(3000))")

        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        for reply in Self.replies { await server.enqueue(reply) }
        let demo = try await ChildProcess.run(
            [package + "/.build/debug/personio-demo", server.url.absoluteString], in: package)
        #expect(demo.status == 0, "\(demo.output)")
        #expect(
            demo.output == """
                token tok_personio, expires in 86400 s
                employee 1: Ada Lovelace
                employee 2: Grace Hopper
                employee 3: Alan Turing
                employee 4: Edsger Dijkstra
                employee 5: Barbara Liskov
                id: 7 (integer)
                email: ada@example.com (standard)
                weekly hours: 40
                hire date: 2014-11-09
                contract ends: never
                fix salary: 3000.5
                supervisor: 2 Grace
                department: Engineering
                office: Berlin
                custom attribute: IBAN = DE98 8989 9898 0000 8989 00
                uploaded document 31: Contract
                picture: image/png, 12 bytes, 89504e47
                not found: status(404), code 404, models.absence-types.not-found

                """)

        let requests = await server.requests
        try #require(requests.count == 9, "\(requests.map { "\($0.method) \($0.path)" })")
        // The auth client's JSON body, then the personnel client's token request (a form, as OAuth 2 sends it).
        #expect(requests[0].method == "POST" && requests[0].path == "/auth")
        #expect(requests[0].headers["content-type"] == "application/json")
        #expect(
            try JSONDecoder().decode(JSONValue.self, from: requests[0].body)
                == ["client_id": "client-1", "client_secret": "secret-1"])
        #expect(requests[1].method == "POST" && requests[1].path == "/auth")
        #expect(
            String(decoding: requests[1].body, as: UTF8.self)
                == "grant_type=client_credentials&client_id=client-1&client_secret=secret-1")
        // Every personnel call carries the token.
        #expect(requests.dropFirst(2).allSatisfy { $0.headers["authorization"] == "Bearer tok_personio" })
        #expect(requests[2...4].map(\.path) == Array(repeating: "/company/employees", count: 3))
        #expect(requests[2...4].map(\.query) == ["limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4"])
        #expect(requests[5].method == "GET" && requests[5].path == "/company/employees/7")

        // The upload: one part per field, then the file with its name and media type.
        let upload = requests[6]
        #expect(upload.method == "POST" && upload.path == "/company/documents")
        let contentType = try #require(upload.headers["content-type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        func field(_ name: String, _ value: String) -> String {
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        #expect(
            String(decoding: upload.body, as: UTF8.self)
                == field("title", "Contract") + field("comment", "Signed") + field("employee_id", "7")
                + field("category_id", "3") + field("date", "2024-05-01")
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contract.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 contract\r\n--\(boundary)--\r\n")

        #expect(requests[7].path == "/company/employees/7/profile-picture/128")
        #expect(requests[7].headers["accept"] == "image/png")
        #expect(requests[8].path == "/company/absence-periods")
        #expect(requests[8].query.contains("employees%5B%5D=404") || requests[8].query.contains("employees[]=404"))
    }

    /// Generates `spec` into `Sources/<module>` of `package`; returns the warnings.
    private static func generate(_ spec: String, module: String, into package: String) async throws -> [String] {
        let configuration = GeneratorConfiguration(
            specPath: spec, moduleName: module, outputFolder: package + "/Sources/" + module,
            source: URL(fileURLWithPath: spec).lastPathComponent)
        let result = try await offPool {
            let result = Generator().generate(configuration)
            _ = try OutputWriter(folder: configuration.outputFolder).write(result.files)
            return result
        }
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.message))")
        return result.diagnostics.diagnostics.map(\.message)
    }

    private static func writePackage(into package: String) throws {
        // A path dependency is known by its folder's name.
        let identity = URL(fileURLWithPath: packageRoot).lastPathComponent.lowercased()
        let runtime = ".product(name: \"SpecgenRuntime\", package: \(String(reflecting: identity)))"
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "PersonioPublished",
                platforms: [.macOS(.v14)],
                dependencies: [.package(path: \(String(reflecting: packageRoot)))],
                targets: [
                    .target(name: "PersonioPersonnel", dependencies: [\(runtime)]),
                    .target(name: "PersonioAuth", dependencies: [\(runtime)]),
                    .executableTarget(name: "personio-demo", dependencies: ["PersonioPersonnel", "PersonioAuth", \(runtime)]),
                ]
            )

            """
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: package + "/Package.swift"))
        let demo = package + "/Sources/personio-demo"
        try FileManager.default.createDirectory(atPath: demo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: packageRoot + "/Tests/GeneratedClientTests/Fixtures/PersonioPublished/main.swift",
            toPath: demo + "/main.swift")
    }

    /// `{"label", "value", "type", "universal_id"}`: Personio's attribute envelope.
    private static func attribute(_ label: String, _ value: String, _ type: String, _ id: String) -> String {
        #"{"label":"\#(label)","value":\#(value),"type":"\#(type)","universal_id":"\#(id)"}"#
    }

    private static func employee(_ id: Int, _ first: String, _ last: String) -> String {
        #"{"type":"Employee","attributes":{"id":\#(attribute("ID", "\(id)", "integer", "id")),"#
            + #""first_name":\#(attribute("First name", "\"\(first)\"", "standard", "first_name")),"#
            + #""last_name":\#(attribute("Last name", "\"\(last)\"", "standard", "last_name"))}}"#
    }

    private static func page(_ number: Int, _ employees: [String]) -> RecordingServer.Reply {
        .json(
            200,
            Data(
                (#"{"success":true,"metadata":{"total_elements":5,"current_page":\#(number),"total_pages":3},"#
                    + #""offset":\#(number * 2),"limit":2,"data":[\#(employees.joined(separator: ","))]}"#).utf8))
    }

    /// The server's answers, in the order the demo calls.
    static let replies: [RecordingServer.Reply] = {
        let token = RecordingServer.Reply.json(
            200,
            Data(#"{"success":true,"data":{"token":"tok_personio","expires_in":86400,"scope":"employees:read"}}"#.utf8))
        let ada =
            #"{"success":true,"data":{"type":"Employee","attributes":{"#
            + #""id":\#(attribute("ID", "7", "integer", "id")),"#
            + #""email":\#(attribute("Email", "\"ada@example.com\"", "standard", "email")),"#
            + #""weekly_working_hours":\#(attribute("Weekly hours", "\"40\"", "standard", "weekly_working_hours")),"#
            + #""hire_date":\#(attribute("Hire date", "\"2014-11-09T00:00:00+01:00\"", "date", "hire_date")),"#
            + #""contract_end_date":\#(attribute("Contract ends", "null", "date", "contract_end_date")),"#
            + #""fix_salary":{"label":"Fix salary","value":3000.5,"type":"decimal","universal_id":"fix_salary","currency":"EUR"},"#
            + #""supervisor":{"label":"Supervisor","value":{"type":"Employee","attributes":{"#
            + #""id":\#(attribute("ID", "2", "integer", "id")),"#
            + #""first_name":\#(attribute("First name", "\"Grace\"", "standard", "first_name"))}},"#
            + #""type":"standard","universal_id":"supervisor"},"#
            + #""department":{"label":"Department","value":{"type":"Department","attributes":{"id":4,"name":"Engineering"}},"#
            + #""type":"standard","universal_id":"department"},"#
            + #""office":{"label":"Office","value":{"type":"Office","attributes":{"id":1,"name":"Berlin"}},"#
            + #""type":"standard","universal_id":"office"},"#
            + #""dynamic_21827":{"label":"IBAN","value":"DE98 8989 9898 0000 8989 00","universal_id":"iban","type":"standard"}"#
            + "}}}"
        let uploaded =
            #"{"success":true,"data":{"id":31,"type":"Document","attributes":{"title":"Contract","date":"2024-05-01"}}}"#
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        let notFound = #"{"success":false,"error":{"code":404,"message":"models.absence-types.not-found"}}"#
        return [
            token, token,
            page(0, [employee(1, "Ada", "Lovelace"), employee(2, "Grace", "Hopper")]),
            page(1, [employee(3, "Alan", "Turing"), employee(4, "Edsger", "Dijkstra")]),
            page(2, [employee(5, "Barbara", "Liskov")]),
            .json(200, Data(ada.utf8)),
            .json(200, Data(uploaded.utf8)),
            RecordingServer.Reply(status: 200, headers: ["Content-Type": "image/png"], body: png),
            RecordingServer.Reply(
                status: 404, headers: ["Content-Type": "application/problem+json"], body: Data(notFound.utf8)),
        ]
    }()
}
