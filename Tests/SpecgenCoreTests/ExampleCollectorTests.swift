import Foundation
import SpecgenCore
import Testing

/// `specgen verify-examples` collects every response and schema example with the generated type for its place, and
/// writes it as JSON with YAML's plain scalars read as the schema says (Fixtures/Examples/examples.yaml).
@Suite struct ExampleCollectorTests {
    private func collect() throws -> ExampleCollection {
        let configuration = GeneratorConfiguration(
            specPath: Fixtures.path("Examples/examples.yaml"), moduleName: "Examples",
            outputFolder: FileManager.default.temporaryDirectory.path, source: "examples.yaml")
        let result = Generator().generate(configuration)
        let model = try #require(result.model)
        let resolved = try #require(result.resolved)
        return ExampleCollector(resolved: resolved, model: model).collect()
    }

    @Test func responseAndSchemaExamplesGetTheirTypes() throws {
        let collection = try collect()
        let checks = collection.checks.map { "\($0.place) | \($0.swiftType) | \($0.json)" }
        #expect(
            checks == [
                // Plain scalars: `40` where a string is asked for is "40"; dates and `yes` stay text (YAML 1.2).
                #"the 200 response of GET /events/{id} | Event | {"id":"40","day":"2020-01-01","count":40,"flag":"yes","at":"2020-01-01T10:00:00Z","note":null}"#,
                #"the 200 response of GET /events/{id} (example 'named') | Event | {"id":"e_1","count":1}"#,
                // The 404's own body type: the operation's errors differ by status.
                #"the 404 response of GET /events/{id} | GetEventNotFoundError | {"title":"Not here"}"#,
                // Inside a request body (which only encodes), values whose types decode are checked.
                #"the request body of POST /events.name | String? | "7""#,
                #"Event.id | String | "12345""#,
                #"Event.day | String? | "2020-01-01""#,
                #"Event.count | Int? | 40"#,
                #"Event.flag | Bool? | true"#,
                #"Event.at | Date? | "2020-01-01""#,
                #"Event.tags[] | String | "2021""#,
                // Quoted, so a string whatever the schema says: the spec is wrong here.
                #"Failure | Failure | {"code":"500"}"#,
            ], "\(checks)")
        // `extra` has no type (any JSON); the request body's own example is for a type that only encodes; one
        // external value.
        #expect(collection.untyped == 1)
        #expect(collection.requestOnly == 1)
        #expect(collection.external == 1)
        let first = try #require(collection.checks.first)
        #expect(first.location.line == 16 && first.location.column == 24)
    }

    @Test func theCheckProgramDeclaresOneCallPerExampleAndEscapesTheJSON() throws {
        let collection = try collect()
        let program = ExampleCheckProgram.mainSwift(module: "Examples", checks: collection.checks)
        #expect(program.contains("import Examples\n"))
        #expect(program.contains(#"    check(10, Failure.self, "{\"code\":\"500\"}")"#))
        #expect(program.components(separatedBy: "    check(").count - 1 == collection.checks.count)
        #expect(program.hasSuffix("checks0()\n"))
    }
}
