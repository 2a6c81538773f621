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

    @Test func pathParametersComeInThePathsOrderWhateverTheOrderTheyAreDeclaredIn() async throws {
        let snippet = try Snippet(
            """
            paths:
              /transfers/{transfer}/reversals/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: expand, in: query, schema: {type: string}}
                    - {name: transfer, in: path, required: true, schema: {type: string}}
                  responses: {'204': {description: ok}}
            """)
        #expect(
            snippet.contains(
                "public func reversals(\n    transfer: String,\n    id: String,\n    expand: String? = nil,"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func stripesExposedIDPathParameterIsNamedForItsResource() async throws {
        let snippet = try Snippet(
            """
            paths:
              /v1/subscriptions/{subscription_exposed_id}:
                get:
                  parameters: [{name: subscription_exposed_id, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: ok}}
            """, vendors: [.stripe])
        #expect(snippet.contains("public func retrieve(\n    subscription: String,"))
        #expect(snippet.contains(#"path: "/v1/subscriptions/\(PercentEncoding.pathSegment(subscription))","#))
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

/// Bodies and responses of every media type are sent and received, never dropped.
@Suite struct BodySnippetTests {
    @Test func aBodyThatIsNeitherJSONNorAFormIsSentAsBytesOrText() async throws {
        let snippet = try Snippet(
            """
            paths:
              /files:
                put:
                  requestBody:
                    required: true
                    content: {application/octet-stream: {schema: {type: string, format: binary}}}
                  responses: {"204": {description: done}}
              /notes:
                post:
                  requestBody:
                    content: {text/plain: {schema: {type: string}}}
                  responses: {"204": {description: done}}
            """)
        #expect(snippet.contains("_ body: Data,"))
        #expect(snippet.contains(#"request.setBody(body, contentType: "application/octet-stream")"#))
        #expect(snippet.contains("_ body: String? = nil,"))
        #expect(snippet.contains(#"if let body { request.setBody(Data(body.utf8), contentType: "text/plain") }"#))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aSuccessWithoutABodyBesideOneWithABodyMakesTheResultOptional() async throws {
        let snippet = try Snippet(
            """
            paths:
              /jobs/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    "200": {description: done, content: {application/json: {schema: {$ref: "#/components/schemas/Job"}}}}
                    "204": {description: not yet}
            components:
              schemas:
                Job: {type: object, properties: {id: {type: string}}}
            """)
        #expect(snippet.contains(") async throws(APIError<JSONValue>) -> Job? {"))
        #expect(snippet.contains("returning: Job?.self,"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func successesOfDifferentTypesAreAnEnumPickedByStatus() async throws {
        let snippet = try Snippet(
            """
            paths:
              /jobs:
                post:
                  operationId: startJob
                  responses:
                    "200": {description: done, content: {application/json: {schema: {$ref: "#/components/schemas/Job"}}}}
                    "202": {description: queued, content: {application/json: {schema: {$ref: "#/components/schemas/Ticket"}}}}
                    "204": {description: nothing to do}
            components:
              schemas:
                Job: {type: object, properties: {id: {type: string}}}
                Ticket: {type: object, properties: {ticket: {type: string}}}
            """)
        #expect(snippet.warnings.isEmpty)
        #expect(snippet.contains(") async throws(APIError<JSONValue>) -> CreateResponse? {"))
        #expect(snippet.contains("returning: CreateResponse?.self,"))
        #expect(
            snippet.contains(
                """
                /// The success bodies of `create`, by the response's status.
                public enum CreateResponse: Decodable, Sendable {
                    /// 200: done
                    case ok(Job)
                    /// 202: queued
                    case accepted(Ticket)
                    /// Any other status
                    case other(JSONValue)

                    public init(from decoder: any Decoder) throws {
                        switch APIClient.responseStatus(of: decoder) ?? 0 {
                        case 200: self = .ok(try Job(from: decoder))
                        case 202: self = .accepted(try Ticket(from: decoder))
                        default: self = .other(try JSONValue(from: decoder))
                        }
                    }
                }
                """))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func inlineSuccessBodiesAfterTheFirstAreNamedByTheirStatus() throws {
        let snippet = try Snippet(
            """
            paths:
              /jobs:
                post:
                  operationId: startJob
                  responses:
                    "200": {description: done, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
                    "202": {description: queued, content: {application/json: {schema: {type: object, properties: {ticket: {type: string}}}}}}
            """)
        #expect(snippet.contains("case ok(StartJobResponse)"))
        #expect(snippet.contains("case accepted(StartJobAcceptedResponse)"))
    }
}

/// Every security scheme authenticates the client, or says why not.
@Suite struct SecuritySnippetTests {
    @Test func oauth2AndOpenIDConnectTakeAnAccessTokenOrAProvider() async throws {
        let snippet = try Snippet(
            """
            security: [{oauth: []}]
            paths:
              /me: {get: {responses: {"200": {description: ok}}}}
            components:
              securitySchemes:
                oauth:
                  type: oauth2
                  flows: {clientCredentials: {tokenUrl: "https://example.com/token", scopes: {}}}
            """)
        #expect(snippet.contains("accessToken: String,"))
        #expect(snippet.contains("authorization: .bearer(accessToken),"))
        #expect(snippet.swift.contains("///   - authorization: How requests authenticate: an OAuth 2 access token"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aSchemeTheClientCannotSendIsAPositionedWarning() throws {
        let snippet = try Snippet(
            """
            security: [{session: []}]
            paths:
              /me: {get: {responses: {"200": {description: ok}}}}
            components:
              securitySchemes:
                session: {type: apiKey, in: cookie, name: sid}
            """)
        #expect(
            snippet.warnings == [
                "8:14: security scheme 'session' is not generated: the client sends no credentials for it"
            ])
    }

    @Test func anEnumParameterOfAnOperationOnTheClientItselfIsNestedInTheClient() async throws {
        let snippet = try Snippet(
            """
            paths:
              /{region}:
                get:
                  parameters: [{name: region, in: path, required: true, schema: {enum: [eu, us]}}]
                  responses: {"200": {description: ok}}
            """)
        #expect(snippet.contains("region: Snippet.Region,"))
        #expect(snippet.contains("public enum Region: OpenEnum {"))
        #expect(try await snippet.typecheck() == nil)
    }

    @Test func aParameterTypeNeverTakesAChildResourcesNameAndKeepsItsMembersReferences() async throws {
        let snippet = try Snippet(
            """
            paths:
              /items:
                get:
                  parameters: [{name: filter, in: query, schema: {enum: [first, last]}}]
                  responses: {"200": {description: ok}}
                post:
                  parameters:
                    - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {size: {enum: [s, m]}}}}
                  responses: {"200": {description: ok}}
              /items/filter:
                get: {responses: {"200": {description: ok}}}
            """)
        #expect(snippet.contains("filter: Snippet.Items.ListFilter? = nil,"))
        #expect(snippet.contains("filter: Snippet.Items.CreateFilter? = nil,"))
        #expect(snippet.contains("public var size: Snippet.Items.CreateFilter.Size?"))
        #expect(snippet.contains("public var filter: Filter { Filter(client: client) }"))
        #expect(try await snippet.typecheck() == nil)
    }
}
