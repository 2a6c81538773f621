import Foundation
import SpecgenCore
import Testing

@Suite struct RenderingTests {
    private func configuration(templates: String? = nil) throws -> GeneratorConfiguration {
        GeneratorConfiguration(
            specPath: GoldenFileTests.packageRoot + "/Tests/ShapeFixtures/shapes.yaml",
            moduleName: "ShapesClient",
            outputFolder: try temporaryFolder([:]),
            templatesFolder: templates,
            source: "Tests/ShapeFixtures"
        )
    }

    @Test func generationIsDeterministic() throws {
        let first = Generator().generate(try configuration()).files
        let second = Generator().generate(try configuration()).files
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func aTemplateFolderReplacesBundledTemplatesByName() throws {
        let structTemplate = """
            {{> Documentation}}
            {{access}} struct {{name}}: Codable, Hashable, Sendable, CustomStringConvertible {
                {{access}} var description: String { "{{name}}" }
            }
            """
        let folder = try temporaryFolder(["Struct.mustache": structTemplate, "Notes.txt": "not a template"])
        let result = Generator().generate(try configuration(templates: folder))
        #expect(!result.diagnostics.hasErrors)
        // The model's file is `NamedModel.swift`, since the resource `Named` has `Resources/Named.swift`.
        let named = try #require(result.files.first { $0.path == "Models/NamedModel.swift" })
        #expect(named.contents.contains("public struct Named: Codable, Hashable, Sendable, CustomStringConvertible {"))
        #expect(named.contents.contains(#"public var description: String { "Named" }"#))
        // Templates the folder does not provide keep the bundled version.
        let size = try #require(result.files.first { $0.path == "Models/Size.swift" })
        #expect(size.contents.contains("public enum Size: OpenEnum {"))
    }

    @Test func aUsersOperationTemplateChangesTheBodyOfEveryOperation() async throws {
        // The bundled template, with a header of the user's set on every request and every query parameter sent by
        // the runtime's style rules, whatever its shape: the template prints the body from the model's data.
        let bundled = try String(
            contentsOfFile: GoldenFileTests.packageRoot + "/Templates/Operation.mustache", encoding: .utf8)
        let binding = "{{#changesRequest}}var{{/changesRequest}}{{^changesRequest}}let{{/changesRequest}} request"
        let direct = """
            {{#isDirect}}
                request.addQuery({{key}}, {{#value}}{{>WireValue}}{{/value}}{{#passesExplode}}, explode: {{explode}}{{/passesExplode}})
            {{/isDirect}}
            """
        try #require(bundled.contains(binding) && bundled.contains(direct))
        let operation =
            bundled
            .replacingOccurrences(of: binding, with: "var request")
            .replacingOccurrences(
                of: "    )\n{{#accept}}",
                with: "    )\n    request.setHeader(\"X-Operation\", {{operationID}})\n{{#accept}}"
            )
            .replacingOccurrences(
                of: direct,
                with: """
                    {{#isDirect}}
                        try request.addQuery({{key}}, {{#value}}{{>WireValue}}{{/value}}, style: .form, explode: {{explode}}, errorBody: {{errorBody}}.self)
                    {{/isDirect}}
                    """)
        let snippet = try Snippet(
            """
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters: [{name: limit, in: query, schema: {type: integer}}]
                  responses: {'200': {description: ok}}
                post:
                  operationId: createPet
                  requestBody: {content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}}
                  responses: {'204': {description: made}}
              /pets/{id}:
                delete:
                  operationId: deletePet
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: gone}}
            """, templates: ["Operation.mustache": operation])
        for id in ["listPets", "createPet", "deletePet"] {
            #expect(snippet.contains(#"request.setHeader("X-Operation", "\#(id)")"#), "\(id)")
        }
        #expect(
            snippet.contains(
                #"try request.addQuery("limit", limit, style: .form, explode: true, errorBody: JSONValue.self)"#))
        #expect(!snippet.contains("let request = APIRequest("))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aUsersArgumentTemplateChangesEveryDeclaredArgument() async throws {
        // Arguments are data (label, name, type, default) that one template prints, in operations, their auto-paging
        // twins and the client's inits: without defaults, callers must pass every argument.
        let snippet = try Snippet(
            """
            security: [{key: []}]
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, default: 10}}
                    - {name: starting_after, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [data, has_more, object, url]
                            properties:
                              data: {type: array, items: {type: string}}
                              has_more: {type: boolean}
                              object: {type: string, enum: [list]}
                              url: {type: string}
                post:
                  operationId: createPet
                  requestBody: {content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}}
                  responses: {'204': {description: made}}
            components:
              securitySchemes:
                key: {type: http, scheme: bearer}
            """, vendors: [.stripe], templates: ["Argument.mustache": "{{#label}}{{.}} {{/label}}{{name}}: {{type}}"])
        let listArguments = "limit: Int?,\n    startingAfter: String?,\n    options: RequestOptions = RequestOptions()"
        #expect(snippet.contains("public func list(\n" + listArguments))
        #expect(snippet.contains("public func listAutoPaging(\n" + listArguments))
        #expect(snippet.contains("_ body: CreatePetRequest?,\n    options: RequestOptions = RequestOptions()"))
        #expect(snippet.contains("public init(\n    authorization: Authorization,\n    serverURL: URL,"))
        #expect(snippet.contains("startingAfter: cursor.startingAfter,\noptions: options"))
        let endpoints = snippet.files.filter { $0.path.hasPrefix("Resources/") }.map(\.contents).joined()
        // The protocol's `options: RequestOptions? = nil` is the template's own, as `= RequestOptions()` is.
        #expect(
            endpoints.contains("limit: Int?,")
                && !endpoints.replacingOccurrences(of: "options: RequestOptions? = nil", with: "").contains("= nil"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aBrokenTemplateIsADiagnostic() throws {
        let folder = try temporaryFolder(["Struct.mustache": "{{#properties}}unclosed"])
        let result = Generator().generate(try configuration(templates: folder))
        #expect(result.files.isEmpty)
        #expect(
            result.diagnostics.diagnostics.contains { $0.message.hasPrefix("template Struct.mustache does not parse") })
    }

    /// The file at `path` generated from the one-file `spec`.
    private func generatedFile(_ path: String, from spec: String) throws -> GeneratedFile {
        let folder = try temporaryFolder(["spec.yaml": spec])
        let configuration = GeneratorConfiguration(
            specPath: folder + "/spec.yaml", moduleName: "Generated", outputFolder: folder + "/out", source: "spec.yaml"
        )
        return try #require(Generator().generate(configuration).files.first { $0.path == path })
    }

    @Test func aReadOfOneObjectIsRetrieveAndAReadOfAPageIsList() throws {
        let object = "{type: object, properties: {available: {type: integer}}}"
        let page = "{type: object, properties: {data: {type: array, items: {type: string}}, has_more: {type: boolean}}}"
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /v1/balance:
                get: {responses: {'200': {description: ok, content: {application/json: {schema: \(object)}}}}}
              /v1/charges:
                get: {responses: {'200': {description: ok, content: {application/json: {schema: \(page)}}}}}
              /v1/tags:
                get: {responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}}
              /v1/settings:
                get: {responses: {'200': {description: ok, content: {application/json: {schema: \(object)}}}}}
              /v1/settings/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: ok, content: {application/json: {schema: \(object)}}}}
            """
        let names = { (file: String) in
            let text = try self.generatedFile("Resources/V1.\(file).swift", from: spec).contents
            return text.split(separator: "\n").compactMap { line in
                // The resource's own methods, not its protocol's (declared at the file's top level).
                line.hasPrefix("        public func ")
                    ? line.split(separator: " ").last.map { String($0.dropLast()) } : nil
            }
        }
        #expect(try names("Balance") == ["retrieve"])
        #expect(try names("Charges") == ["list"])
        #expect(try names("Tags") == ["list"])
        // The resource already has a `retrieve` (of one item), so the read of the collection keeps `list`.
        #expect(try names("Settings") == ["list", "retrieve"])
    }

    @Test func aLoneReadOfAnItemsThingIsAMethodOfTheItemsResource() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /company/employees/{employee_id}/profile-picture/{width}:
                get:
                  parameters:
                    - {name: employee_id, in: path, required: true, schema: {type: integer}}
                    - {name: width, in: path, required: true, schema: {type: integer}}
                  responses: {'200': {description: ok, content: {image/png: {}}}}
              /company/employees/{employee_id}/absences/{id}:
                get:
                  parameters:
                    - {name: employee_id, in: path, required: true, schema: {type: integer}}
                    - {name: id, in: path, required: true, schema: {type: integer}}
                  responses: {'204': {description: ok}}
                delete:
                  parameters:
                    - {name: employee_id, in: path, required: true, schema: {type: integer}}
                    - {name: id, in: path, required: true, schema: {type: integer}}
                  responses: {'204': {description: ok}}
            """
        let employees = try generatedFile("Resources/Company.Employees.swift", from: spec).contents
        #expect(
            employees.contains(
                "        public func profilePicture(\n            employeeID: Int,\n            width: Int,"))
        // A resource with more than the one read keeps its own type and the usual names.
        let absences = try generatedFile("Resources/Company.Employees.Absences.swift", from: spec).contents
        #expect(absences.contains("public func retrieve(") && absences.contains("public func delete("))
    }

    @Test func anAllOfPartNarrowsWhatAnEarlierPartLeftOpen() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Response:
                  type: object
                  required: [data]
                  properties:
                    data: {type: object}
                    success: {type: boolean}
                Names:
                  allOf:
                    - $ref: '#/components/schemas/Response'
                    - type: object
                      properties:
                        data: {type: array, items: {type: string}}
                        success: {type: string}
            """
        let names = try generatedFile("Models/Names.swift", from: spec).contents
        #expect(names.contains("    public var data: [String]\n"))
        // A property the earlier part typed stays as it was.
        #expect(names.contains("    public var success: Bool?\n"))
    }

    @Test func theSpecsSecuritySchemeChoosesTheAuthorization() throws {
        func client(_ scheme: String) throws -> String {
            let spec = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                security: [{main: []}]
                paths: {}
                components:
                  securitySchemes:
                    main: \(scheme)
                """
            return try generatedFile("Generated.swift", from: spec).contents
        }
        #expect(
            try client("{type: apiKey, in: query, name: api_key}").contains(
                #"authorization: .apiKey(apiKey, query: "api_key")"#))
        #expect(
            try client("{type: apiKey, in: header, name: X-Key}").contains(
                #"authorization: .apiKey(apiKey, header: "X-Key")"#))
        #expect(try client("{type: http, scheme: bearer}").contains("authorization: .bearer(apiKey)"))
        #expect(
            try client("{type: http, scheme: basic}").contains(
                "authorization: .basic(user: username, password: password)"))
        for scheme in ["{type: apiKey, in: query, name: k}", "{type: http, scheme: bearer}"] {
            #expect(try client(scheme).contains("    public init(\n        authorization: Authorization,\n"))
        }
    }

    @Test func specTextCannotBreakOutOfLiteralsOrComments() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Tricky:
                  type: object
                  description: "Ends a comment */ and\\n}\\nfunc pwn() {"
                  properties:
                    "\\"); exit(1); //": {type: string, enum: ["a\\"b", "\\\\(x)", "`"]}
            """
        let file = try generatedFile("Models/Tricky.swift", from: spec)
        #expect(
            file.contents.contains("/// Ends a comment */ and\n    /// }\n    /// func pwn() {")
                || file.contents.contains("/// Ends a comment */ and\n/// }\n/// func pwn() {"))
        #expect(file.contents.contains(#"case "a\"b": self = "#))
        #expect(file.contents.contains(#"case "\\(x)": self = "#))
        #expect(file.contents.contains(#"= "\"); exit(1); //""#))
        #expect(!file.contents.contains("\nfunc pwn"))
    }

    @Test func htmlDescriptionsBecomeMarkdown() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Charge:
                  type: object
                  description: >-
                    <p>Use the <a href="/docs/api/payment_intents">Payment Intents API</a> for <code>amount</code>
                    &amp; <strong>more</strong>.</p><p>Keys look like amount_<currency>.</p><ul><li>one</li><li>two</li></ul>
                  properties:
                    id: {type: string}
            """
        let file = try generatedFile("Models/Charge.swift", from: spec)
        let expected = """
            /// Use the [Payment Intents API](/docs/api/payment_intents) for `amount` & **more**.
            ///
            /// Keys look like amount_<currency>.
            ///
            /// - one
            /// - two
            ///
            /// - Remark: Generated from #/components/schemas/Charge
            public struct Charge
            """
        #expect(file.contents.contains(expected), "\(file.contents)")
    }
}
