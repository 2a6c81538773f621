import Foundation
import SpecgenRuntime
import StripeClient
import TestSupport
import Testing

/// The runtime under injected faults, through the generated Stripe client and the loopback server: retries with
/// one idempotency key, backoff and `Retry-After`, what is never retried, timeouts and cancellation.
@Suite struct RetryAndTimeoutTests {
    private static let ping = "/v2/core/event_destinations/ed_1/ping"

    private func client(_ server: RecordingServer, _ configuration: ClientConfiguration) -> StripeClient {
        StripeClient(apiKey: "sk_test_123", serverURL: server.url, configuration: configuration)
    }

    /// Backoff short enough for tests.
    private let fast = ClientConfiguration(initialRetryDelay: .milliseconds(10), maxRetryDelay: .milliseconds(40))

    @Test func serverErrorsAreRetriedWithOneIdempotencyKey() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let fixture = try GeneratedModelTests.fixture("stripe/ping.json")
        await server.enqueue(.json(500, Data(#"{"error": {"type": "api_error"}}"#.utf8)))
        await server.enqueue(.json(500, Data(#"{"error": {"type": "api_error"}}"#.utf8)))
        await server.enqueue(.json(200, fixture, headers: ["Request-Id": "req_3"]))
        let event = try await client(server, fast).v2.core.eventDestinations.ping(id: "ed_1")
        #expect(event.type == .v2CoreEventDestinationPing)
        let requests = await server.requests
        #expect(requests.count == 3)
        #expect(requests.allSatisfy { $0.method == "POST" && $0.path == Self.ping })
        let keys = Set(requests.map { $0.headers["idempotency-key"] })
        #expect(keys.count == 1)
        let key = try #require(keys.first ?? nil)
        #expect(UUID(uuidString: key) != nil, "an automatic key is a UUID: \(key)")
    }

    @Test func aCallersIdempotencyKeyIsKept() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(503, Data("{}".utf8)))
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/ping.json")))
        _ = try await client(server, fast).v2.core.eventDestinations.ping(
            id: "ed_1", options: RequestOptions(idempotencyKey: "order-6735"))
        #expect(await server.requests.map { $0.headers["idempotency-key"] } == ["order-6735", "order-6735"])
    }

    @Test func retryAfterIsWaitedFor() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(429, Data("{}".utf8), headers: ["Retry-After": "1"]))
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/retrieve.json")))
        let clock = ManualClock()
        var configuration = fast
        configuration.clock = clock
        let stripe = client(server, configuration)
        let call = Task { try await stripe.v2.core.eventDestinations.retrieve(id: "ed_1") }
        // The retry waits the second the server asked for, not the backoff's 10 ms, and sends nothing before it.
        #expect(await clock.waitForSleep(of: .seconds(1)), "sleeps under way: \(clock.pendingSleeps)")
        #expect(await server.requests.count == 1)
        clock.advance(by: .seconds(1))
        _ = try await call.value
        #expect(await server.requests.count == 2)
    }

    @Test func clientErrorsAndRefusalsAreNotRetried() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(400, Data(#"{"error": {"type": "invalid_request_error"}}"#.utf8)))
        await server.enqueue(.json(500, Data("{}".utf8), headers: ["Stripe-Should-Retry": "false"]))
        await server.enqueue(.json(429, Data("{}".utf8), headers: ["Retry-After": "3600"]))
        let stripe = client(server, fast)
        for expected in [400, 500, 429] {
            do throws(APIError<GetV2CoreEventDestinationsIDError>) {
                _ = try await stripe.v2.core.eventDestinations.retrieve(id: "ed_1")
                Issue.record("expected HTTP \(expected)")
            } catch {
                #expect(error.status == expected)
            }
        }
        #expect(await server.requests.count == 3)
    }

    @Test func aConflictIsRetriedWhenTheServerSaysSo() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(409, Data("{}".utf8)))
        await server.enqueue(.json(400, Data("{}".utf8), headers: ["Stripe-Should-Retry": "true"]))
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("stripe/retrieve.json")))
        _ = try await client(server, fast).v2.core.eventDestinations.retrieve(id: "ed_1")
        #expect(await server.requests.count == 3)
    }

    @Test func retriesStopAtTheMaximum() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        for _ in 0..<5 { await server.enqueue(.json(502, Data("{}".utf8))) }
        do throws(APIError<GetV2CoreEventDestinationsIDError>) {
            _ = try await client(server, fast).v2.core.eventDestinations.retrieve(id: "ed_1")
            Issue.record("expected an error")
        } catch {
            #expect(error.status == 502)
        }
        #expect(await server.requests.count == 3)
        do throws(APIError<GetV2CoreEventDestinationsIDError>) {
            _ = try await client(server, fast).v2.core.eventDestinations.retrieve(
                id: "ed_1", options: RequestOptions(maxRetries: 0))
        } catch {
            #expect(error.status == 502)
        }
        #expect(await server.requests.count == 4)
    }

    @Test func aConnectionResetMidBodyIsRetried() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let fixture = try GeneratedModelTests.fixture("stripe/retrieve.json")
        var broken = RecordingServer.Reply.json(200, fixture)
        broken.breaksOffAfter = 20
        await server.enqueue(broken)
        await server.enqueue(.json(200, fixture))
        let destination = try await client(server, fast).v2.core.eventDestinations.retrieve(id: "ed_1")
        #expect(destination.id == StripeClientTests.destinationID)
        #expect(await server.requests.count == 2)
    }

    @Test func aSlowServerTripsTheTimeout() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        var slow = RecordingServer.Reply.json(200, try GeneratedModelTests.fixture("stripe/retrieve.json"))
        slow.delay = .seconds(30)
        await server.enqueue(slow)
        let clock = ManualClock()
        let stripe = client(server, ClientConfiguration(maxRetries: 0, timeout: .seconds(10), clock: clock))
        let call = Task { () async -> APIError<GetV2CoreEventDestinationsIDError>.Reason? in
            do throws(APIError<GetV2CoreEventDestinationsIDError>) {
                _ = try await stripe.v2.core.eventDestinations.retrieve(
                    id: "ed_1", options: RequestOptions(timeout: .milliseconds(200)))
                return nil
            } catch {
                return error.reason
            }
        }
        // The call's own timeout, not the client's, runs; 199 ms in, the call still waits.
        #expect(await clock.waitForSleep(of: .milliseconds(200)), "sleeps under way: \(clock.pendingSleeps)")
        clock.advance(by: .milliseconds(199))
        #expect(clock.pendingSleeps == [.milliseconds(1)])
        clock.advance(by: .milliseconds(1))
        #expect(await call.value == .timeout)
        // The client's own timeout, when the call gives none.
        await server.enqueue(slow)
        do throws(APIError<GetV2CoreEventDestinationsIDError>) {
            _ = try await client(server, ClientConfiguration(maxRetries: 0, timeout: .milliseconds(100))).v2.core
                .eventDestinations.retrieve(id: "ed_1")
            Issue.record("expected a timeout")
        } catch {
            #expect(error.reason == .timeout)
        }
    }

    @Test func cancellationReturnsAtOnce() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        var slow = RecordingServer.Reply.json(200, try GeneratedModelTests.fixture("stripe/retrieve.json"))
        slow.delay = .seconds(30)
        await server.enqueue(slow)
        let stripe = client(server, ClientConfiguration())
        let call = Task { () async -> (APIError<GetV2CoreEventDestinationsIDError>.Reason?, ContinuousClock.Instant) in
            do throws(APIError<GetV2CoreEventDestinationsIDError>) {
                _ = try await stripe.v2.core.eventDestinations.retrieve(id: "ed_1")
                return (nil, .now)
            } catch {
                return (error.reason, .now)
            }
        }
        // Wait until the request is under way: on a loaded machine that can take more than a moment.
        let deadline = ContinuousClock.now + .seconds(30)
        while await server.requests.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await server.requests.count == 1, "the request is under way")
        let cancelled = ContinuousClock.now
        call.cancel()
        let (reason, returned) = await call.value
        #expect(reason == .cancelled)
        // At once, against the 30 s the server would take: the bound leaves room for a machine loaded by other
        // tests' compiles (one run under the corpus check took 99 ms), and is still 30 times shorter than the answer.
        #expect(returned - cancelled < .seconds(1), "\(returned - cancelled)")
    }
}
