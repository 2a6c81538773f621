import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Any transport of swift-openapi-runtime: URLSession, AsyncHTTPClient, or a test double.
public typealias Transport = ClientTransport
/// Any middleware of swift-openapi-runtime, wrapped around every request.
public typealias Middleware = ClientMiddleware

/// Sends the requests of generated clients through any `ClientTransport` (URLSession by default, or
/// AsyncHTTPClient, or a test double), through the given middlewares, and decodes the responses.
public struct APIClient: Sendable {
    public var serverURL: URL
    public var transport: any ClientTransport
    public var middlewares: [any ClientMiddleware]
    public var authorization: Authorization?
    /// Headers sent with every request, such as `Stripe-Version`.
    public var headers: HTTPFields
    /// Retries and timeouts.
    public var configuration: ClientConfiguration
    /// A response header whose `true` or `false` overrides whether the status is retried (Stripe's
    /// `Stripe-Should-Retry`); `nil` for APIs that send none.
    public var retryAdviceHeader: String?
    /// Where the requests go that name a server of their own (``APIRequest/server``), by that server's URL as the
    /// spec has it (Stripe's file uploads name `https://files.stripe.com/`); one not listed is used as it is.
    public var servers: [String: URL] = [:]
    /// The slots of ``ClientConfiguration/maxConcurrentRequests``, shared by the copies of this client.
    private let slots: RequestSlots

    public init(
        serverURL: URL,
        transport: any ClientTransport,
        middlewares: [any ClientMiddleware] = [],
        authorization: Authorization? = nil,
        headers: HTTPFields = HTTPFields(),
        configuration: ClientConfiguration = ClientConfiguration()
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.authorization = authorization
        self.headers = headers
        self.configuration = configuration
        self.slots = RequestSlots(limit: configuration.maxConcurrentRequests)
    }

    /// Sets a header sent with every request; `nil` removes it.
    public mutating func setHeader(_ name: String, _ value: (some CustomStringConvertible)?) {
        guard let field = HTTPField.Name(name) else { return }
        headers[field] = value?.description
    }

    /// Sends `request` and decodes a success response as `Response`; anything else throws `APIError<ErrorBody>`.
    public func send<Response: Decodable, ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        returning: Response.Type,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) -> Response {
        let (data, requestID, _, status) = try await exchange(request, options: options, errorBody: errorBody)
        // An optional response (a spec with a 204 beside its 200) is `nil` when the body is empty.
        if data.isEmpty, let empty = (Response.self as? any EmptyBodyDecodable.Type)?.emptyBody as? Response {
            return empty
        }
        do {
            // A response whose successes differ by status picks its body by the status, as error bodies do.
            let decoder = JSONCoding.decoder()
            decoder.userInfo[Self.responseStatusKey] = status
            return try decoder.decode(Response.self, from: data)
        } catch {
            throw APIError(reason: .decoding, requestID: requestID, rawBody: data, underlying: error)
        }
    }

    /// Fetches the page a list's link points at (``LinkPaging``): `link` is relative to ``serverURL`` or an absolute
    /// URL under it. A link to anywhere else is refused, so that credentials never leave the API's server.
    public func follow<Response: Decodable, ErrorBody: Decodable & Sendable>(
        _ link: String,
        options: RequestOptions,
        returning: Response.Type,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) -> Response {
        let base = serverURL.absoluteString.hasSuffix("/") ? serverURL.absoluteString : serverURL.absoluteString + "/"
        guard let resolved = URL(string: link, relativeTo: URL(string: base))?.absoluteString,
            resolved.hasPrefix(base) || resolved + "/" == base
        else {
            throw APIError(reason: .transport, underlying: LinkOutsideServer(link: link, serverURL: serverURL))
        }
        let path = "/" + resolved.dropFirst(base.count)
        return try await send(
            APIRequest(method: .get, path: path, operationID: "followLink"), options: options, returning: returning,
            errorBody: errorBody)
    }

    /// A list's link to its next page points away from the client's server.
    public struct LinkOutsideServer: Error, CustomStringConvertible {
        public var link: String
        public var serverURL: URL

        public var description: String { "the next page's link \(link) is not under the server URL \(serverURL)" }
    }

    /// Sends `request` and returns a success response's body as it came, with its media type (images, files).
    public func send<ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        returning: BinaryBody.Type,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) -> BinaryBody {
        let (data, _, contentType, _) = try await exchange(request, options: options, errorBody: errorBody)
        return BinaryBody(data: data, contentType: contentType)
    }

    /// Sends `request` whose success response has no body to decode.
    public func send<ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) {
        _ = try await exchange(request, options: options, errorBody: errorBody)
    }

    /// Sends the request, retrying as ``configuration`` says, and returns the body of a 2xx response with the
    /// request id, its media type and the status.
    private func exchange<ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) -> (data: Data, requestID: String?, contentType: String?, status: Int) {
        var httpRequest = prepare(request, options: options)
        let retries = RetryDecision(
            configuration: configuration, maxRetries: options.maxRetries ?? configuration.maxRetries,
            adviceHeader: retryAdviceHeader.flatMap { HTTPField.Name($0) })
        // One key for every attempt, so that the server applies a POST once however often it arrives: retried by
        // this client, or sent again by a transport below it (URLSession on Linux repeats a request whose reused
        // connection closed), also with retries turned off.
        if RetryDecision.keyedMethods.contains(httpRequest.method),
            httpRequest.headerFields[RetryDecision.idempotencyKey] == nil
        {
            httpRequest.headerFields[RetryDecision.idempotencyKey] = UUID().uuidString.lowercased()
        }
        let timeout = options.timeout ?? configuration.timeout
        let tokens = authorization?.tokenProvider
        let logger = configuration.logger
        var retry = 1
        // What identifies the attempt in logs: never headers, query or body. Built only when a line is logged.
        func metadata(_ extra: Logger.Metadata = [:]) -> Logger.Metadata {
            let fields: Logger.Metadata = [
                "operation": "\(request.operationID)", "method": "\(httpRequest.method.rawValue)",
                "path": "\(request.path.prefix { $0 != "?" })", "attempt": "\(retry)",
            ]
            return fields.merging(extra) { _, new in new }
        }
        var renewedToken = false
        while true {
            let failure: APIError<ErrorBody>
            let outcome: RetryDecision.Outcome
            let start = ContinuousClock.now
            do {
                // Nothing is sent for a call cancelled before its attempt starts, whatever the transport.
                try Task.checkCancellation()
                var attemptRequest = httpRequest
                let token = try await tokens?.token()
                if let token { attemptRequest.headerFields[.authorization] = "Bearer \(token)" }
                logger.debug("sending", metadata: metadata())
                let (response, data) = try await slots.withSlot {
                    try await withDeadline(timeout, on: configuration.clock) { [self, attemptRequest] in
                        try await send(
                            attemptRequest, body: request.body, to: serverURL(for: request),
                            operationID: request.operationID)
                    }
                }
                let requestID = response.headerFields[Self.requestID] ?? response.headerFields[Self.xRequestID]
                logger.debug(
                    "answered",
                    metadata: metadata([
                        "status": "\(response.status.code)", "request_id": "\(requestID ?? "none")",
                        "duration_ms": "\((ContinuousClock.now - start).milliseconds)",
                    ]))
                if response.status.kind == .successful {
                    return (data, requestID, response.headerFields[.contentType], response.status.code)
                }
                // A refused token is replaced once, at once: it may have been revoked or expired early.
                if response.status == .unauthorized, let tokens, let token, !renewedToken {
                    await tokens.invalidate(token)
                    renewedToken = true
                    continue
                }
                let decoder = JSONCoding.decoder()
                decoder.userInfo[Self.responseStatusKey] = response.status.code
                let decoded = try? decoder.decode(ErrorBody.self, from: data)
                failure = APIError(
                    reason: .status(response.status.code), requestID: requestID, body: decoded, rawBody: data)
                outcome = .response(response)
            } catch let error as ClientCredentials.TokenRequestFailed {
                throw APIError(reason: .authentication, underlying: error)
            } catch is CancellationError {
                throw APIError(reason: .cancelled)
            } catch let redirect as CrossOriginRedirect {
                throw APIError(reason: .redirected(location: redirect.location))
            } catch let error as TooManyRedirects {
                throw APIError(reason: .transport, underlying: error)
            } catch let error as ResponseTooLarge {
                throw APIError(reason: .responseTooLarge, underlying: error)
            } catch is DeadlineExceeded {
                failure = APIError(reason: .timeout)
                outcome = .noResponse
            } catch {
                if Task.isCancelled { throw APIError(reason: .cancelled, underlying: error) }
                failure = APIError(reason: .transport, underlying: error)
                outcome = .noResponse
            }
            guard let delay = retries.delay(beforeRetry: retry, of: httpRequest, after: outcome) else {
                throw failure
            }
            logger.info(
                "retrying",
                metadata: metadata([
                    "reason": "\(failure.reason)", "retry": "\(retry) of \(retries.maxRetries)",
                    "delay_ms": "\(delay.milliseconds)",
                ]))
            retry += 1
            do {
                try await configuration.clock.sleep(for: delay)
            } catch {
                throw APIError(reason: .cancelled)
            }
        }
    }

    /// One attempt: the response and its whole body, after the redirects on the API's origin (``Redirect``).
    private func send(
        _ request: HTTPRequest, body: Data?, to serverURL: URL, operationID: String
    ) async throws -> (HTTPResponse, Data) {
        var hop = Redirect(serverURL: Self.withoutTrailingSlash(serverURL), request: request, body: body)
        let credentials = authorization?.header.flatMap { HTTPField.Name($0.name) }.map { [$0] } ?? []
        for _ in 0...Redirect.maxRedirects {
            let (response, responseBody) = try await call(
                hop.request, body: hop.body.map { HTTPBody($0) }, to: hop.serverURL, operationID: operationID)
            var data = Data()
            if let responseBody { data = try await Self.collect(responseBody, upTo: configuration.maxResponseSize) }
            guard
                let next = try Redirect.following(
                    response, to: hop.request, at: hop.serverURL, body: hop.body,
                    policy: configuration.crossOriginRedirects, credentials: credentials,
                    credentialQuery: authorization?.queryItem?.name)
            else { return (response, data) }
            hop = next
        }
        throw TooManyRedirects()
    }

    /// The whole body, or ``ResponseTooLarge`` as soon as it is known to be over `limit` bytes: from its declared
    /// length, or while it arrives, so that no more than `limit` bytes are ever held.
    private static func collect(_ body: HTTPBody, upTo limit: Int) async throws -> Data {
        if case .known(let length) = body.length, length > limit { throw ResponseTooLarge(limit: limit) }
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= limit else { throw ResponseTooLarge(limit: limit) }
            data.append(contentsOf: chunk)
        }
        return data
    }

    private static let requestID = HTTPField.Name("Request-Id")!
    private static let xRequestID = HTTPField.Name("X-Request-Id")!

    /// The request as sent: query, headers, authorization and per-call options applied.
    private func prepare(_ request: APIRequest, options: RequestOptions) -> HTTPRequest {
        var path = request.path
        var query = request.query
        if let secret = authorization?.queryItem { query.append(secret) }
        if !query.isEmpty {
            path +=
                "?"
                + query.map {
                    // Brackets in names are encoded too (`expand%5B%5D`): URL parsers that meet a bare `[` in a
                    // query re-encode the whole query, which would send `%40` as `%2540`.
                    PercentEncoding.queryComponent($0.name) + "=" + PercentEncoding.queryComponent($0.value)
                }.joined(separator: "&")
        }
        var fields = headers
        for field in request.headers { fields[field.name] = field.value }
        if let secret = authorization?.header, let name = HTTPField.Name(secret.name) { fields[name] = secret.value }
        if let key = options.idempotencyKey { fields[HTTPField.Name("Idempotency-Key")!] = key }
        for (name, value) in options.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        if fields[.accept] == nil { fields[.accept] = "application/json" }
        return HTTPRequest(
            method: request.method.httpTypes,
            scheme: nil,
            authority: nil,
            path: path,
            headerFields: fields
        )
    }

    /// The transport behind the middlewares, first middleware outermost.
    private func call(
        _ request: HTTPRequest, body: HTTPBody?, to serverURL: URL, operationID: String
    ) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            [transport] request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: inner)
            }
        }
        return try await next(request, body, serverURL)
    }

    /// The server a request goes to: the one it names, as ``servers`` maps it, or ``serverURL``.
    private func serverURL(for request: APIRequest) -> URL {
        guard let server = request.server else { return serverURL }
        return servers[server] ?? URL(string: server) ?? serverURL
    }

    /// `serverURL` without the slash its path may end in, since every request's path starts with one: requests to
    /// `https://api.stripe.com/` go to `/v1/…`, not `//v1/…`.
    private static func withoutTrailingSlash(_ serverURL: URL) -> URL {
        guard var components = URLComponents(url: serverURL, resolvingAgainstBaseURL: false),
            components.percentEncodedPath.hasSuffix("/")
        else { return serverURL }
        while components.percentEncodedPath.hasSuffix("/") { components.percentEncodedPath.removeLast() }
        return components.url ?? serverURL
    }
}

extension Duration {
    /// Whole milliseconds, for log metadata.
    fileprivate var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}

/// A response type that an empty body decodes to: `Optional`, as `nil`.
protocol EmptyBodyDecodable {
    static var emptyBody: Self { get }
}

extension Optional: EmptyBodyDecodable {
    static var emptyBody: Self { nil }
}
