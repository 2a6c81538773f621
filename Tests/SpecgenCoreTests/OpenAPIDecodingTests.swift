import Foundation
import SpecgenCore
import Testing

@Suite struct OpenAPIDecodingTests {
    private func completeDocument() throws -> ResolvedDocument {
        let result = loadFixture("Decoding/complete-3.0.yaml")
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        return try #require(result.document)
    }

    @Test func decodesInfoServersTagsAndExtensions() throws {
        let document = try completeDocument().document
        #expect(document.version == .openAPI30)
        #expect(document.info.title == "Complete")
        #expect(document.info.version == "2.1")
        #expect(document.info.contact?.email == "api@example.com")
        #expect(document.info.extensions["x-audience"]?.scalar?.value == "public")
        #expect(document.info.contact?.extensions["x-slack"]?.scalar?.value == "#api")
        #expect(document.servers.first?.variables["base"]?.extensions["x-internal"]?.scalar?.bool == true)
        #expect(document.externalDocs?.extensions["x-label"]?.scalar?.value == "Docs")
        let server = try #require(document.servers.first)
        #expect(server.url == "https://{region}.example.com/{base}")
        #expect(server.variables["region"]?.enumValues == ["eu", "us"])
        #expect(server.variables["base"]?.defaultValue == "v1")
        #expect(document.tags.map(\.name) == ["Pets"])
        #expect(document.externalDocs?.url == "https://docs.example.com")
        #expect(document.security.first?.schemes.keys == ["bearer"])
    }

    @Test func decodesPathItemsOperationsAndParameters() throws {
        let document = try completeDocument().document
        let item = try #require(document.paths["/pets/{petId}"]?.value)
        #expect(item.parameters.first?.value?.name == "petId")
        #expect(item.operations.map(\.method) == [.get, .post])
        let get = item.operations[0].operation
        #expect(get.operationId == "getPet")
        #expect(get.isDeprecated)
        #expect(get.extensions["x-stripeOperations"] != nil)
        let parameters = get.parameters.compactMap(\.value)
        #expect(parameters.map(\.location) == [.query, .query, .header, .cookie])
        #expect(parameters[0].style == .deepObject)
        #expect(parameters[0].effectiveExplode)
        #expect(parameters[1].effectiveStyle == .form)
        #expect(parameters[1].effectiveExplode)
        #expect(parameters[2].effectiveStyle == .simple)
        #expect(!parameters[2].effectiveExplode)
        #expect(parameters[3].content.keys == ["application/json"])
        #expect(get.security?.first?.schemes["oauth"] == ["pets:read"])
        #expect(item.operations[1].operation.security?.isEmpty == true)
    }

    @Test func decodesResponsesByCodeRangeAndDefault() throws {
        let document = try completeDocument().document
        let get = try #require(document.paths["/pets/{petId}"]?.value?.operations.first?.operation)
        #expect(get.responses.entries.map(\.key) == [.status(200), .range(4), .default])
        let ok = try #require(get.responses[.status(200)]?.value)
        #expect(ok.headers["Request-Id"]?.value?.schema != nil)
        #expect(ok.content["application/json"]?.schema?.reference?.componentName == "Pet")
        #expect(ok.links["owner"]?.value?.operationId == "getOwner")
        #expect(get.responses[.default]?.reference?.raw == "#/components/responses/Error")
        #expect(get.callbacks["onChange"]?.value?.node.mapping?.first?.key == "{$request.query.url}")
    }

    @Test func decodesRequestBodiesWithTheirEncoding() throws {
        let document = try completeDocument().document
        let post = try #require(document.paths["/pets/{petId}"]?.value?.operations.last?.operation)
        let body = try #require(post.requestBody?.value)
        #expect(body.isRequired)
        let form = try #require(body.content["application/x-www-form-urlencoded"])
        #expect(form.encoding["metadata"]?.style == .deepObject)
        #expect(form.encoding["metadata"]?.explode == true)
        let metadata = try #require(form.schema?.value?.properties["metadata"]?.value)
        guard case .schema(let values) = metadata.additionalProperties else {
            Issue.record("additionalProperties should be a schema")
            return
        }
        #expect(values.value?.types == [.string])
    }

    @Test func decodesSchemaKeywords() throws {
        let components = try completeDocument().document.components
        let pet = try #require(components.schemas["Pet"]?.value)
        #expect(pet.types == [.object])
        #expect(pet.required == ["id", "kind"])
        #expect(pet.properties.keys == ["id", "kind", "nickname", "password", "age", "tags", "attributes", "owner"])
        #expect(pet.extensions["x-stripeResource"]?["class_name"]?.scalar?.value == "Pet")
        let property = { (name: String) in pet.properties[name]?.value }
        #expect(property("id")?.isReadOnly == true)
        #expect(property("kind")?.enumValues?.compactMap(\.scalar?.value) == ["cat", "dog"])
        #expect(property("kind")?.defaultValue?.scalar?.value == "cat")
        #expect(property("nickname")?.isNullable == true)
        #expect(property("nickname")?.isDeprecated == true)
        #expect(property("password")?.isWriteOnly == true)
        #expect(property("age")?.format == "int32")
        // 3.0's boolean exclusiveMinimum becomes the 3.1 numeric bound.
        #expect(property("age")?.exclusiveMinimum == 0)
        #expect(property("age")?.minimum == nil)
        #expect(property("age")?.maximum == 40)
        guard case .allowed(false) = property("tags")?.additionalProperties else {
            Issue.record("tags: additionalProperties false")
            return
        }
        guard case .allowed(true) = property("attributes")?.additionalProperties else {
            Issue.record("attributes: additionalProperties true")
            return
        }
        #expect(property("owner")?.anyOf.count == 2)
        #expect(property("owner")?.anyOf.last?.reference?.componentName == "Owner")
        let owner = try #require(components.schemas["Owner"]?.value)
        #expect(owner.allOf.first?.reference?.componentName == "Named")
        let animal = try #require(components.schemas["Animal"]?.value)
        #expect(animal.oneOf.count == 2)
        #expect(animal.discriminator?.propertyName == "object")
        #expect(animal.discriminator?.mapping["owner"] == "#/components/schemas/Owner")
        #expect(components.schemas["Named"]?.value?.properties["name"]?.value?.pattern == "^[A-Z]")
    }

    @Test func decodesEveryKindOfSecurityScheme() throws {
        let schemes = try completeDocument().document.components.securitySchemes
        guard case .http(let scheme, let format) = schemes["bearer"]?.value?.kind else {
            Issue.record("bearer")
            return
        }
        #expect(scheme == "bearer")
        #expect(format == "API key")
        guard case .http("basic", _) = schemes["basic"]?.value?.kind else {
            Issue.record("basic")
            return
        }
        guard case .apiKey("X-API-Key", .header) = schemes["apiKey"]?.value?.kind else {
            Issue.record("apiKey")
            return
        }
        guard case .oauth2(let flows) = schemes["oauth"]?.value?.kind else {
            Issue.record("oauth")
            return
        }
        #expect(flows.clientCredentials?.tokenURL == "https://example.com/token")
        #expect(flows.clientCredentials?.scopes.keys == ["pets:read", "pets:write"])
        #expect(flows.clientCredentials?.extensions["x-token-lifetime"]?.scalar?.int == 3600)
        guard case .openIdConnect = schemes["oidc"]?.value?.kind else {
            Issue.record("oidc")
            return
        }
    }

    @Test func decodesOpenAPI31Features() throws {
        let result = loadFixture("Decoding/features-3.1.yaml")
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let document = try #require(result.document?.document)
        #expect(document.version == .openAPI31)
        #expect(document.jsonSchemaDialect == "https://spec.openapis.org/oas/3.1/dialect/base")
        #expect(document.webhooks.keys == ["petCreated"])
        let pet = try #require(document.components.schemas["Pet"]?.value)
        let property = { (name: String) in pet.properties[name] }
        #expect(property("object")?.value?.const?.scalar?.value == "pet")
        #expect(property("name")?.value?.types == [.string])
        #expect(property("name")?.value?.isNullable == true)
        #expect(property("score")?.value?.exclusiveMinimum == 0)
        #expect(property("score")?.value?.exclusiveMaximum == 10)
        #expect(property("point")?.value?.prefixItems.count == 2)
        #expect(property("point")?.value?.items?.value?.not != nil)
        #expect(property("anything")?.value?.types == [])
        #expect(property("tag")?.reference?.description == "Overrides the target's description")
        let owner = try #require(property("owner")?.value)
        #expect(owner.isNullable)
        #expect(owner.allOf.first?.reference?.componentName == "Owner")
        #expect(pet.definitions["Tag"]?.value?.examples?.count == 2)
    }

    @Test func collectsEveryWrongTypeWithItsDocumentPath() throws {
        let result = loadFixture("Decoding/wrong-types.yaml")
        let found = result.errors.map { "\($0.positioned) (at \($0.documentPath))" }
        #expect(
            found == [
                "3:10: expected a string, found a sequence (at info.title)",
                "8:19: expected a boolean (true or false), found a string (at paths./pets.get.deprecated)",
                "11:15: 'body' is not one of 'query', 'header', 'path', 'cookie' (at paths./pets.get.parameters[0].in)",
                "13:11: parameter 'offset' has neither 'schema' nor 'content' (at paths./pets.get.parameters[1])",
                "17:9: response key '20' is not a status code (100–599), a range such as 4XX, or default (at paths./pets.get.responses.20)",
                "24:23: unknown type 'int' (at paths./pets.get.responses.200.content.application/json.schema.type)",
                "25:27: `required` of a schema lists property names, found a boolean (at paths./pets.get.responses.200.content.application/json.schema.required)",
                "26:3: path 'pets' does not start with '/' (at paths.pets)",
                "32:19: expected a mapping, found a sequence (at components.schemas.Pet.properties)",
            ]
        )
        #expect(result.errors[2].hint?.contains("requestBody") == true)
        #expect(result.errors[3].hint?.contains("Swagger 2.0") == true)
    }

    @Test func stopsCollectingAtTheErrorLimit() throws {
        let properties = (0..<30).map { "        p\($0): {type: nonsense}\n" }.joined()
        let text =
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S:\n      properties:\n"
        let folder = try temporaryFolder(["spec.yaml": text + properties])
        let result = SpecLoader(errorLimit: 10).load(folder + "/spec.yaml")
        #expect(result.errors.count == 10)
        #expect(result.diagnostics.droppedErrors == 20)
        #expect(result.diagnostics.errorCount == 30)
    }

    @Test func rejectsSwagger2WithAConversionHint() throws {
        let result = loadFixture("Reading/swagger2.yaml")
        #expect(result.document == nil)
        let error = try #require(result.errors.first)
        #expect(error.positioned == "1:1: this is a Swagger 2.0 document; Specgen reads OpenAPI 3.0 and 3.1")
        #expect(error.hint?.contains("convert it to OpenAPI 3") == true)
    }

    @Test func rejectsDocumentsWithoutAnOpenAPIVersion() throws {
        let missing = try loadSpec("info: {title: T, version: '1'}\npaths: {}\n")
        #expect(missing.errors.map(\.positioned) == ["1:1: not an OpenAPI document: the root has no 'openapi' field"])
        let unsupported = try loadSpec("openapi: 4.0.0\ninfo: {title: T, version: '1'}\n")
        #expect(unsupported.errors.map(\.positioned) == ["1:10: unsupported OpenAPI version '4.0.0'"])
        let newer = try loadSpec("openapi: 3.2.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
        #expect(newer.errors.isEmpty)
        #expect(
            newer.warnings.map(\.positioned) == ["1:10: OpenAPI 3.2.0 is newer than Specgen knows; it is read as 3.1"])
    }

    @Test func mediaTypeWithoutTypePartIsAWarningAndReadAsJSON() throws {
        let text = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /x:
                get:
                  responses:
                    '404':
                      description: missing
                      content:
                        problem+json:
                          schema: {type: object}
                        nonsense: {}
            """
        let result = try loadSpec(text)
        #expect(
            result.warnings.map(\.positioned) == [
                "10:13: media type 'problem+json' has no type part; it is treated as 'application/problem+json'"
            ]
        )
        #expect(result.errors.map(\.positioned) == ["12:13: 'nonsense' is not a media type"])
        let operation = try #require(result.document?.document.paths["/x"]?.value?.operations.first?.operation)
        #expect(operation.responses[.status(404)]?.value?.content.keys == ["application/problem+json"])
    }

    @Test func pathParameterNotMarkedRequiredIsAWarning() throws {
        let text = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /x/{id}:
                get:
                  parameters:
                    - {name: id, in: path, schema: {type: string}}
                  responses: {'200': {description: ok}}
            """
        let result = try loadSpec(text)
        #expect(
            result.warnings.map(\.positioned) == [
                "7:11: path parameter 'id' is not marked `required: true`; it is treated as required"
            ])
        let parameter = result.document?.document.paths["/x/{id}"]?.value?.operations.first?.operation.parameters.first
        #expect(parameter?.value?.isRequired == true)
    }

    @Test func schemasNestedToTheDepthLimitDecodeWithoutOverflow() throws {
        let depth = 250
        let nested =
            String(repeating: "{items: ", count: depth) + "{type: string}" + String(repeating: "}", count: depth)
        let result = try loadSpec(
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    Deep: \(nested)\n")
        #expect(result.diagnostics.diagnostics.isEmpty)
        var schema = try #require(result.document?.document.components.schemas["Deep"]?.value)
        var levels = 0
        while let inner = schema.items?.value {
            schema = inner
            levels += 1
        }
        #expect(levels == depth)
        #expect(schema.types == [.string])
    }
}
