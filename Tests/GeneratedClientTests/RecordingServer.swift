import FlyingFox
import FlyingSocks
import Foundation

/// A real HTTP server on 127.0.0.1 (an ephemeral port) that answers with queued replies, in order, and records
/// every request it receives: method, path, query, headers and body.
final class RecordingServer: Sendable {
    struct Recorded: Sendable {
        var method: String
        /// The path as sent, percent-encoding kept.
        var path: String
        /// The query string as sent, percent-encoding kept.
        var query: String
        /// Header values by lower-cased name.
        var headers: [String: String]
        var body: Data
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        /// How long the server waits before it answers.
        var delay: Duration = .zero
        /// Announces the whole body but sends only this many bytes of it, then closes the connection.
        var breaksOffAfter: Int?

        /// A JSON reply with the bytes of a fixture, verbatim.
        static func json(_ status: Int, _ body: Data, headers: [String: String] = [:]) -> Reply {
            Reply(
                status: status, headers: headers.merging(["Content-Type": "application/json"]) { a, _ in a }, body: body
            )
        }
    }

    private actor Log {
        var replies: [Reply] = []
        var requests: [Recorded] = []
        /// Requests received and not yet answered, and the most there were at once.
        var inFlight = 0
        var maxInFlight = 0

        func next(recording request: Recorded) -> Reply {
            requests.append(request)
            inFlight += 1
            maxInFlight = max(maxInFlight, inFlight)
            return replies.isEmpty
                ? Reply(status: 599, headers: [:], body: Data("no reply queued".utf8)) : replies.removeFirst()
        }

        func answered() { inFlight -= 1 }

        func enqueue(_ reply: Reply) { replies.append(reply) }
    }

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let log = Log()
    let url: URL

    private init(server: HTTPServer, task: Task<Void, any Error>, url: URL) {
        self.server = server
        self.task = task
        self.url = url
    }

    static func start() async throws -> RecordingServer {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
        let task = Task { try await server.run() }
        // Generous: on a loaded 2-core machine other tests' builds can hold the CPU for seconds.
        try await server.waitUntilListening(timeout: 60)
        guard case .ip4(_, let port) = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        let recorder = RecordingServer(server: server, task: task, url: URL(string: "http://127.0.0.1:\(port)")!)
        await server.appendRoute("*") { [log = recorder.log] request in
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
            let recorded = Recorded(
                method: request.method.rawValue,
                path: request.target.path(),
                query: request.target.query(),
                headers: headers,
                body: try await request.bodyData
            )
            let reply = await log.next(recording: recorded)
            if reply.delay > .zero { try? await Task.sleep(for: reply.delay) }
            await log.answered()
            var replyHeaders = HTTPHeaders()
            for (name, value) in reply.headers { replyHeaders[HTTPHeader(name)] = value }
            let status = HTTPStatusCode(reply.status, phrase: "Reply")
            guard let sent = reply.breaksOffAfter else {
                return HTTPResponse(statusCode: status, headers: replyHeaders, body: reply.body)
            }
            let body = HTTPBodySequence(
                from: BrokenBody(bytes: Array(reply.body.prefix(sent))), count: reply.body.count)
            return HTTPResponse(statusCode: status, headers: replyHeaders, body: body)
        }
        return recorder
    }

    func enqueue(_ reply: Reply) async { await log.enqueue(reply) }

    var requests: [Recorded] { get async { await log.requests } }

    /// The most requests the server held unanswered at once.
    var maxInFlight: Int { get async { await log.maxInFlight } }

    func stop() async {
        await server.stop()
        task.cancel()
    }
}

/// A response body that yields its bytes, then fails: the server closes the connection mid-body.
private struct BrokenBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let bytes: [UInt8]

    func makeAsyncIterator() -> Iterator { Iterator(bytes: bytes) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var bytes: [UInt8]?

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard let pending = bytes, !pending.isEmpty else { throw URLError(.networkConnectionLost) }
            bytes = Array(pending.dropFirst(count))
            if bytes?.isEmpty == true { bytes = nil }
            return Array(pending.prefix(count))
        }
    }
}
