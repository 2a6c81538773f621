import Foundation
import SpecgenRuntime
import StripeClient
import Testing

/// Many calls at once through the generated Stripe client and the default transport: each attempt's timeout counts
/// from sending, not from a wait for a connection, and every call reaches the server once.
@Suite struct ConcurrentLoadTests {
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
                group.addTask { (try? await stripe.v2.core.eventDestinations.retrieve(id: "ed_\(index)")) != nil }
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
        // Three waves of four: the last call waits 1 s for a slot, then its 0.5 s attempt fits its 0.8 s timeout.
        let start = ContinuousClock.now
        let (succeeded, received) = try await load(
            12, answeringAfter: .milliseconds(500),
            ClientConfiguration(maxRetries: 0, timeout: .milliseconds(800), maxConcurrentRequests: 4))
        #expect(succeeded == 12)
        #expect(received == 12)
        #expect(ContinuousClock.now - start >= .milliseconds(1400), "no more than four calls were in flight at once")
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
