import Foundation
import SpecgenCore
import Testing

/// The bounds on reading and resolving a spec: each has a default, can be changed in specgen.yaml, and going past it
/// is an error at the place that went past it.
@Suite struct LimitsTests {
    private func load(_ files: [String: String], limits: ReadingLimits = .default) throws -> SpecLoader.Result {
        let folder = try temporaryFolder(files)
        return SpecLoader(limits: limits).load(folder + "/openapi.yaml")
    }

    private static func spec(schemas: String) -> String {
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas
    }

    @Test func aChainOfReferencesLongerThanTheLimitIsAnError() throws {
        let links = (0..<40).map { "    A\($0): {$ref: '#/components/schemas/A\($0 + 1)'}\n" }.joined()
        let files = ["openapi.yaml": Self.spec(schemas: links + "    A40: {type: string}\n")]
        let refused = try load(files)
        #expect(
            refused.errors.map(\.positioned).contains(
                "6:16: $ref '#/components/schemas/A1' starts a chain of more than 32 `$ref`s that only point at "
                    + "further `$ref`s, the limit"), "\(refused.errors.map(\.positioned))")
        #expect(try load(files, limits: ReadingLimits(maxReferenceHops: 64)).succeeded)
    }

    @Test func moreFilesThanTheLimitIsAnError() throws {
        let schemas = (1...3).map { "    S\($0): {$ref: 'part\($0).yaml#/S'}\n" }.joined()
        var files = ["openapi.yaml": Self.spec(schemas: schemas)]
        for index in 1...3 { files["part\(index).yaml"] = "S: {type: string}\n" }
        #expect(try load(files).succeeded)
        let refused = try load(files, limits: ReadingLimits(maxFiles: 3))
        #expect(
            refused.errors.map(\.positioned) == [
                "8:16: $ref 'part3.yaml#/S' would make the spec more than 3 files, the limit"
            ])
    }

    @Test func specgenYAMLSetsTheLimits() throws {
        func configuration(_ limits: String) throws -> Result<GeneratorConfiguration, Diagnostic> {
            let folder = try temporaryFolder([
                "Specs/api/specgen.yaml": "spec: openapi.yaml\nmodule: API\noutput: ../../Sources/API\n" + limits
            ])
            return GeneratorConfiguration.load(apiFolder: folder + "/Specs/api", packageRoot: folder)
        }
        let set = try configuration("limits: {depth: 8, files: 5, referenceHops: 4}\n").get().limits
        #expect(set == ReadingLimits(maxDepth: 8, maxFiles: 5, maxReferenceHops: 4))
        #expect(try configuration("").get().limits == .default)
        guard case .failure(let unknown) = try configuration("limits: {hops: 3}\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(unknown.positioned == "4:10: unknown key 'hops' in 'limits'")
        #expect(unknown.hint?.hasPrefix("valid keys: depth (deepest nesting), aliases") == true)
        guard case .failure(let wrong) = try configuration("limits:\n  depth: deep\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(wrong.positioned == "5:10: 'limits.depth' expects a positive integer, found a string")
    }

    @Test func theConfiguredLimitsApplyToGeneration() throws {
        let folder = try temporaryFolder([
            "Specs/api/specgen.yaml":
                "spec: openapi.yaml\nmodule: API\noutput: ../../Sources/API\nlimits: {depth: 3}\n",
            "Specs/api/openapi.yaml": Self.spec(schemas: "    S: {type: object, properties: {a: {type: string}}}\n"),
        ])
        let configuration = try GeneratorConfiguration.load(apiFolder: folder + "/Specs/api", packageRoot: folder).get()
        let result = Generator().generate(configuration)
        #expect(result.diagnostics.hasErrors)
        #expect(
            result.diagnostics.diagnostics.first?.message.contains("nesting is deeper than 3 levels") == true,
            "\(result.diagnostics.diagnostics.map(\.positioned))")
    }
}
