import Foundation
import SpecgenCore
import Testing

@Suite struct RefResolverTests {
    @Test func followsRelativeReferencesAcrossFilesReadingEachOnce() throws {
        let result = loadFixture("Resolving/multi-file/api/root.yaml")
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let resolved = try #require(result.document)
        let folder = Fixtures.path("Resolving/multi-file")
        #expect(
            resolved.files.allPaths == [
                folder + "/api/root.yaml",
                folder + "/api/schemas/pet.yaml",
                folder + "/api/common.yaml",
                folder + "/shared.json",
            ]
        )
        let get = try #require(resolved.document.paths["/pets"]?.value?.operations.first?.operation)

        // A whole file as a schema, whose own references are relative to its folder.
        let petSchema = try #require(get.responses[.status(200)]?.value?.content["application/json"]?.schema)
        let pet = try #require(resolved.resolve(petSchema))
        let price = try #require(pet.properties["price"].flatMap(resolved.resolve))
        #expect(price.properties.keys == ["amount", "currency"])
        // A local reference inside common.yaml resolves within common.yaml.
        let currency = try #require(price.properties["currency"].flatMap(resolved.resolve))
        #expect(currency.enumValues?.count == 2)
        let owner = try #require(pet.properties["owner"].flatMap(resolved.resolve))
        #expect(owner.properties["error"].flatMap(resolved.resolve)?.properties.keys == ["message"])

        let badRequest = try #require(get.responses[.status(400)].flatMap(resolved.resolve))
        #expect(badRequest.description == "Bad request")
        #expect(resolved.document.components.schemas["Money"].flatMap(resolved.resolve)?.types == [.object])
    }

    @Test func decodesPointerEscapesAndPercentEncoding() throws {
        let result = loadFixture("Resolving/pointers.yaml")
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let resolved = try #require(result.document)
        let schemas = resolved.document.components.schemas
        #expect(schemas["ViaPath"].flatMap(resolved.resolve)?.properties.keys == ["x"])
        #expect(schemas["Deep"].flatMap(resolved.resolve)?.types == [.string])
        #expect(schemas["Tilde"].flatMap(resolved.resolve)?.types == [.integer])
        #expect(schemas["Percent"].flatMap(resolved.resolve)?.types == [.boolean])
        #expect(schemas["Chained"].flatMap(resolved.resolve)?.types == [.integer])
    }

    @Test func parsesJSONPointers() {
        #expect(JSONPointer(fragment: "")?.tokens == [])
        #expect(JSONPointer(fragment: "/a~1b/c~0d/e%2Bf/%7E1")?.tokens == ["a/b", "c~d", "e+f", "/"])
        #expect(JSONPointer(fragment: "/items/0")?.tokens == ["items", "0"])
        #expect(JSONPointer(fragment: "/trailing/")?.tokens == ["trailing", ""])
        #expect(JSONPointer(fragment: "Name") == nil)
        #expect(JSONPointer(fragment: "/bad~2escape") == nil)
        #expect(JSONPointer(fragment: "/bad%zzpercent") == nil)
        #expect(JSONPointer(tokens: ["application/json", "a~b"]).description == "/application~1json/a~0b")
    }

    @Test func reportsEveryBrokenReferenceAtIts$ref() throws {
        let result = loadFixture("Resolving/broken-refs.yaml")
        #expect(result.warnings.isEmpty)
        #expect(
            result.errors.map(\.positioned) == [
                "25:30: remote reference 'https://example.com/schemas.yaml#/Error' is not fetched",
                "30:30: '#Error' is not a JSON pointer reference",
                "13:30: $ref '#/components/schemas/Pett' points at nothing: '#/components/schemas' has no 'Pett'",
                "15:17: $ref '#/components/schemas/Pet' points at a schema, but a response is expected here",
                "20:30: $ref 'missing.yaml#/Error' names a file that does not exist: "
                    + Fixtures.path("Resolving/missing.yaml"),
                "36:15: reference cycle #/components/schemas/A → #/components/schemas/B → #/components/schemas/A never reaches an object",
                "38:18: reference cycle #/components/schemas/Self → #/components/schemas/Self never reaches an object",
                "4:5: security requirement names 'undefinedScheme', which components.securitySchemes does not define",
            ]
        )
        #expect(result.errors[2].hint == "did you mean 'Pet'?")
        #expect(result.errors.allSatisfy { $0.location?.path == Fixtures.path("Resolving/broken-refs.yaml") })
    }

    @Test func reportsAReferenceIntoTheWrongPartOfADocument() throws {
        let text = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /x:
                get:
                  responses:
                    '200': {description: ok}
            components:
              schemas:
                Operation: {$ref: '#/paths/~1x/get'}
                Content: {$ref: '#/paths/~1x/get/responses/200'}
            """
        let result = try loadSpec(text)
        #expect(
            result.errors.map(\.positioned) == [
                "10:23: $ref '#/paths/~1x/get' points at an operation, but a schema is expected here",
                "11:21: $ref '#/paths/~1x/get/responses/200' points at a response, but a schema is expected here",
            ]
        )
    }

    @Test func reportsErrorsInsideReferencedFilesAtTheirOwnPositions() throws {
        let folder = try temporaryFolder([
            "root.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Remote: {$ref: 'parts.yaml#/Thing'}
                Broken: {$ref: 'broken.yaml#/Thing'}
            """,
            "parts.yaml": "Thing:\n  type: object\n  properties:\n    size: {type: huge}\n",
            "broken.yaml": "Thing: [unclosed\n",
        ])
        let result = SpecLoader().load(folder + "/root.yaml")
        let found = result.errors.map {
            "\(URL(fileURLWithPath: $0.location!.path).lastPathComponent):\($0.positioned)"
        }
        #expect(
            found == [
                "parts.yaml:4:18: unknown type 'huge'",
                "broken.yaml:2:1: did not find expected ',' or ']' (while parsing a flow sequence, from line 1, column 8)",
            ]
        )
        #expect(result.errors[0].documentPath == "Thing.properties.size.type")
    }

    @Test func marksDirectAndMutualRecursion() throws {
        let result = loadFixture("Resolving/recursive.yaml")
        #expect(result.diagnostics.diagnostics.isEmpty)
        let resolved = try #require(result.document)
        let recursive = Set(resolved.recursiveSchemas.map { $0.pointer.tokens.last! })
        #expect(recursive == ["TreeNode", "Customer", "Invoice"])
        let report = try #require(resolved.document.components.schemas["Report"]?.value)
        let customer = try #require(report.properties["customer"]?.reference)
        #expect(resolved.isRecursive(customer))
        #expect(resolved.resolve(RefOr<Schema>.reference(customer))?.properties.keys == ["invoices"])
    }

    @Test func longReferenceChainsNeitherLoopNorOverflow() throws {
        let count = 5_000
        var text = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        for index in 0..<count { text += "    S\(index): {$ref: '#/components/schemas/S\(index + 1)'}\n" }
        text += "    S\(count): {type: object, properties: {back: {$ref: '#/components/schemas/S0'}}}\n"
        // Far beyond the default limit on such chains (32), to show that resolving them is linear and safe.
        let result = try loadSpec(text, limits: ReadingLimits(maxReferenceHops: count * 2))
        #expect(result.diagnostics.diagnostics.isEmpty)
        let resolved = try #require(result.document)
        #expect(resolved.recursiveSchemas.count == count + 1)
        #expect(resolved.document.components.schemas["S0"].flatMap(resolved.resolve)?.properties.keys == ["back"])
    }
}
