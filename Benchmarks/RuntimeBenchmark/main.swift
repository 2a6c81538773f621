import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecgenRuntime
import StripeClient

// The generated client's runtime under load: 10,000 calls from 64 concurrent tasks against a loopback HTTP server,
// through the generated Stripe client and through the bare transport; then the runtime's own cost per call with a
// transport that answers from memory, against that transport called directly and the same JSON decoded by hand.
//
//   Benchmarks/runtime        (builds this in release mode and runs it from the package root)

let calls = 10_000
let concurrency = 64
let fixture = try Data(contentsOf: URL(fileURLWithPath: "Tests/GeneratedClientTests/Fixtures/stripe/retrieve.json"))
let requestPath = "/v2/core/event_destinations/ed_1"

/// Runs `call` `count` times from `tasks` concurrent tasks; the wall time and each call's latency, sorted.
func measure(
    count: Int, tasks: Int, _ call: @escaping @Sendable () async throws -> Void
) async throws -> (wall: Duration, latencies: [Duration]) {
    let clock = ContinuousClock()
    let start = clock.now
    let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
        for task in 0..<tasks {
            group.addTask {
                var mine: [Duration] = []
                for _ in stride(from: task, to: count, by: tasks) {
                    let begin = clock.now
                    try await call()
                    mine.append(clock.now - begin)
                }
                return mine
            }
        }
        return try await group.reduce(into: []) { $0 += $1 }
    }
    return (clock.now - start, latencies.sorted())
}

func microseconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
    return String(format: "%.1f µs", value)
}

func percentile(_ sorted: [Duration], _ fraction: Double) -> Duration {
    sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

func report(_ name: String, _ result: (wall: Duration, latencies: [Duration])) {
    let seconds = Double(result.wall.components.seconds) + Double(result.wall.components.attoseconds) / 1e18
    print(
        "\(name): \(String(format: "%.0f", Double(result.latencies.count) / seconds)) calls/s, "
            + "p50 \(microseconds(percentile(result.latencies, 0.5))), "
            + "p99 \(microseconds(percentile(result.latencies, 0.99)))")
}

/// Answers every request at once from memory, as a transport with no network would.
struct MemoryTransport: ClientTransport {
    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(fixture))
    }
}

let server = try LoopbackServer(answering: fixture)
let serverURL = URL(string: "http://127.0.0.1:\(server.port)")!

print("\(calls) calls from \(concurrency) tasks against the loopback server (\(fixture.count)-byte JSON answer):")
let transport = APIClient.defaultTransport
let bareRequest = HTTPRequest(method: .get, scheme: nil, authority: nil, path: requestPath)
let bare: @Sendable () async throws -> Void = {
    let (_, body) = try await transport.send(bareRequest, body: nil, baseURL: serverURL, operationID: "retrieve")
    _ = try await Data(collecting: body!, upTo: 1 << 20)
}
_ = try await measure(count: 500, tasks: concurrency, bare)  // warm-up
let stripe = StripeClient(apiKey: "sk_test_123", serverURL: serverURL, transport: transport)
let client: @Sendable () async throws -> Void = { _ = try await stripe.v2.core.eventDestinations.retrieve(id: "ed_1") }
_ = try await measure(count: 500, tasks: concurrency, client)
report("  bare transport (request + body)   ", try await measure(count: calls, tasks: concurrency, bare))
report("  generated client (+ decode)       ", try await measure(count: calls, tasks: concurrency, client))

print("\(calls) calls, one at a time, from a transport that answers from memory:")
let memory = MemoryTransport()
let memoryBare: @Sendable () async throws -> Void = {
    let (_, body) = try await memory.send(bareRequest, body: nil, baseURL: serverURL, operationID: "retrieve")
    let data = try await Data(collecting: body!, upTo: 1 << 20)
    _ = try JSONCoding.decoder().decode(V2CoreEventDestination.self, from: data)
}
let memoryStripe = StripeClient(apiKey: "sk_test_123", serverURL: serverURL, transport: memory)
let memoryClient: @Sendable () async throws -> Void = {
    _ = try await memoryStripe.v2.core.eventDestinations.retrieve(id: "ed_1")
}
_ = try await measure(count: 1000, tasks: 1, memoryBare)
_ = try await measure(count: 1000, tasks: 1, memoryClient)
let bareResult = try await measure(count: calls, tasks: 1, memoryBare)
let clientResult = try await measure(count: calls, tasks: 1, memoryClient)
report("  bare transport + JSON decode      ", bareResult)
report("  generated client                  ", clientResult)
print(
    "  runtime's own overhead per call: p50 \(microseconds(percentile(clientResult.latencies, 0.5) - percentile(bareResult.latencies, 0.5))), "
        + "p99 \(microseconds(percentile(clientResult.latencies, 0.99) - percentile(bareResult.latencies, 0.99)))")
