import Foundation
import Testing

@testable import SpecgenCore

/// Each step of Lower called on its own: a few lines of YAML in, the exact value the step makes out (the model, not
/// rendered Swift), so that a step can change without going through generation to see what it does.
@Suite struct LoweringStepTests {
    // MARK: - TopLevelTypes

    @Test func topLevelTypesNameEverySchemaOnceAndSayWhatTheirValuesAreFor() throws {
        let spec = try Lowered(
            """
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {photo: {type: string, format: binary}}}
                  responses:
                    '201':
                      description: made
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
                    '404':
                      description: none
                      content:
                        application/json:
                          schema: {type: object, properties: {message: {type: string}}}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
                Self: {type: string}
                0x: {type: integer}
            """)
        let topLevel = spec.topLevel
        #expect(
            topLevel.roots.map(\.name) == [
                "Pet", "SelfValue", "Snippet0x", "CreatePetRequest", "CreatePetNotFoundError",
            ])
        #expect(topLevel.roots.map(\.role.isEncodeOnly) == [false, false, false, true, false])
        #expect(topLevel.roots.map(\.role.binaryIsFile) == [false, false, false, true, false])
        #expect(topLevel.reservedNames.isSuperset(of: ["Pet", "SelfValue", "Snippet0x", "Snippet", "JSONValue"]))
        // The 201 response only refers to Pet: no type of its own.
        #expect(!topLevel.roots.contains { $0.specName.contains("Created") })
    }

    @Test func topLevelTypesTakeTheNamesSpecgenYAMLGivesAndWarnAboutOnesThatMatchNothing() throws {
        let spec = try Lowered(
            """
            paths: {}
            components:
              schemas:
                pet_v2: {type: object, properties: {name: {type: string}}}
            """, typeNames: ["pet_v2": "Pet", "cat": "Cat"])
        #expect(spec.topLevel.roots.map(\.name) == ["Pet"])
        #expect(
            spec.log.diagnostics.map(\.message) == [
                "names.types in specgen.yaml names 'cat', which is no schema of the spec"
            ])
    }

    // MARK: - TypeLowering

    @Test func typeLoweringNestsInlineShapesUnderTheirPropertyAndPointsAtThemByQualifiedName() throws {
        let spec = try Lowered(
            """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    type: {type: string, enum: [cat, dog]}
                    owner: {type: object, properties: {id: {type: integer}}}
                    tags: {type: array, items: {type: string}}
                Shape:
                  oneOf: [{$ref: '#/components/schemas/Pet'}, {type: string}]
                Tree:
                  type: object
                  additionalProperties: {$ref: '#/components/schemas/Tree'}
            """)
        #expect(
            Outline.of(spec.types) == [
                "Pet: struct { name: String, type: Pet.Kind?, owner: Pet.Owner?, tags: [String]? }",
                "  Kind: enum String { cat, dog }",
                "  Owner: struct { id: Int? }",
                "Shape: union { pet: Pet, string: String }",
                "Tree: wrapper [String: Tree]",
            ])
    }

    @Test func typeLoweringMakesARequestBodysTypesEncodeOnlyAndItsBinaryStringsFiles() throws {
        let spec = try Lowered(
            """
            paths:
              /photos:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            file: {type: string, format: binary}
                            meta: {type: object, properties: {note: {type: string}}}
                  responses:
                    '204': {description: done}
            components:
              schemas:
                Blob: {type: object, properties: {bytes: {type: string, format: binary}}}
            """)
        #expect(
            Outline.of(spec.types) == [
                "Blob: struct { bytes: Data? }",
                "UploadRequest: encode-only struct { file: FileUpload?, meta: UploadRequest.Meta? }",
                "  Meta: encode-only struct { note: String? }",
            ])
    }

    @Test func typeLoweringIsAFunctionOfItsInput() throws {
        let spec = try Lowered(Self.sharedShapesSpec)
        var log = DiagnosticLog()
        let again = TypeLowering.lower(spec.topLevel, rules: spec.rules, log: &log)
        #expect(Outline.of(again.types) == Outline.of(spec.types))
        #expect(again.reservedNames == spec.reservedNames)
    }

    // MARK: - SharedShapes

    static let sharedShapesSpec = """
        paths: {}
        components:
          schemas:
            Home:
              type: object
              properties:
                address: {type: object, properties: {city: {type: string}, zip: {type: string}}}
            Office:
              type: object
              properties:
                address: {type: object, properties: {city: {type: string}, zip: {type: string}}}
                floor: {type: integer}
        """

    @Test func sharedShapesDeclareAShapeUsedInTwoPlacesOnceAndTheIndexesFollow() throws {
        let spec = try Lowered(Self.sharedShapesSpec)
        let before = LoweredTypes(types: spec.types, topLevel: spec.topLevel, reservedNames: spec.reservedNames)
        #expect(before.structureProperties["Home.Address"] != nil)
        let after = SharedShapes.hoisting(before)
        #expect(
            Outline.of(after.types) == [
                "Home: struct { address: Address? }",
                "Address: struct { city: String?, zip: String? }",
                "Office: struct { address: Address?, floor: Int? }",
            ])
        #expect(after.structureProperties["Address"]?.map(\.name) == ["city", "zip"])
        #expect(after.structureProperties["Home.Address"] == nil)
        #expect(after.reservedNames == before.reservedNames)
    }

    // MARK: - ClientLowering

    @Test func sharedErrorBodiesDeclareIdenticalErrorBodiesOnceAndPointEveryPlaceAtIt() throws {
        let errors =
            "{default: {description: error, content: {application/json: {schema: {oneOf: ["
            + "{$ref: '#/components/schemas/Gone'}, {$ref: '#/components/schemas/Busy'}]}}}}}"
        let spec = try Lowered(
            """
            paths:
              /things/{id}:
                delete: {operationId: DeleteThingsID, responses: \(errors)}
                post: {operationId: PostThingsID, responses: \(errors)}
            components:
              schemas:
                Gone: {type: object, properties: {gone: {type: boolean}}}
                Busy: {type: object, properties: {busy: {type: boolean}}}
            """)
        let before = spec.hoisted
        #expect(before.types.map(\.name) == ["Gone", "Busy", "DeleteThingsIDError", "PostThingsIDError"])
        let merged = SharedErrorBodies.merging(before)
        #expect(merged.types.map(\.name) == ["Gone", "Busy", "ThingsIDError"])
        #expect(Set(merged.topLevel.names.values) == ["Gone", "Busy", "ThingsIDError"])
        #expect(merged.reservedNames.contains("ThingsIDError"))
        // Nothing else to merge: the step leaves the types as they are.
        #expect(SharedErrorBodies.merging(merged).types.map(\.name) == ["Gone", "Busy", "ThingsIDError"])
    }

    @Test func clientLoweringPlacesOperationsInResourcesAndPagesAListByItsIndexedItemType() throws {
        let spec = try Lowered(
            """
            paths:
              /v1/customers:
                get:
                  operationId: GetCustomers
                  parameters:
                    - {name: starting_after, in: query, schema: {type: string}}
                    - {name: status, in: query, schema: {type: string, enum: [active, gone]}}
                  responses:
                    '200':
                      description: a page
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [data, has_more, object, url]
                            properties:
                              object: {type: string, enum: [list]}
                              data: {type: array, items: {$ref: '#/components/schemas/Customer'}}
                              has_more: {type: boolean}
                              url: {type: string}
              /v1/customers/{customer}:
                get:
                  operationId: GetCustomersCustomer
                  parameters:
                    - {name: customer, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: one
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Customer'}
            components:
              schemas:
                Customer:
                  type: object
                  required: [id]
                  properties: {id: {type: string}}
                  x-resourceId: customer
            """, vendors: [.stripe])
        let (client, _) = ClientLowering.lower(
            spec.hoisted, rules: spec.rules, clientName: "Snippet", log: DiagnosticLog())
        #expect(client.resources.map(\.typeName) == ["V1"])
        let customers = try #require(client.resources.first?.resources.first)
        #expect(customers.typeName == "Customers")
        #expect(customers.operations.map(\.name) == ["list", "retrieve"])
        let list = customers.operations[0]
        #expect(list.response == .named("GetCustomersResponse"))
        #expect(spec.hoisted.listItemTypes["GetCustomersResponse"] == .named("Customer"))
        #expect(list.queryParameters.map(\.name) == ["startingAfter", "status"])
        #expect(list.queryParameters[1].type == .optional(.named("Snippet.V1.Customers.Status")))
        #expect(customers.nestedTypes.map(\.name) == ["Status"])
        guard case .cursor(let startingAfter, let endingBefore) = list.paging?.style else {
            Issue.record("no cursor paging: \(String(describing: list.paging))")
            return
        }
        #expect(startingAfter == "startingAfter" && endingBefore == nil)
        #expect(list.paging?.itemType == .named("Customer"))
        #expect(customers.operations[1].pathParameters.map(\.name) == ["customer"])
    }

    @Test func clientLoweringSharesTheErrorBodyAllOperationsDocumentAndAddsNothingToTheTypes() throws {
        let spec = try Lowered(
            """
            paths:
              /a:
                get:
                  responses:
                    '204': {description: done}
                    '400':
                      description: bad
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Problem'}
              /b:
                delete:
                  responses:
                    '204': {description: done}
                    default:
                      description: bad
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Problem'}
            components:
              schemas:
                Problem: {type: object, properties: {detail: {type: string}}}
            """)
        let (client, log) = ClientLowering.lower(
            spec.hoisted, rules: spec.rules, clientName: "Snippet", log: DiagnosticLog())
        #expect(client.errorBody == .named("Problem"))
        #expect(client.resources.flatMap(\.operations).map(\.errorBody) == [.named("Problem"), .named("Problem")])
        #expect(client.resources.flatMap(\.nestedTypes).isEmpty)
        #expect(log.diagnostics.isEmpty)
    }

    // MARK: - Lowering

    @Test func theStagesComposedAreWhatTheGeneratorRenders() throws {
        let spec = try Lowered(Self.sharedShapesSpec)
        let configuration = GeneratorConfiguration(
            specPath: spec.path, moduleName: "Snippet", outputFolder: spec.folder + "/out", source: "spec.yaml")
        let (model, _) = Lowering.lower(
            spec.resolved, configuration: configuration, conventions: GenericConventions(), log: DiagnosticLog())
        let generated = try #require(Generator().generate(configuration).model)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(model) == encoder.encode(generated))
        #expect(Outline.of(model.types) == Outline.of(spec.hoisted.types))
    }
}

/// The model's types as one line each (nested ones indented under their parent), the way the tests spell the types
/// they expect.
private enum Outline {
    static func of(_ types: [NamedType], indent: String = "") -> [String] {
        types.flatMap { type in
            [indent + type.name + ": " + (type.isEncodeOnly ? "encode-only " : "") + kind(type.kind)]
                + of(type.nestedTypes, indent: indent + "  ")
        }
    }

    private static func kind(_ kind: NamedType.Kind) -> String {
        switch kind {
        case .structure(let properties):
            "struct { " + properties.map { "\($0.name): \($0.type.swift)" }.joined(separator: ", ") + " }"
        case .enumeration(let enumeration):
            "enum \(enumeration.rawType.rawValue) { " + enumeration.cases.map(\.name).joined(separator: ", ") + " }"
        case .union(let union):
            "union " + (union.discriminator.map { "by \($0) " } ?? "") + "{ "
                + union.cases.map { "\($0.name): \($0.type.swift)" }.joined(separator: ", ") + " }"
        case .alias(let target): "alias \(target.swift)"
        case .wrapper(let target): "wrapper \(target.swift)"
        }
    }
}
