import Foundation
import PersonioClient
import SpecgenRuntime
import Testing

/// Personio's OAuth 2 client credentials through the generated client and the loopback server: the token is fetched
/// with a form body, cached, fetched once however many calls race, and renewed once after a 401.
@Suite struct ClientCredentialsTests {
    private static let ping = "/v2/webhooks/533e7206/ping"

    private func token(_ value: String, expiresIn: Int) -> RecordingServer.Reply {
        .json(200, Data(#"{"access_token": "\#(value)", "token_type": "Bearer", "expires_in": \#(expiresIn)}"#.utf8))
    }

    private func client(_ server: RecordingServer) -> PersonioClient {
        PersonioClient(
            authorization: .clientCredentials(
                tokenURL: server.url.appending(path: "v2/auth/token"), clientID: "papi-123", clientSecret: "s3cr&t"),
            serverURL: server.url,
            configuration: ClientConfiguration(maxRetries: 0))
    }

    @Test func twentyCallsWithAnExpiredTokenFetchOneNewToken() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let pong = try GeneratedModelTests.fixture("personio/SuccessfulPingResponse.json")
        // Valid for 1 s: within the refresh margin (60 s), so expired for the next call.
        await server.enqueue(token("tok-1", expiresIn: 1))
        await server.enqueue(.json(200, pong))
        await server.enqueue(token("tok-2", expiresIn: 3600))
        for _ in 0..<20 { await server.enqueue(.json(200, pong)) }
        let personio = client(server)
        _ = try await personio.v2.webhooks.ping(id: "533e7206")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask { _ = try await personio.v2.webhooks.ping(id: "533e7206") }
            }
            try await group.waitForAll()
        }
        let requests = await server.requests
        let tokenRequests = requests.filter { $0.path == "/v2/auth/token" }
        #expect(tokenRequests.count == 2)
        #expect(tokenRequests.allSatisfy { $0.method == "POST" })
        #expect(tokenRequests[0].headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(
            String(decoding: tokenRequests[0].body, as: UTF8.self)
                == "grant_type=client_credentials&client_id=papi-123&client_secret=s3cr%26t")
        let calls = requests.filter { $0.path == Self.ping }
        #expect(calls.count == 21)
        #expect(calls.first?.headers["authorization"] == "Bearer tok-1")
        #expect(calls.dropFirst().allSatisfy { $0.headers["authorization"] == "Bearer tok-2" })
        // Cached while valid: one more call fetches no token.
        await server.enqueue(.json(200, pong))
        _ = try await personio.v2.webhooks.ping(id: "533e7206")
        #expect(await server.requests.filter { $0.path == "/v2/auth/token" }.count == 2)
    }

    @Test func aRefusedTokenIsRenewedOnce() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let pong = try GeneratedModelTests.fixture("personio/SuccessfulPingResponse.json")
        let refused = RecordingServer.Reply.json(401, Data(#"{"errors": [{"title": "Unauthorized"}]}"#.utf8))
        for reply in [token("tok-1", expiresIn: 3600), refused, token("tok-2", expiresIn: 3600), .json(200, pong)] {
            await server.enqueue(reply)
        }
        let personio = client(server)
        _ = try await personio.v2.webhooks.ping(id: "533e7206")
        #expect(
            await server.requests.map { "\($0.path) \($0.headers["authorization"] ?? "-")" } == [
                "/v2/auth/token -", "\(Self.ping) Bearer tok-1", "/v2/auth/token -", "\(Self.ping) Bearer tok-2",
            ])
        // Refused again right after a renewal: the 401 is the answer.
        for reply in [refused, token("tok-3", expiresIn: 3600), refused] { await server.enqueue(reply) }
        do throws(APIError<WebhookTestEventBadRequest>) {
            _ = try await personio.v2.webhooks.ping(id: "533e7206")
            Issue.record("expected HTTP 401")
        } catch {
            #expect(error.status == 401)
        }
        #expect(await server.requests.count == 7)
    }

    @Test func personioV1AuthIsATokenSourceToo() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        let envelope = #"{"success": true, "data": {"token": "v1-token", "expires_in": 86400, "scope": "x"}}"#
        await server.enqueue(.json(200, Data(envelope.utf8)))
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("personio/SuccessfulPingResponse.json")))
        let personio = PersonioClient(
            authorization: .clientCredentials(
                tokenURL: server.url.appending(path: "v1/auth"), clientID: "papi", clientSecret: "s"),
            serverURL: server.url)
        _ = try await personio.v2.webhooks.ping(id: "533e7206")
        #expect(
            await server.requests.map { "\($0.path) \($0.headers["authorization"] ?? "-")" } == [
                "/v1/auth -", "\(Self.ping) Bearer v1-token",
            ])
    }

    @Test func refusedCredentialsAreAnAuthenticationError() async throws {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(401, Data(#"{"error": "invalid_client"}"#.utf8)))
        do throws(APIError<WebhookTestEventBadRequest>) {
            _ = try await client(server).v2.webhooks.ping(id: "533e7206")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .authentication)
            let failure = try #require(error.underlying as? ClientCredentials.TokenRequestFailed)
            #expect(failure.status == 401 && failure.body.contains("invalid_client"))
            #expect(!"\(error)".contains("s3cr"))
        }
    }
}
