import Foundation
import SpecgenRuntime
import StripeClient
import TestSupport
import Testing

/// Many calls at once through the generated Stripe client and the default transport: each attempt's timeout counts
/// from sending, not from a wait for a connection, and every call reaches the server once.
@Suite(.serialized) struct ConcurrentLoadTests {
    /// `count` calls at once to a server that answers each after `delay`: how many succeeded, the requests the
    /// server received and the most it held at once.
    private func load(
        _ count: Int, answeringAfter delay: Duration, _ configuration: ClientConfiguration
    ) async throws -> (succeeded: Int, received: Int, maxInFlight: Int) {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let destination = try GeneratedModelTests.fixture("stripe/retrieve.json")
        for _ in 0..<count { await server.enqueue(RecordingServer.Reply.json(200, destination).delayed(by: delay)) }
        let stripe = StripeClient(apiKey: "sk_test_123", serverURL: server.url, configuration: configuration)
        let succeeded = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<count {
                group.addTask { (try? await stripe.v2.core.eventDestinations.retrieve(id: "ed_\(index)")) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        return (succeeded, await server.requests.count, await server.maxInFlight)
    }

    // Timeouts here are generous: the whole test suite shares two cores and the cooperative thread pool with
    // these servers, and holds them for seconds at a time. What tells the behaviours apart is what the server saw.

    @Test func fiftyCallsAtOnceAreSentAtOnce() async throws {
        // URLSession's own pool of 6 connections per host kept 44 of these waiting; with a 3 s timeout, 38 of them
        // timed out (measured alone, 12 of 50 succeeded over a bare URLSessionTransport, 50 of 50 over the default).
        let (succeeded, received, maxInFlight) = try await load(
            50, answeringAfter: .seconds(1), ClientConfiguration(maxRetries: 0, timeout: .seconds(30)))
        #expect(succeeded == 50)
        #expect(received == 50)
        // Over a pool of 6 the server never holds more than 6.
        #expect(maxInFlight >= 12, "the server held \(maxInFlight) requests at once")
    }

    @Test func callsBeyondTheConcurrencyLimitWaitWithoutTheirTimeoutRunning() async throws {
        // Six waves of two 1 s answers: the last calls wait 5 s for a slot, longer than their 4 s timeout, then their
        // attempt fits it.
        let (succeeded, received, maxInFlight) = try await load(
            12, answeringAfter: .seconds(1),
            ClientConfiguration(maxRetries: 0, timeout: .seconds(4), maxConcurrentRequests: 2))
        #expect(succeeded == 12)
        #expect(received == 12)
        #expect(maxInFlight <= 2, "the server held \(maxInFlight) requests at once")
    }

    @Test func aThousandCallsWithThirtyPercentFaultsFailOnlyWhereEveryAttemptFaulted() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let ping = try GeneratedModelTests.fixture("stripe/ping.json")
        // 30% of the replies, chosen by a seeded generator, are faults: a 503 or a body cut off mid-way (stalls and
        // timeouts are RetryAndTimeoutTests'). A reply for every attempt there can be.
        var generator = SplitMix(seed: 0x5EED)
        var faulted: [Bool] = []
        for index in 0..<3_000 {
            let isFault = Double.random(in: 0..<1, using: &generator) < 0.3
            faulted.append(isFault)
            let reply: RecordingServer.Reply
            switch (isFault, index.isMultiple(of: 2)) {
            case (false, _): reply = .json(200, ping)
            case (true, true): reply = .json(503, Data(#"{"error": {"type": "api_error"}}"#.utf8))
            case (true, false):
                reply = RecordingServer.Reply(status: 200, headers: [:], body: ping, breaksOffAfter: 20)
            }
            await server.enqueue(reply)
        }
        let configuration = ClientConfiguration(
            initialRetryDelay: .milliseconds(10), maxRetryDelay: .milliseconds(40), timeout: .seconds(30))
        let stripe = StripeClient(apiKey: "sk_test_123", serverURL: server.url, configuration: configuration)
        // Each call names its key, so that the server's view of a call can be set beside what the call returned.
        let outcomes = await withTaskGroup(of: (String, String).self) { group in
            for call in 0..<1_000 {
                group.addTask {
                    let key = "call-\(call)"
                    do {
                        _ = try await stripe.v2.core.eventDestinations.ping(
                            id: "ed_1", options: RequestOptions(idempotencyKey: key))
                        return (key, "ok")
                    } catch let error as APIError<PostV2CoreEventDestinationsIDPingError> {
                        return (key, "\(error.reason)")
                    } catch {
                        return (key, "\(error)")
                    }
                }
            }
            return await group.reduce(into: [String: String]()) { $0[$1.0] = $1.1 }
        }
        let succeeded = outcomes.values.filter { $0 == "ok" }.count
        // What the server saw: the attempts of each call (by its idempotency key) and whether each was a fault.
        var attempts: [String: [Bool]] = [:]
        for (index, request) in await server.requests.enumerated() {
            attempts[request.headers["idempotency-key"] ?? "", default: []].append(faulted[index])
        }
        #expect(attempts.count == 1_000, "every call reached the server")
        #expect(
            attempts.values.allSatisfy { $0.count <= 3 && ($0.count == 3 || $0.last == false) },
            "the server saw the attempts the client decided: up to three, ending at the first success")
        // A call fails when its three attempts all met a fault: 2.7% of calls on average (about 27 of 1,000, standard
        // deviation 5). Any other failure would be an attempt that missed its 30 s timeout on a loaded machine.
        let unexplained = outcomes.filter { key, outcome in
            outcome != "ok" && !(attempts[key]?.count == 3 && attempts[key]?.allSatisfy { $0 } == true)
        }
        #expect(unexplained.count <= 10, "failures the faults do not explain: \(unexplained)")
        #expect(succeeded >= 950, "\(succeeded) of 1,000 succeeded")
    }
}

extension RecordingServer.Reply {
    /// The same reply, sent after `delay`.
    func delayed(by delay: Duration) -> Self {
        var reply = self
        reply.delay = delay
        return reply
    }
}
