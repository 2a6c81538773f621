import Foundation
import ShapesClient
import SpecgenRuntime
import Testing

/// An operation whose error responses have different bodies (`getTicket` in Tests/ShapeFixtures/shapes.yaml: 404
/// `problem+json`, 422, 5XX and `default`) throws an error whose body is picked by the response's status.
@Suite struct ErrorsByStatusTests {
    /// The error a `getTicket` call answered with `status` and `body` throws.
    private func error(status: Int, body: String) async throws -> APIError<ShapesClient.Tickets.RetrieveError> {
        let server = try await RecordingServer.start()
        defer { Task { await server.stop() } }
        await server.enqueue(.json(status, Data(body.utf8)))
        let client = ShapesClient(serverURL: server.url, configuration: ClientConfiguration(maxRetries: 0))
        do {
            _ = try await client.tickets.retrieve(id: "t_1")
        } catch {
            return error
        }
        Issue.record("getTicket succeeded on a \(status)")
        throw CancellationError()
    }

    @Test func eachDocumentedStatusDecodesItsOwnBody() async throws {
        let notFound = try await error(status: 404, body: #"{"title":"No such ticket","status":404,"detail":"t_1"}"#)
        #expect(notFound.reason == .status(404))
        guard case .notFound(let problem)? = notFound.body else {
            Issue.record("404 gave \(String(describing: notFound.body))")
            return
        }
        #expect(problem.title == "No such ticket" && problem.status == 404 && problem.detail == "t_1")

        let closed = try await error(status: 422, body: #"{"field":"state","reason":"closed"}"#)
        guard case .unprocessableContent(let validation)? = closed.body else {
            Issue.record("422 gave \(String(describing: closed.body))")
            return
        }
        #expect(validation.field == "state" && validation.reason == "closed")
    }

    @Test func rangesAndDefaultCatchTheRest() async throws {
        let unavailable = try await error(status: 503, body: #"{"retry_in_seconds":30}"#)
        guard case .serverError(let server)? = unavailable.body else {
            Issue.record("503 gave \(String(describing: unavailable.body))")
            return
        }
        #expect(server.retryInSeconds == 30)

        let teapot = try await error(status: 418, body: #"{"message":"short and stout"}"#)
        guard case .other(let other)? = teapot.body else {
            Issue.record("418 gave \(String(describing: teapot.body))")
            return
        }
        #expect(other.message == "short and stout")
    }

    @Test func aBodyThatDoesNotMatchItsStatusIsKeptRaw() async throws {
        let mismatch = try await error(status: 422, body: #"{"field":7}"#)
        #expect(mismatch.body == nil)
        #expect(String(decoding: mismatch.rawBody, as: UTF8.self) == #"{"field":7}"#)
    }
}
