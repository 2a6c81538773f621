import Foundation
import PersonioClient
import SpecgenRuntime
import Testing

@Suite struct PersonioClientTests {
    @Test func pingPostsAndDecodesTheDeliveryReport() async throws {
        let server = try await RecordingServer.start()
        await server.enqueue(.json(200, try GeneratedModelTests.fixture("personio/SuccessfulPingResponse.json")))
        let personio = PersonioClient(apiKey: "token-abc", serverURL: server.url)
        let report: WebhookPingResponse = try await personio.v2.webhooks.ping(
            id: "533e7206-f4a3-11ed-9c8b-436fad0b82d1")
        let request = try #require(await server.requests.first)
        await server.stop()
        #expect(request.method == "POST")
        #expect(request.path == "/v2/webhooks/533e7206-f4a3-11ed-9c8b-436fad0b82d1/ping")
        #expect(request.headers["authorization"] == "Bearer token-abc")
        #expect(report.isDelivered == true)
        #expect(report.statusCode == 200)
        #expect(JSONCoding.formatDate(try #require(report.completedAt)) == "2023-01-01T12:51:00.000Z")
    }

    @Test func notFoundProblemDecodesWithItsTraceID() async throws {
        let server = try await RecordingServer.start()
        let problem = try GeneratedModelTests.fixture("personio/WebhookNotFoundErrorResponse.json")
        await server.enqueue(
            RecordingServer.Reply(status: 404, headers: ["Content-Type": "application/problem+json"], body: problem))
        let personio = PersonioClient(apiKey: "token-abc", serverURL: server.url)
        do {
            _ = try await personio.v2.webhooks.ping(id: "missing")
            Issue.record("expected an error")
        } catch {
            #expect(error.status == 404)
            #expect(error.body?.personioTraceID == "aswo3f-a202lfso-312123sld-1230ddd")
            #expect(error.body?.errors?.first?.title == "Webhook not found")
        }
        await server.stop()
    }
}
