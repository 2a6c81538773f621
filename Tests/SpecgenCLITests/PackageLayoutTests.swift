import Foundation
import TestSupport
import Testing

/// What a plain `swift build` of this package builds: the tool, the runtime and the clients of `Specs/`, not what only
/// the tests use (SwiftPM builds test targets only for `swift test` and `swift build --build-tests`).
@Suite struct PackageLayoutTests {
    /// `--ignore-lock`: the `swift test` running this test holds the package's lock.
    @Test func testOnlyTargetsAreTestTargets() async throws {
        let describe = try await ChildProcess.run(
            ["swift", "package", "--ignore-lock", "describe", "--type", "json"], in: SpecgenProcess.packageRoot)
        #expect(describe.status == 0, "\(describe.output)")
        struct Package: Decodable {
            struct Target: Decodable {
                var name: String
                var type: String
            }
            var targets: [Target]
        }
        let json = describe.output.drop { $0 != "{" }
        let types = Dictionary(
            uniqueKeysWithValues: try JSONDecoder().decode(Package.self, from: Data(json.utf8)).targets.map {
                ($0.name, $0.type)
            })
        for testOnly in ["ShapesClient", "TestSupport"] {
            #expect(types[testOnly] == "test", "\(testOnly) is a \(types[testOnly] ?? "missing") target")
        }
        for shipped in ["SpecgenCore", "SpecgenRuntime", "SpecgenWebhooks", "StripeClient", "PersonioClient"] {
            #expect(types[shipped] == "library", "\(shipped) is a \(types[shipped] ?? "missing") target")
        }
    }
}
