import SpecgenCore
import Testing

/// OpenAPI 3.1 and JSON Schema 2020-12: what is generated, and a positioned warning for what is not.
@Suite struct OpenAPI31SnippetTests {
    @Test func webhookPayloadsBecomeTypesTheReceiverDecodes() async throws {
        let snippet = try Snippet(
            """
            webhooks:
              newPet:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, required: [id], properties: {id: {type: integer}, name: {type: string}}}
                  responses: {"200": {description: received}}
            """, version: "3.1.0")
        #expect(snippet.contains("public struct NewPetPayload: Codable, Hashable, Sendable {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func constTypeArraysAndDefsAreGenerated() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Event:
                  type: object
                  required: [kind]
                  properties:
                    kind: {const: ping}
                    note: {type: [string, "null"]}
                    spot: {$ref: "#/components/schemas/Event/$defs/Spot"}
                  $defs:
                    Spot: {type: object, properties: {x: {type: integer}}}
            """, version: "3.1.0")
        #expect(snippet.contains("public var kind: String"))
        #expect(snippet.contains("public var note: String?"))
        #expect(snippet.contains("public var spot: Spot?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func conditionalsTuplesAndNotArePositionedWarningsSayingWhatIsGenerated() async throws {
        let snippet = try Snippet(
            """
            paths: {}
            components:
              schemas:
                Shipping:
                  type: object
                  properties: {country: {type: string}, postcode: {type: string}}
                  if: {properties: {country: {const: US}}}
                  then: {required: [postcode]}
                  dependentSchemas: {postcode: {required: [country]}}
                Point: {type: array, prefixItems: [{type: number}, {type: number}]}
                NotNull: {type: object, properties: {a: {type: string}}, not: {required: [b]}}
            """, version: "3.1.0")
        #expect(
            snippet.warnings == [
                "7:7: 'if', 'then', 'dependentSchemas' not generated: values are read by the schema's other keywords only",
                "12:12: 'prefixItems' (a tuple) is generated as an array of JSONValue",
                "13:14: 'not' not generated: the type accepts what the other keywords describe",
            ])
        #expect(snippet.contains("public typealias Point = [JSONValue]"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func callbacksAreAPositionedWarning() throws {
        let snippet = try Snippet(
            """
            paths:
              /subscribe:
                post:
                  callbacks:
                    onEvent:
                      "{$request.body#/url}":
                        post: {responses: {"200": {description: ok}}}
                  responses: {"201": {description: subscribed}}
            """)
        #expect(
            snippet.warnings == [
                "8:11: callback 'onEvent' is not generated: it describes requests the API sends to you, which a client does not make"
            ])
    }
}

/// `$ref`s where OpenAPI allows none are resolved as bundlers resolve them, each with a positioned warning.
@Suite struct StrayReferenceSnippetTests {
    @Test func operationsPropertyMapsAndDescriptionsGivenAsReferencesAreResolved() async throws {
        let snippet = try Snippet(
            """
            paths:
              /pets:
                get: {$ref: "#/components/x-operations/listPets"}
              /things:
                get:
                  description: {$ref: "#/components/x-texts/things"}
                  responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}}
            components:
              x-texts: {things: Lists things.}
              x-operations:
                listPets: {summary: All pets, responses: {"200": {description: ok}}}
              x-props:
                thing: {name: {type: string}}
              schemas:
                Thing: {type: object, properties: {$ref: "#/components/x-props/thing"}}
            """)
        let stray = "where OpenAPI allows none: resolved to what it points at, as bundlers do"
        #expect(
            snippet.warnings == [
                "5:17: $ref in an operation, \(stray)", "8:27: $ref in a description, \(stray)",
                "17:46: $ref in a properties map, \(stray)",
            ])
        #expect(snippet.contains("/// All pets"))
        #expect(snippet.contains("/// Lists things."))
        #expect(snippet.contains("public var name: String?"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aReferenceInAnExampleValueIsLeftAlone() throws {
        let snippet = try Snippet(
            """
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, properties: {link: {type: object}}}
                          example: {link: {$ref: "#/nowhere"}}
            """)
        #expect(snippet.warnings.isEmpty)
    }
}
