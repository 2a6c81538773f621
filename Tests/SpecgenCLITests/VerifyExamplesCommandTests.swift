import Foundation
import TestSupport
import Testing

/// `specgen verify-examples` over Specs/, a fixture with examples the spec gets wrong, and the published specs in
/// ../shared/specs: every example is decoded by a compiled program into its generated type, and the spec's own
/// mistakes are warnings at their positions. Builds a package, so it takes a minute or two.
@Suite struct VerifyExamplesCommandTests {
    static let shared = URL(fileURLWithPath: SpecgenProcess.packageRoot).appendingPathComponent("../shared/specs")
        .standardizedFileURL.path

    @Test(.timeLimit(.minutes(15)))
    func everyExampleIsDecodedIntoItsGeneratedType() async throws {
        let personnel = Self.shared + "/personio/personnel-data-api-oa3.yaml"
        let auth = Self.shared + "/personio/auth-api.yaml"
        let stripe = Self.shared + "/stripe/spec3-2023-09-12.yaml"
        for path in [personnel, auth, stripe] where !FileManager.default.fileExists(atPath: path) {
            Issue.record(
                "\(path) is missing: this test reads the published specs from ../shared/specs beside the checkout")
            return
        }
        let fixture = SpecgenProcess.fixtures + "/Examples/examples.yaml"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try await ChildProcess.run(
            [
                SpecgenProcess.executable.path, "verify-examples", "--scratch-path", scratch, "Specs/personio",
                "Specs/stripe", fixture, personnel, auth, stripe,
            ],
            in: SpecgenProcess.packageRoot)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        // The build folder named is used and kept, for the next run; the package around it is not.
        #expect(FileManager.default.fileExists(atPath: scratch + "/debug/CheckExamplesOfPersonnelDataApiOa3"))
        let lines = result.output.split(separator: "\n").map(String.init)
        func expectLine(_ line: String) {
            #expect(lines.contains(line), "missing: \(line)\n\(result.output.suffix(3000))")
        }
        /// `; N untyped (any JSON), N request-only (not decodable), N external (not fetched)`.
        func skipped(_ untyped: Int, _ requestOnly: Int, _ external: Int) -> String {
            "; \(untyped) untyped (any JSON), \(requestOnly) request-only (not decodable), \(external) external (not fetched)"
        }
        expectLine("Specs/personio: 3 examples checked, 3 decode" + skipped(0, 0, 0))
        expectLine("Specs/stripe: 0 examples checked, 0 decode" + skipped(0, 0, 0))
        expectLine(fixture + ": 11 examples checked, 9 decode, 2 do not (warnings above)" + skipped(1, 1, 1))
        // Positions inside the package are shown relative to it.
        let relative = "Tests/SpecgenCoreTests/Fixtures/Examples/examples.yaml"
        expectLine(
            relative + ":16:24: warning: the example of the 200 response of GET /events/{id} does not decode as Event: "
                + "flag: Expected to decode Bool but found a string instead.")
        expectLine(
            relative + ":62:16: warning: the example of Failure does not decode as Failure: "
                + "code: Expected to decode Int but found a string instead.")
        expectLine(personnel + ": 403 examples checked, 398 decode, 5 do not (warnings above)" + skipped(126, 0, 0))
        // What Personio's spec gets wrong: `false,` and `0,` (JSON commas in YAML), and three bodies that are not the
        // schema's shape.
        for position in ["1277:21", "1862:21", "1945:21", "2270:21", "2393:21"] {
            #expect(
                lines.contains { $0.hasPrefix(personnel + ":" + position + ": warning: the example of the ") },
                "no warning at \(position)")
        }
        expectLine(auth + ": 1 example checked, 1 decode" + skipped(0, 0, 0))
        expectLine(stripe + ": 0 examples checked, 0 decode" + skipped(0, 0, 0))
    }

    @Test func aSpecWithErrorsIsNotCheckedAndFails() async throws {
        let result = try await ChildProcess.run(
            [
                SpecgenProcess.executable.path, "verify-examples",
                SpecgenProcess.fixtures + "/Resolving/broken-refs.yaml",
            ],
            in: SpecgenProcess.packageRoot)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("broken-refs.yaml: not checked, "), "\(result.output)")
    }
}
