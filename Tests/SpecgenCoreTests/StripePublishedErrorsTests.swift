import Foundation
import SpecgenCore
import TestSupport
import Testing

/// Stripe's published v2 event-destination operations (`../shared/specs/stripe/v2-event-destinations-published.json`)
/// answer errors with a `oneOf` of specific errors beside the generic one, told apart only by the value of
/// `error.code`: the generated union checks that value before it tries a specific error, so a not-found body decodes
/// as not-found and no other error does (the shapes fixture's `V2Error` runs the same schemas).
@Suite struct StripePublishedErrorsTests {
    @Test func theErrorUnionChecksEachSpecificErrorsCode() async throws {
        let spec = try SharedSpecs.path("stripe/v2-event-destinations-published.json")
        let folder = try temporaryFolder([:])
        let configuration = GeneratorConfiguration(
            specPath: spec, moduleName: "StripePublished", outputFolder: folder + "/StripePublished",
            source: "v2-event-destinations-published.json")
        let result = try await offPool { Generator().generate(configuration) }
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics)")
        let swift = result.files.map(\.contents).joined(separator: "\n")
        #expect(swift.contains(#"json.has(["error", "code"], in: ["not_found"]),"#))
        #expect(swift.contains(#"json.has(["error", "code"], in: ["idempotency_error"]),"#))
        _ = try OutputWriter(folder: configuration.outputFolder).write(result.files)
        let typecheck = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "StripePublished"]
                + ["-I", GeneratedWarningTests.modules]
                + result.files.map { configuration.outputFolder + "/" + $0.path },
            in: folder)
        #expect(typecheck.status == 0, "\(typecheck.output)")
    }
}
