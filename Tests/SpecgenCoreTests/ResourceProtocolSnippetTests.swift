import Foundation
import SpecgenCore
import Testing

/// Every resource with operations has a protocol beside it, which it conforms to: the operations as requirements,
/// and an extension with their default arguments, a default that throws `.unimplemented` (so a fake implements only
/// what its test calls) and the auto-paging that calls only the operation.
@Suite struct ResourceProtocolSnippetTests {
    @Test func aResourcesOperationsAreAProtocolItConformsTo() async throws {
        let snippet = try Snippet(
            """
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: verbose, in: query, schema: {type: boolean}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: string}}}}
              /things_api:
                post: {operationId: touch, responses: {'204': {description: ok}}}
              /v1/widgets:
                get: {operationId: listWidgets, responses: {'204': {description: ok}}}
            """)
        // `ThingsAPI` is a sibling resource's name, which resources keep: the protocol is numbered apart.
        #expect(snippet.contains("public struct Things: ThingsAPI2 {"))
        #expect(snippet.contains("public struct ThingsAPI: ThingsAPIAPI {"))
        #expect(
            snippet.contains(
                """
                public protocol ThingsAPI2: Sendable {
                /// - Parameters:
                ///   - id: Not described by the spec.
                ///   - verbose: Not described by the spec.
                ///   - options: Per-call settings such as an idempotency key.
                ///
                /// - Remark: Generated from #/paths/~1things~1{id}/get
                func retrieve(
                id: String,
                verbose: Bool?,
                options: RequestOptions
                ) async throws(APIError<JSONValue>) -> GetThingResponse
                }
                """))
        #expect(
            snippet.contains(
                """
                extension Snippet.ThingsAPI2 {
                /// `retrieve` with the arguments the operation does not need left out.
                public func retrieve(
                id: String,
                verbose: Bool? = nil,
                options: RequestOptions? = nil
                ) async throws(APIError<JSONValue>) -> GetThingResponse {
                try await self.retrieve(
                id: id,
                verbose: verbose,
                options: options ?? RequestOptions()
                )
                }
                """))
        // Only a fake gets defaults, which are not `async`: an awaited call never prefers them to a type's own method.
        #expect(
            snippet.contains(
                """
                extension Snippet.ThingsAPI2 where Self: APIFake {
                /// Throws ``APIError/Reason/unimplemented(operation:)``: a fake implements only the operations its test calls.
                /// Not `async`, so that an awaited call on a fake that implements the operation never picks this one.
                public func retrieve(
                id: String,
                verbose: Bool?,
                options: RequestOptions
                ) throws(APIError<JSONValue>) -> GetThingResponse {
                throw APIError(reason: .unimplemented(operation: "things.retrieve"))
                }
                }
                """))
        // A resource with only resources below it has nothing to fake.
        #expect(snippet.contains("public struct V1: Sendable {"))
        #expect(snippet.contains("public struct Widgets: WidgetsAPI {"))
        #expect(try await snippet.typecheck() == nil)
    }
}
