import Foundation
import ShapesClient
import SpecgenRuntime
import Testing

/// An operation whose success responses have different bodies (`escalateTicket` in Tests/ShapeFixtures/shapes.yaml:
/// 200 with a level, 202 with a queue, 204 with none) returns an enum whose case is picked by the response's status,
/// decoded from what a real server sent.
@Suite struct SuccessesByStatusTests {
    /// What `escalate` returns when the server answers `status` with `body`.
    private func escalate(status: Int, body: String) async throws -> ShapesClient.Tickets.EscalateResponse? {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(status, Data(body.utf8)))
        let client = ShapesClient(serverURL: server.url, configuration: ClientConfiguration(maxRetries: 0))
        let response = try await client.tickets.escalate(id: "t_1")
        #expect(await server.requests.map(\.path) == ["/tickets/t_1/escalate"])
        return response
    }

    @Test func eachDocumentedStatusDecodesItsOwnBody() async throws {
        guard case .ok(let escalated)? = try await escalate(status: 200, body: #"{"level":2}"#) else {
            Issue.record("200 did not decode as .ok")
            return
        }
        #expect(escalated.level == 2)
        guard case .accepted(let queued)? = try await escalate(status: 202, body: #"{"queue":"humans"}"#) else {
            Issue.record("202 did not decode as .accepted")
            return
        }
        #expect(queued.queue == "humans")
    }

    @Test func anEmptySuccessIsNilAndAnUndocumentedOneIsOther() async throws {
        #expect(try await escalate(status: 204, body: "") == nil)
        guard case .other(let value)? = try await escalate(status: 203, body: #"{"note":"proxied"}"#) else {
            Issue.record("203 did not decode as .other")
            return
        }
        #expect(value == .object(["note": .string("proxied")]))
    }
}
