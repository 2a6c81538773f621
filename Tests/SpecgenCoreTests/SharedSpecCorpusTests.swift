import Foundation
import SpecgenCore
import TestSupport
import Testing

/// The real specs in ../shared/specs read, decode and resolve with no errors, and nothing is dropped on the way.
@Suite struct SharedSpecCorpusTests {
    @Test func stripeFullSpecLoadsCompletely() async throws {
        let path = try SharedSpecs.path("stripe/spec3-2023-09-12.yaml")
        // Seconds of work in a debug build: off the cooperative pool, which other tests' loopback servers need.
        let result = try await offPool { SpecLoader().load(path) }
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.prefix(5))")
        let resolved = try #require(result.document)
        let document = resolved.document
        #expect(document.paths.count == 318)
        #expect(document.operationCount == 468)
        #expect(document.components.schemas.count == 819)
        #expect(document.components.securitySchemes.count == 2)
        let bodies = document.paths.values.flatMap { $0.value?.operations ?? [] }.filter {
            $0.operation.requestBody != nil
        }
        #expect(bodies.count == 468)

        // Stripe's conventions survive decoding as extensions and schemas.
        let customer = try #require(document.components.schemas["customer"]?.value)
        #expect(customer.extensions["x-resourceId"]?.scalar?.value == "customer")
        #expect(customer.properties["created"]?.value?.format == "unix-time")
        let defaultSource = try #require(customer.properties["default_source"]?.value)
        #expect(defaultSource.anyOf.count == 4)
        #expect(defaultSource.extensions["x-expansionResources"] != nil)
        #expect(!resolved.recursiveSchemas.isEmpty)
    }

    @Test func personioPersonnelSpecLoadsWithItsThreeMediaTypeWarnings() throws {
        let path = try SharedSpecs.path("personio/personnel-data-api-oa3.yaml")
        let result = SpecLoader().load(path)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(
            result.warnings.map(\.positioned) == [
                "2333:13: media type 'problem+json' has no type part; it is treated as 'application/problem+json'",
                "2339:13: media type 'problem+json' has no type part; it is treated as 'application/problem+json'",
                "2357:13: media type 'problem+json' has no type part; it is treated as 'application/problem+json'",
            ]
        )
        let document = try #require(result.document?.document)
        #expect(document.paths.count == 20)
        #expect(document.operationCount == 29)
        let components = document.components
        let counts: [Int] = [
            components.schemas.count, components.parameters.count, components.examples.count,
            components.responses.count, components.securitySchemes.count,
        ]
        #expect(counts == [92, 2, 2, 2, 1])
    }

    @Test func personioAuthSpecLoads() throws {
        let result = SpecLoader().load(try SharedSpecs.path("personio/auth-api.yaml"))
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let document = try #require(result.document?.document)
        #expect(document.paths.count == 1)
        #expect(document.operationCount == 1)
        #expect(document.components.schemas.count == 2)
    }

    @Test func personioCommonComponentsLoad() throws {
        let result = SpecLoader().load(try SharedSpecs.path("personio/common-components-v2.json"))
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let components = try #require(result.document?.document.components)
        let counts: [Int] = [
            components.responses.count, components.schemas.count, components.parameters.count,
            components.examples.count,
        ]
        #expect(counts == [1, 8, 4, 5])
    }

    @Test func personioCommonComponentsResolveFromAnotherFile() throws {
        let shared = try SharedSpecs.path("personio/common-components-v2.json")
        let folder = try temporaryFolder([
            "api.yaml": """
            openapi: 3.0.3
            info: {title: Uses Personio's shared components, version: '1'}
            paths:
              /v2/persons:
                get:
                  responses:
                    '404': {$ref: '\(shared)#/components/responses/NotFoundResponse'}
            """
        ])
        let result = SpecLoader().load(folder + "/api.yaml")
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics)")
        let resolved = try #require(result.document)
        let get = try #require(resolved.document.paths["/v2/persons"]?.value?.operations.first?.operation)
        let notFound = try #require(get.responses[.status(404)].flatMap(resolved.resolve))
        #expect(!notFound.content.isEmpty)
        #expect(resolved.files.allPaths.count == 2)
    }
}

/// The seed Personio document in Specs/, verbatim from ../shared/seeds.
@Suite struct SeedSpecTests {
    static let specs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Specs")

    @Test func personioSeedResolvesItsDeepPointerWithExactlyOneWarning() throws {
        let result = SpecLoader().load(Self.specs.appendingPathComponent("personio/webhooks.json").path)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(
            result.warnings.map(\.message) == [
                "$ref '#/components/examples/TestEventMissingPayloadDataResponse' points at nothing: "
                    + "'#/components/examples' has no 'TestEventMissingPayloadDataResponse'; "
                    + "examples do not shape the generated code, so it is skipped"
            ]
        )
        let resolved = try #require(result.document)
        let ping = try #require(resolved.document.paths["/v2/webhooks/{id}/ping"]?.value?.operations.first?.operation)
        let notFound = try #require(ping.responses[.status(404)].flatMap(resolved.resolve))
        let schemaReference = try #require(notFound.content["application/problem+json"]?.schema?.reference)
        #expect(
            schemaReference.raw
                == "#/components/responses/WebhookTestEventBadRequest/content/application~1problem%2Bjson/schema"
        )
        let problem = try #require(resolved.resolve(RefOr<Schema>.reference(schemaReference)))
        #expect(problem.properties.keys == ["personio_trace_id", "timestamp", "errors"])
        let ok = try #require(ping.responses[.status(200)].flatMap(resolved.resolve))
        #expect(ok.content["application/json"]?.schema?.value?.properties["status_code"]?.value?.isNullable == true)
    }
}

@Suite struct SharedSpecsLocatorTests {
    @Test func missingSharedSpecFailsWithAClearMessage() {
        #expect {
            try SharedSpecs.path("no-such-vendor/spec.yaml")
        } throws: { error in
            "\(error)".contains("../shared/specs beside the checkout")
        }
    }
}
