import SpecgenCore
import Testing

/// Parameters of every schema, location and style become arguments that go on the wire as the spec says.
@Suite struct ParameterSnippetTests {
    @Test func enumPathParametersAreSentByTheirRawValue() async throws {
        let snippet = try Snippet(
            """
            paths:
              /things/{kind}:
                get:
                  parameters:
                    - {name: kind, in: path, required: true, schema: {type: string, enum: [big, small]}}
                  responses: {"200": {description: ok}}
            """)
        #expect(snippet.contains(#"path: "/things/\(PercentEncoding.pathSegment(kind.rawValue))","#))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func styledPathParametersAreSerializedBeforeTheRequest() async throws {
        let snippet = try Snippet(
            """
            paths:
              /points/{point}:
                get:
                  parameters:
                    - name: point
                      in: path
                      required: true
                      style: matrix
                      explode: true
                      schema: {type: object, properties: {x: {type: integer}}}
                  responses: {"200": {description: ok}}
            """)
        #expect(
            snippet.contains(
                """
                let pointSegment = try PercentEncoding.pathParameter(
                    "point", point, style: .matrix, explode: true, errorBody: JSONValue.self)
                let request = APIRequest(
                    method: .get,
                    path: "/points/\\(pointSegment)",
                """))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func queryHeaderAndCookieParametersOfAnyShapeGoThroughTheirStyle() async throws {
        let snippet = try Snippet(
            """
            paths:
              /search:
                get:
                  parameters:
                    - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: integer}}}
                    - {name: filter, in: query, schema: {type: object, properties: {role: {type: string}}}}
                    - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
                    - {name: X-Mode, in: header, schema: {type: string, enum: [fast]}}
                    - {name: session, in: cookie, schema: {type: string}}
                  responses: {"200": {description: ok}}
              /other:
                get: {responses: {"200": {description: ok}}}
            """)
        #expect(
            snippet.contains(
                """
                try request.addQuery("ids", ids, style: .pipeDelimited, explode: false, errorBody: JSONValue.self)
                try request.addQuery("filter", filter, style: .form, explode: true, errorBody: JSONValue.self)
                try request.setHeader("X-Tags", xTags, explode: false, errorBody: JSONValue.self)
                request.setHeader("X-Mode", xMode?.rawValue)
                try request.addCookie("session", session, explode: true, errorBody: JSONValue.self)
                """))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aRequiredEnumHeaderEveryOperationTakesIsSetOnceByTheClient() async throws {
        let snippet = try Snippet(
            """
            paths:
              /a:
                get:
                  parameters: [{$ref: "#/components/parameters/Channel"}]
                  responses: {"200": {description: ok}}
              /b:
                get:
                  parameters: [{$ref: "#/components/parameters/Channel"}]
                  responses: {"200": {description: ok}}
            components:
              parameters:
                Channel: {name: X-Channel, in: header, required: true, schema: {type: string, enum: [web, app]}}
            """)
        #expect(snippet.contains("client.setHeader(\"X-Channel\", xChannel.rawValue)"))
        #expect(try await snippet.typecheck() == nil)
    }
}
