import Foundation
import SpecgenCore
import Testing

@Suite struct NamingOverridesTests {
    private func configuration(_ names: String) throws -> Result<GeneratorConfiguration, Diagnostic> {
        let folder = try temporaryFolder([
            "Specs/stripe/specgen.yaml": "spec: openapi.yaml\nmodule: Stripe\noutput: ../../Out\nnames:\n" + names
        ])
        let specs = GoldenFileTests.packageRoot + "/Specs/stripe/openapi.yaml"
        try FileManager.default.copyItem(atPath: specs, toPath: folder + "/Specs/stripe/openapi.yaml")
        return GeneratorConfiguration.load(apiFolder: folder + "/Specs/stripe", packageRoot: folder)
    }

    @Test func renamesTypesOperationsAndResources() throws {
        let names = """
              types: {v2.core.event_destination: EventDestination}
              operations: {PostV2CoreEventDestinationsIdPing: sendPing}
              resources: {event_destinations: destinations}
            """
        let result = Generator().generate(try configuration(names).get())
        #expect(!result.diagnostics.hasErrors)
        let model = try #require(result.model)
        #expect(model.types.map(\.name).contains("EventDestination"))
        #expect(!model.types.map(\.name).contains("V2CoreEventDestination"))
        let core = try #require(model.client.resources.first?.resources.first)
        let destinations = try #require(core.resources.first)
        #expect(destinations.propertyName == "destinations")
        #expect(destinations.typeName == "Destinations")
        #expect(
            destinations.operations.map(\.name) == [
                "list", "create", "retrieve", "update", "delete", "disable", "enable", "sendPing",
            ])
        let client = try #require(result.files.first { $0.path == "Resources/V2.Core.Destinations.swift" })
        #expect(client.contents.contains("public func sendPing("))
        #expect(client.contents.contains("-> EventDestination {"))
    }

    @Test func namesThatMatchNothingAreWarnings() throws {
        let result = Generator().generate(
            try configuration("  operations: {NoSuchOperation: foo}\n  types: {nope: Nope}\n").get())
        #expect(
            result.diagnostics.diagnostics.map(\.message) == [
                "names.types in specgen.yaml names 'nope', which is no schema of the spec",
                "names.operations in specgen.yaml names 'NoSuchOperation', which is no operationId of the spec",
            ]
        )
    }

    @Test func invalidNamesAreErrorsAtTheirPosition() throws {
        guard
            case .failure(let error) = try configuration(
                "  operations: {PostV2CoreEventDestinationsIdPing: send ping}\n")
        else {
            Issue.record("expected an error")
            return
        }
        #expect(error.positioned == "5:51: 'send ping' is not a valid Swift member name")
        guard case .failure(let section) = try configuration("  methods: {}\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(section.positioned == "5:3: unknown key 'methods' in 'names'")
    }
}
