import Foundation
import ShapesClient
import SpecgenRuntime
import StripeClient
import Testing

/// App code written against a resource's protocol, as the README shows: it runs on the real client and, in the app's
/// tests, on a fake of a few lines.
func pingEach(
    _ ids: [String], using destinations: some StripeClient.V2.Core.EventDestinationsAPI
) async throws -> [String] {
    var events: [String] = []
    for id in ids { events.append(try await destinations.ping(id: id).id) }
    return events
}

/// Every resource with operations has a protocol that it conforms to; a fake (`APIFake`) implements what its test
/// calls, gets the operations' default arguments and cursor auto-paging from the protocol, and throws `.unimplemented`
/// for the rest.
@Suite struct FakeResourceTests {
    /// The whole fake: the one operation the test needs.
    struct FakeDestinations: StripeClient.V2.Core.EventDestinationsAPI, APIFake {
        func ping(
            id: String, options: RequestOptions
        ) async throws(APIError<PostV2CoreEventDestinationsIDPingError>) -> V2CoreEvent {
            V2CoreEvent(
                id: "evt_for_" + id, object: "v2.core.event", created: Date(timeIntervalSince1970: 0), livemode: false,
                type: .v2CoreEventDestinationPing)
        }
    }

    @Test func appCodeRunsOnAFake() async throws {
        #expect(try await pingEach(["ed_1", "ed_2"], using: FakeDestinations()) == ["evt_for_ed_1", "evt_for_ed_2"])
    }

    @Test func appCodeRunsOnTheRealClient() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/ping.json")))
        let stripe = StripeClient(apiKey: "sk_test_123", serverURL: server.url)
        let events = try await pingEach(["ed_1"], using: stripe.v2.core.eventDestinations)
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(events == ["evt_test_65RM8sQH2oXnebF5Rpc16RJyfa2xSQLHJJh1sxm7H0KI92"])
        #expect(request.method == "POST")
        #expect(request.path == "/v2/core/event_destinations/ed_1/ping")
    }

    @Test func anOperationTheFakeLeavesOutThrowsUnimplemented() async throws {
        let destinations: some StripeClient.V2.Core.EventDestinationsAPI = FakeDestinations()
        do {
            _ = try await destinations.retrieve(id: "ed_1")
            Issue.record("retrieve returned")
        } catch {
            #expect(error.reason == .unimplemented(operation: "v2.core.eventDestinations.retrieve"))
            #expect("\(error)".contains("v2.core.eventDestinations.retrieve is not implemented by this fake"))
        }
    }

    /// The protocol's defaults never stand in for a type's own method, also when the body is an implicit `.init(…)`
    /// and the options are given, which Swift resolves to an extension's `async` method of the same signature
    /// before the type's own: the client is no `APIFake`, and a fake's defaults are not `async`.
    @Test func aTypesOwnMethodIsCalledWhateverTheCallSpellsOut() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(200, Data(#"{"id": "1", "name": "n", "nullable_required": null}"#.utf8)))
        let shapes = ShapesClient(serverURL: server.url).shapes
        let updated = try await shapes.update(
            id: "1", .init(description: .clear), options: RequestOptions(idempotencyKey: "k1"))
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(updated.id == "1")
        #expect(request.headers["idempotency-key"] == "k1")
        #expect(String(decoding: request.body, as: UTF8.self) == "description=")

        struct FakeShapes: ShapesClient.ShapesAPI, APIFake {
            func update(
                id: String, _ body: UpdateShapeRequest?, options: RequestOptions
            ) async throws(APIError<JSONValue>) -> Everything {
                Everything(id: id, name: "faked", nullableRequired: nil)
            }
        }
        let faked = try await FakeShapes().update(
            id: "2", .init(description: .clear), options: RequestOptions(idempotencyKey: "k2"))
        #expect(faked.name == "faked")
    }

    /// A fake of a cursor-paged list gets `listAutoPaging` from the protocol, which walks the fake's pages.
    @Test func aFakesListPagesThroughTheProtocol() async throws {
        struct FakeNamed: ShapesClient.NamedAPI, APIFake {
            let pages: [String: (names: [String], hasMore: Bool)] = [
                "": (["a", "b"], true), "b": (["c"], false),
            ]

            func list(
                limit: Int?, startingAfter: String?, endingBefore: String?, options: RequestOptions
            ) async throws(APIError<JSONValue>) -> ListNamedResponse {
                let page = pages[startingAfter ?? ""]!
                return ListNamedResponse(
                    data: page.names.map { ShapesClient::Named(id: $0, name: $0) }, hasMore: page.hasMore,
                    object: "list",
                    url: "/named")
            }
        }
        var names: [String] = []
        for try await item in FakeNamed().listAutoPaging(limit: 2) { names.append(item.name) }
        #expect(names == ["a", "b", "c"])
    }
}
