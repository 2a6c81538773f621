import Foundation
import Testing

/// `specgen dump-model` prints the intermediate model templates are rendered from, as JSON.
@Suite struct DumpModelCommandTests {
    @Test func printsTheTypesAndTheClientWithGeneratedNames() async throws {
        let dump = try await SpecgenProcess.run(["dump-model", "Specs/stripe"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let model = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        #expect(model["moduleName"] as? String == "StripeClient")
        let types = try #require(model["types"] as? [[String: Any]])
        let destination = try #require(types.first { $0["name"] as? String == "V2CoreEventDestination" })
        let kind = try #require(destination["kind"] as? [String: Any])
        #expect(kind["kind"] as? String == "structure")
        let properties = try #require(kind["properties"] as? [[String: Any]])
        #expect(properties.contains { $0["name"] as? String == "id" && $0["type"] as? String == "String" })
        let client = try #require(model["client"] as? [String: Any])
        let resources = try #require(client["resources"] as? [[String: Any]])
        #expect(resources.map { $0["propertyName"] as? String } == ["v2"])
    }

    @Test func aSpecWithErrorsPrintsThemAndNoModel() async throws {
        let dump = try await SpecgenProcess.run(["dump-model", SpecgenProcess.fixtures + "/Resolving/broken-refs.yaml"])
        #expect(dump.status == 1)
        #expect(dump.stdout.isEmpty)
        #expect(dump.stderr.contains("broken-refs.yaml:"), "\(dump.stderr)")
    }
}
