import Foundation
import SpecgenRuntime
import StripeClient
import Testing

/// The generated Stripe client against a real HTTP server on 127.0.0.1 that replays the seeds' example responses
/// verbatim: each request is asserted as the server received it, and each response field as the client decoded it.
@Suite struct StripeClientTests {
    static let destinationID = "ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6"

    private func withServer(
        _ replies: [RecordingServer.Reply],
        _ body: (StripeClient, RecordingServer) async throws -> Void
    ) async throws {
        let server = try await RecordingServer.start()
        for reply in replies { await server.enqueue(reply) }
        let stripe = StripeClient(apiKey: "sk_test_123", serverURL: server.url)
        do {
            try await body(stripe, server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func expectStripeHeaders(
        _ request: RecordingServer.Recorded, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(request.headers["authorization"] == "Bearer sk_test_123", sourceLocation: sourceLocation)
        #expect(request.headers["stripe-version"] == "2025-08-27.preview", sourceLocation: sourceLocation)
        #expect(request.headers["accept"] == "application/json", sourceLocation: sourceLocation)
    }

    @Test func pingPostsToTheDestinationAndDecodesTheEvent() async throws {
        let fixture = try GeneratedModelTests.fixture("stripe/ping.json")
        try await withServer([.json(200, fixture, headers: ["Request-Id": "req_ping"])]) { stripe, server in
            let event = try await stripe.v2.core.eventDestinations.ping(
                id: "evt_test_65RM8sQH2oXnebF5Rpc16RJyfa2xSQLHJJh1sxm7H0KI92")
            let request = try #require(await server.requests.first)
            #expect(request.method == "POST")
            #expect(
                request.path
                    == "/v2/core/event_destinations/evt_test_65RM8sQH2oXnebF5Rpc16RJyfa2xSQLHJJh1sxm7H0KI92/ping")
            #expect(request.query == "")
            #expect(request.body.isEmpty)
            #expect(request.headers["content-type"] == nil)
            expectStripeHeaders(request)
            #expect(event.type == .v2CoreEventDestinationPing)
            #expect(event.relatedObject?.url == "/v2/core/event_destinations/\(Self.destinationID)")
            #expect(JSONCoding.formatDate(event.created) == "2024-10-22T16:26:54.063Z")
            #expect(event.created.timeIntervalSince1970 == 1_729_614_414.063)
        }
    }

    @Test func retrieveSendsIncludeAndDecodesTheDestination() async throws {
        let fixture = try GeneratedModelTests.fixture("stripe/retrieve.json")
        try await withServer([.json(200, fixture)]) { stripe, server in
            let destination = try await stripe.v2.core.eventDestinations.retrieve(
                id: Self.destinationID, include: [.webhookEndpointURL])
            let request = try #require(await server.requests.first)
            #expect(request.method == "GET")
            #expect(request.path == "/v2/core/event_destinations/\(Self.destinationID)")
            #expect(request.query == "include%5B%5D=webhook_endpoint.url")
            expectStripeHeaders(request)
            #expect(destination.statusDetails?.disabled?.reason == .user)
            #expect(destination.name == "My Event Destination")
        }
    }

    @Test func listSendsPagingParametersAndDecodesThePage() async throws {
        let fixture = try GeneratedModelTests.fixture("stripe/list.json")
        try await withServer([.json(200, fixture)]) { stripe, server in
            let page = try await stripe.v2.core.eventDestinations.list(
                include: [.webhookEndpointURL], limit: 20, page: "page_2 of=3")
            let request = try #require(await server.requests.first)
            #expect(request.method == "GET")
            #expect(request.path == "/v2/core/event_destinations")
            #expect(request.query == "include%5B%5D=webhook_endpoint.url&limit=20&page=page_2%20of%3D3")
            expectStripeHeaders(request)
            #expect(page.data.count == 1)
            #expect(page.data.first?.eventsFrom == ["self"])
            #expect(page.nextPageURL == nil)
            #expect(page.previousPageURL == nil)
        }
    }

    @Test func createAndUpdateSendTheirJSONBodiesAndDecodeTheDestination() async throws {
        let fixture = try GeneratedModelTests.fixture("stripe/retrieve.json")
        try await withServer([.json(200, fixture), .json(200, fixture)]) { stripe, server in
            let created = try await stripe.v2.core.eventDestinations.create(
                .init(
                    enabledEvents: ["v1.billing.meter.error_report_triggered"], eventPayload: .thin,
                    eventsFrom: ["@self"], name: "My Event Destination", type: .webhookEndpoint,
                    webhookEndpoint: .init(url: "https://example.com/hooks")))
            #expect(created.name == "My Event Destination")
            _ = try await stripe.v2.core.eventDestinations.update(
                id: Self.destinationID, .init(metadata: ["team": "billing", "old": nil], name: "Renamed"))
            let requests = await server.requests
            try #require(requests.count == 2)
            #expect(requests[0].method == "POST")
            #expect(requests[0].path == "/v2/core/event_destinations")
            #expect(requests[0].headers["content-type"] == "application/json")
            #expect(requests[0].headers["idempotency-key"] != nil)
            expectStripeHeaders(requests[0])
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: requests[0].body)
                    == .object([
                        "enabled_events": .array([.string("v1.billing.meter.error_report_triggered")]),
                        "event_payload": .string("thin"), "events_from": .array([.string("@self")]),
                        "name": .string("My Event Destination"), "type": .string("webhook_endpoint"),
                        "webhook_endpoint": .object(["url": .string("https://example.com/hooks")]),
                    ]))
            #expect(requests[1].path == "/v2/core/event_destinations/\(Self.destinationID)")
            // A metadata key set to nil is sent as null, which removes it.
            #expect(
                try JSONDecoder().decode(JSONValue.self, from: requests[1].body)
                    == .object([
                        "metadata": .object(["team": .string("billing"), "old": .null]), "name": .string("Renamed"),
                    ]))
        }
    }

    @Test func deleteEnableAndDisableUseTheirMethodsAndPaths() async throws {
        let replies: [RecordingServer.Reply] = [
            .json(200, try GeneratedModelTests.fixture("stripe/delete.json")),
            .json(200, try GeneratedModelTests.fixture("stripe/enable.json")),
            .json(200, try GeneratedModelTests.fixture("stripe/disable.json")),
        ]
        try await withServer(replies) { stripe, server in
            let resource = stripe.v2.core.eventDestinations
            let deleted = try await resource.delete(
                id: Self.destinationID, options: RequestOptions(idempotencyKey: "key-1"))
            let enabled = try await resource.enable(id: Self.destinationID)
            let disabled = try await resource.disable(id: Self.destinationID)
            let requests = await server.requests
            #expect(requests.map(\.method) == ["DELETE", "POST", "POST"])
            #expect(
                requests.map(\.path) == [
                    "/v2/core/event_destinations/\(Self.destinationID)",
                    "/v2/core/event_destinations/\(Self.destinationID)/enable",
                    "/v2/core/event_destinations/\(Self.destinationID)/disable",
                ]
            )
            #expect(requests[0].headers["idempotency-key"] == "key-1")
            for request in requests { expectStripeHeaders(request) }
            #expect(deleted.id == Self.destinationID)
            #expect(enabled.status == .enabled)
            #expect(disabled.status == .disabled)
        }
    }

    @Test func pathParametersArePercentEncoded() async throws {
        let fixture = try GeneratedModelTests.fixture("stripe/delete.json")
        try await withServer([.json(200, fixture)]) { stripe, server in
            _ = try await stripe.v2.core.eventDestinations.delete(id: "ed/../x y?z")
            #expect(await server.requests.first?.path == "/v2/core/event_destinations/ed%2F..%2Fx%20y%3Fz")
        }
    }

    @Test func notFoundThrowsTheTypedErrorWithItsBodyAndRequestID() async throws {
        let body = Data(
            #"{"error":{"type":"invalid_request_error","code":"not_found","message":"No such event destination"}}"#.utf8
        )
        try await withServer([.json(404, body, headers: ["Request-Id": "req_404"])]) { stripe, _ in
            do throws(APIError<GetV2CoreEventDestinationsIDError>) {
                _ = try await stripe.v2.core.eventDestinations.retrieve(id: "ed_missing")
                Issue.record("expected an error")
            } catch {
                #expect(error.status == 404)
                #expect(error.requestID == "req_404")
                // The published error shape: one of the operation's errors, told apart by `error.code`.
                guard case .notFound(let notFound)? = error.body else {
                    Issue.record("not decoded as not found: \(String(describing: error.body))")
                    return
                }
                #expect(notFound.error.code == .notFound)
                #expect(notFound.error.message == "No such event destination")
                #expect(error.rawBody == body)
            }
        }
        // The README's example: a delete's errors are the not-found, the idempotency error, or any other.
        let conflict = Data(#"{"error":{"code":"idempotency_error","message":"Keys for idempotent requests"}}"#.utf8)
        let other = Data(#"{"error":{"code":"rate_limited","message":"Slow down"}}"#.utf8)
        try await withServer([.json(404, body), .json(409, conflict), .json(400, other)]) { stripe, _ in
            var bodies: [V2CoreEventDestinationsIDError?] = []
            for _ in 0..<3 {
                do throws(APIError<V2CoreEventDestinationsIDError>) {
                    _ = try await stripe.v2.core.eventDestinations.delete(
                        id: "ed_1", options: RequestOptions(maxRetries: 0))
                } catch {
                    bodies.append(error.body)
                }
            }
            guard bodies.count == 3, case .notFound? = bodies[0], case .idempotencyError? = bodies[1],
                case .error(let error)? = bodies[2]
            else {
                Issue.record("decoded as \(bodies)")
                return
            }
            #expect(error.error.code == "rate_limited")
        }
    }

    @Test func anUndecodableErrorBodyKeepsTheRawBytes() async throws {
        try await withServer([RecordingServer.Reply(status: 502, headers: [:], body: Data("Bad gateway".utf8))]) {
            stripe, _ in
            do throws(APIError<PostV2CoreEventDestinationsIDPingError>) {
                _ = try await stripe.v2.core.eventDestinations.ping(id: "ed_1", options: RequestOptions(maxRetries: 0))
                Issue.record("expected an error")
            } catch {
                #expect(error.reason == .status(502))
                #expect(error.body == nil)
                #expect(String(decoding: error.rawBody, as: UTF8.self) == "Bad gateway")
            }
        }
    }

    @Test func anUnexpectedResponseShapeIsADecodingError() async throws {
        try await withServer([.json(200, Data(#"{"id": 42}"#.utf8))]) { stripe, _ in
            do throws(APIError<PostV2CoreEventDestinationsIDPingError>) {
                _ = try await stripe.v2.core.eventDestinations.ping(id: "ed_1")
                Issue.record("expected an error")
            } catch {
                #expect(error.reason == .decoding)
                #expect(error.underlying is DecodingError)
                #expect(error.codingPath == "id")
                #expect("\(error)".hasPrefix("the response did not decode at id: "))
                #expect("\(error)".hasSuffix(#"; body: {"id": 42}"#))
            }
        }
    }

    @Test func aRefusedConnectionIsATransportError() async throws {
        // A port bound but never listened on refuses connections, and no other test can take it meanwhile.
        let port = try BoundPort()
        let stripe = StripeClient(
            apiKey: "sk_test_123", serverURL: URL(string: "http://127.0.0.1:\(port.number)")!,
            configuration: ClientConfiguration(initialRetryDelay: .milliseconds(1)))
        do throws(APIError<PostV2CoreEventDestinationsIDPingError>) {
            _ = try await stripe.v2.core.eventDestinations.ping(id: "ed_1")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .transport)
        }
    }

    @Test func theAPIVersionCanBeChosenOrLeftOut() async throws {
        let server = try await RecordingServer.start()
        let fixture = try GeneratedModelTests.fixture("stripe/delete.json")
        await server.enqueue(.json(200, fixture))
        await server.enqueue(.json(200, fixture))
        _ = try await StripeClient(apiKey: "sk", stripeVersion: "2024-06-20", serverURL: server.url).v2.core
            .eventDestinations.delete(id: "a")
        _ = try await StripeClient(apiKey: "sk", stripeVersion: nil, serverURL: server.url).v2.core.eventDestinations
            .delete(id: "a")
        let requests = await server.requests
        await server.stop()
        #expect(requests.map { $0.headers["stripe-version"] } == ["2024-06-20", nil])
    }
}
