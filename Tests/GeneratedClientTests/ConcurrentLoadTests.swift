import Foundation
import SpecgenRuntime
import StripeClient
import TestSupport
import Testing

/// Many calls at once through the generated Stripe client and the default transport: each attempt's timeout counts
/// from sending, not from a wait for a connection, and every call reaches the server once.
@Suite(.serialized) struct ConcurrentLoadTests {
    /// `count` calls at once to a server that answers each after `delay`; how many succeeded, and the requests the
    /// server received.
    private func load(
        _ count: Int, answeringAfter delay: Duration, _ configuration: ClientConfiguration
    ) async throws -> (succeeded: Int, received: Int) {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let destination = try GeneratedModelTests.fixture("stripe/retrieve.json")
        for _ in 0..<count { await server.enqueue(RecordingServer.Reply.json(200, destination).delayed(by: delay)) }
        let stripe = StripeClient(apiKey: "sk_test_123", serverURL: server.url, configuration: configuration)
        let succeeded = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<count {
                group.addTask {
                    do {
                        _ = try await stripe.v2.core.eventDestinations.retrieve(id: "ed_\(index)")
                        return true
                    } catch {
                        print("load failure: \(error)")
                        return false
                    }
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        return (succeeded, await server.requests.count)
    }

    @Test func fiftyCallsAtOnceToASlowServerAllSucceedWithinTheirTimeout() async throws {
        // URLSession's own pool of 6 connections per host made 38 of these 50 wait past their 3 s.
        let (succeeded, received) = try await load(
            50, answeringAfter: .seconds(1), ClientConfiguration(maxRetries: 0, timeout: .seconds(3)))
        #expect(succeeded == 50)
        #expect(received == 50)
    }

    @Test func callsBeyondTheConcurrencyLimitWaitWithoutTheirTimeoutRunning() async throws {
        // Six waves of two: the last calls wait 2 s for a slot, longer than their 1.5 s timeout, then their 0.4 s
        // attempt fits it.
        let start = ContinuousClock.now
        let (succeeded, received) = try await load(
            12, answeringAfter: .milliseconds(400),
            ClientConfiguration(maxRetries: 0, timeout: .milliseconds(1500), maxConcurrentRequests: 2))
        #expect(succeeded == 12)
        #expect(received == 12)
        #expect(ContinuousClock.now - start >= .milliseconds(2300), "no more than two calls were in flight at once")
    }
    @Test func aThousandCallsWithThirtyPercentFaultsFailOnlyWhereEveryAttemptFaulted() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let ping = try GeneratedModelTests.fixture("stripe/ping.json")
        // 30% of the replies, chosen by a seeded generator, are faults: a 503, a body cut off mid-way, or an answer
        // after the 1 s timeout. A reply for every attempt there can be.
        var generator = SplitMix(seed: 0x5EED)
        var faulted: [Bool] = []
        for index in 0..<3_000 {
            let isFault = Double.random(in: 0..<1, using: &generator) < 0.3
            faulted.append(isFault)
            let reply: RecordingServer.Reply
            switch (isFault, index % 3) {
            case (false, _): reply = .json(200, ping)
            case (true, 0): reply = .json(503, Data(#"{"error": {"type": "api_error"}}"#.utf8))
            case (true, 1): reply = RecordingServer.Reply(status: 200, headers: [:], body: ping, breaksOffAfter: 20)
            default: reply = RecordingServer.Reply.json(200, ping).delayed(by: .seconds(2))
            }
            await server.enqueue(reply)
        }
        let configuration = ClientConfiguration(
            initialRetryDelay: .milliseconds(10), maxRetryDelay: .milliseconds(40), timeout: .seconds(1))
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
        // deviation 5). Any other failure is an attempt that missed its 1 s timeout on a loaded machine.
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
