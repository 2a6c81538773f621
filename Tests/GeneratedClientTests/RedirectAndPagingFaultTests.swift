import Foundation
import SpecgenRuntime
import StripeClient
import Testing

/// What reaches a server when another misbehaves, asserted where the servers receive it, through the generated
/// clients and the default transport: redirects keep credentials on the API's origin, every POST carries an
/// idempotency key, a cancelled call sends nothing, an oversized body is refused once, and pages that lead back end.
@Suite struct RedirectAndPagingFaultTests {
    private static let ping = "/v2/core/event_destinations/ed_1/ping"

    private func stripe(_ server: RecordingServer, _ configuration: ClientConfiguration = .init()) -> StripeClient {
        StripeClient(apiKey: "sk_test_secret", serverURL: server.url, configuration: configuration)
    }

    @Test(arguments: [301, 302, 303, 307, 308])
    func aRedirectToAnotherOriginIsRefusedAndNothingReachesIt(status: Int) async throws {
        let api = try await RecordingServer.start()
        let elsewhere = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        defer { Task { await elsewhere.stop() } }
        let location = elsewhere.url.absoluteString + "/collect"
        await api.enqueue(RecordingServer.Reply(status: status, headers: ["Location": location], body: Data()))
        var reason: APIError<PostV2CoreEventDestinationsIDPingError>.Reason?
        do {
            _ = try await stripe(api).v2.core.eventDestinations.ping(id: "ed_1")
        } catch {
            reason = error.reason
        }
        #expect(reason == .redirected(location: location))
        #expect(await elsewhere.requests.isEmpty, "the other origin received the request and its credentials")
        #expect(await api.requests.count == 1, "a refused redirect is not retried")
    }

    @Test func anotherPortIsAnotherOrigin() async throws {
        let api = try await RecordingServer.start()
        let elsewhere = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        defer { Task { await elsewhere.stop() } }
        // Same scheme and host as the API, another port.
        let port = try #require(elsewhere.url.port)
        await api.enqueue(
            RecordingServer.Reply(status: 302, headers: ["Location": "//127.0.0.1:\(port)/x"], body: Data()))
        var reason: APIError<GetV2CoreEventDestinationsIDError>.Reason?
        do {
            _ = try await stripe(api).v2.core.eventDestinations.retrieve(id: "ed_1")
        } catch {
            reason = error.reason
        }
        #expect(reason == .redirected(location: "http://127.0.0.1:\(port)/x"))
        #expect(await elsewhere.requests.isEmpty)
    }

    @Test func aRedirectOnTheSameOriginKeepsMethodBodyAndKeyFor307AndBecomesAGetFor303() async throws {
        let api = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        let ping = try GeneratedModelTests.fixture("stripe/ping.json")
        await api.enqueue(
            RecordingServer.Reply(status: 307, headers: ["Location": "/moved/ping?from=307"], body: Data()))
        await api.enqueue(.json(200, ping))
        _ = try await stripe(api).v2.core.eventDestinations.ping(id: "ed_1")
        await api.enqueue(RecordingServer.Reply(status: 303, headers: ["Location": "/see/other"], body: Data()))
        await api.enqueue(.json(200, ping))
        _ = try await stripe(api).v2.core.eventDestinations.ping(id: "ed_1")
        let requests = await api.requests
        #expect(
            requests.map { "\($0.method) \($0.path)" } == [
                "POST \(Self.ping)", "POST /moved/ping", "POST \(Self.ping)", "GET /see/other",
            ])
        #expect(requests[1].query == "from=307")
        #expect(requests[1].headers["idempotency-key"] == requests[0].headers["idempotency-key"])
        #expect(requests.allSatisfy { $0.headers["authorization"] == "Bearer sk_test_secret" })
    }

    @Test func aClientConfiguredToFollowAnotherOriginSendsNoCredentialThere() async throws {
        let api = try await RecordingServer.start()
        let elsewhere = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        defer { Task { await elsewhere.stop() } }
        await api.enqueue(
            RecordingServer.Reply(
                status: 307, headers: ["Location": elsewhere.url.absoluteString + "/mirror"], body: Data()))
        await elsewhere.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/ping.json")))
        let configuration = ClientConfiguration(crossOriginRedirects: .followWithoutCredentials)
        _ = try await stripe(api, configuration).v2.core.eventDestinations.ping(id: "ed_1")
        let received = try #require(await elsewhere.requests.first)
        #expect(received.method == "POST" && received.path == "/mirror")
        #expect(received.headers["authorization"] == nil)
        #expect(received.headers["idempotency-key"] == nil)
    }

    @Test func everyPostCarriesAnIdempotencyKeyAlsoWithoutRetries() async throws {
        let api = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        await api.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/ping.json")))
        _ = try await stripe(api, ClientConfiguration(maxRetries: 0)).v2.core.eventDestinations.ping(id: "ed_1")
        let key = try #require(await api.requests.first?.headers["idempotency-key"])
        #expect(UUID(uuidString: key) != nil)
    }

    @Test func aCallCancelledBeforeItStartsSendsNothing() async throws {
        let api = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        await api.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/ping.json")))
        let client = stripe(api)
        let call = Task { () async -> APIError<PostV2CoreEventDestinationsIDPingError>.Reason? in
            // Wait until the task is cancelled, without sleeping on a clock.
            while !Task.isCancelled { await Task.yield() }
            do {
                _ = try await client.v2.core.eventDestinations.ping(id: "ed_1")
                return nil
            } catch let error as APIError<PostV2CoreEventDestinationsIDPingError> {
                return error.reason
            } catch {
                return nil
            }
        }
        call.cancel()
        let reason = await call.value
        #expect(reason == .cancelled)
        #expect(await api.requests.isEmpty)
    }

    @Test func aBodyOverTheLimitFailsOnceWithItsOwnReason() async throws {
        let api = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        let destination = try GeneratedModelTests.fixture("stripe/retrieve.json")
        await api.enqueue(.json(200, destination))
        await api.enqueue(.json(200, destination))
        let configuration = ClientConfiguration(maxResponseSize: destination.count - 1)
        var reason: APIError<GetV2CoreEventDestinationsIDError>.Reason?
        do {
            _ = try await stripe(api, configuration).v2.core.eventDestinations.retrieve(id: "ed_1")
        } catch {
            reason = error.reason
        }
        #expect(reason == .responseTooLarge)
        #expect(await api.requests.count == 1, "an oversized body is not fetched again")
        let fits = ClientConfiguration(maxResponseSize: destination.count)
        _ = try await stripe(api, fits).v2.core.eventDestinations.retrieve(id: "ed_1")
    }

    @Test func linkedPagesThatLeadBackEndWithAnError() async throws {
        let api = try await RecordingServer.start()
        defer { Task { await api.stop() } }
        // Empty pages that link onward, the second back to itself: without a check, requests without end.
        let page = #"{"data": [], "next_page_url": "/v2/core/event_destinations?page=p2"}"#
        for _ in 0..<5 { await api.enqueue(.json(200, Data(page.utf8))) }
        var failure: APIError<V2Error>?
        do {
            for try await _ in stripe(api).v2.core.eventDestinations.listAutoPaging() {}
        } catch {
            failure = error
        }
        #expect(failure?.reason == .paging)
        #expect((failure?.underlying as? PagingStopped)?.reason == .repeated("/v2/core/event_destinations?page=p2"))
        #expect(await api.requests.count == 2)
    }
}
