import Foundation
import Logging
import PersonioClient
import SpecgenRuntime
import StripeClient
import Testing

/// What clients log through swift-log, and that no credential ever reaches a log line.
@Suite struct LoggingTests {
    /// Keeps every log line: level, message and metadata.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        var all: [String] { lock.withLock { lines } }

        func append(_ line: String) { lock.withLock { lines.append(line) } }

        var logger: Logger {
            var logger = Logger(label: "test") { _ in Handler(capture: self) }
            logger.logLevel = .trace
            return logger
        }

        struct Handler: LogHandler {
            let capture: Capture
            var metadata: Logger.Metadata = [:]
            var logLevel: Logger.Level = .trace

            subscript(metadataKey key: String) -> Logger.Metadata.Value? {
                get { metadata[key] }
                set { metadata[key] = newValue }
            }

            func log(event: LogEvent) {
                let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
                let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                capture.append("\(event.level) \(event.message) \(fields)")
            }
        }
    }

    @Test func callsAreLoggedAndNoSecretReachesALogLine() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let capture = Capture()
        let configuration = ClientConfiguration(
            initialRetryDelay: .milliseconds(5), maxRetryDelay: .milliseconds(10), logger: capture.logger)
        let ping = try GeneratedModelTests.fixture("stripe/ping.json")

        // Bearer, with a retry.
        await server.enqueue(.json(503, Data("{}".utf8)))
        await server.enqueue(.json(200, ping, headers: ["Request-Id": "req_42"]))
        _ = try await StripeClient(
            apiKey: "sk_live_SECRET_BEARER", serverURL: server.url, configuration: configuration
        ).v2.core.eventDestinations.ping(id: "ed_1")

        // An API key in the query, and basic auth.
        for authorization in [
            Authorization.apiKey("SECRET_QUERY", query: "key"), .basic(user: "u", password: "SECRET_BASIC"),
        ] {
            await server.enqueue(.json(200, Data("{}".utf8)))
            let client = APIClient(
                serverURL: server.url, transport: APIClient.defaultTransport, authorization: authorization,
                configuration: configuration)
            _ = try await client.send(
                APIRequest(method: .get, path: "/things", operationID: "listThings"), options: RequestOptions(),
                returning: JSONValue.self, errorBody: JSONValue.self)
        }

        // OAuth 2 client credentials: the client secret and the token.
        await server.enqueue(.json(200, Data(#"{"access_token": "SECRET_TOKEN", "expires_in": 3600}"#.utf8)))
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("personio/SuccessfulPingResponse.json")))
        _ = try await PersonioClient(
            authorization: .clientCredentials(
                tokenURL: server.url.appending(path: "v2/auth/token"), clientID: "papi", clientSecret: "SECRET_CLIENT",
                logger: capture.logger),
            serverURL: server.url, configuration: configuration
        ).v2.webhooks.ping(id: "w1")

        let lines = capture.all
        #expect(await server.requests.count == 6)
        #expect(lines.contains { $0.hasPrefix("info retrying ") && $0.contains("reason=status(503)") })
        #expect(
            lines.contains {
                $0.hasPrefix("debug answered ") && $0.contains("request_id=req_42") && $0.contains("status=200")
                    && $0.contains("operation=PostV2CoreEventDestinationsIdPing")
            }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("debug sending ") && $0.contains("path=/things") })
        #expect(lines.contains { $0.hasPrefix("debug fetched an access token") })
        #expect(lines.count >= 12)
        #expect(!lines.contains { $0.contains("SECRET") }, "\(lines.filter { $0.contains("SECRET") })")
    }
}
