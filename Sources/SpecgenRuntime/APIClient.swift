import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession

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

    public init(
        serverURL: URL,
        transport: any ClientTransport,
        middlewares: [any ClientMiddleware] = [],
        authorization: Authorization? = nil,
        headers: HTTPFields = HTTPFields()
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.authorization = authorization
        self.headers = headers
    }

    /// The transport clients use unless given another: URLSession.
    public static var defaultTransport: any ClientTransport { URLSessionTransport() }

    /// Sets a header sent with every request; `nil` removes it.
    public mutating func setHeader(_ name: String, _ value: String?) {
        guard let field = HTTPField.Name(name) else { return }
        headers[field] = value
    }

    /// Sends `request` and decodes a success response as `Response`; anything else throws `APIError<ErrorBody>`.
    public func send<Response: Decodable, ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        returning: Response.Type,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) -> Response {
        let (data, requestID) = try await exchange(request, options: options, errorBody: errorBody)
        do {
            return try JSONCoding.decoder().decode(Response.self, from: data)
        } catch {
            throw APIError(reason: .decoding, requestID: requestID, rawBody: data, underlying: error)
        }
    }

    /// Sends `request` whose success response has no body to decode.
    public func send<ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) {
        _ = try await exchange(request, options: options, errorBody: errorBody)
    }

    /// Sends the request and returns the body of a 2xx response with the request id.
    private func exchange<ErrorBody: Decodable & Sendable>(
        _ request: APIRequest,
        options: RequestOptions,
        errorBody: ErrorBody.Type
    ) async throws(APIError<ErrorBody>) -> (Data, String?) {
        let (httpRequest, body) = prepare(request, options: options)
        let response: HTTPResponse
        let data: Data
        do {
            try Task.checkCancellation()
            let (received, receivedBody) = try await call(httpRequest, body: body, operationID: request.operationID)
            response = received
            if let receivedBody {
                data = try await Data(collecting: receivedBody, upTo: 64 << 20)
            } else {
                data = Data()
            }
        } catch is CancellationError {
            throw APIError(reason: .cancelled)
        } catch {
            if Task.isCancelled { throw APIError(reason: .cancelled, underlying: error) }
            throw APIError(reason: .transport, underlying: error)
        }
        let requestID =
            response.headerFields[HTTPField.Name("Request-Id")!]
            ?? response.headerFields[HTTPField.Name("X-Request-Id")!]
        guard response.status.kind == .successful else {
            let decoded = try? JSONCoding.decoder().decode(ErrorBody.self, from: data)
            throw APIError(reason: .status(response.status.code), requestID: requestID, body: decoded, rawBody: data)
        }
        return (data, requestID)
    }

    private func prepare(_ request: APIRequest, options: RequestOptions) -> (HTTPRequest, HTTPBody?) {
        var path = request.path
        var query = request.query
        if let secret = authorization?.queryItem { query.append(secret) }
        if !query.isEmpty {
            path +=
                "?"
                + query.map {
                    PercentEncoding.formName($0.name) + "=" + PercentEncoding.queryComponent($0.value)
                }.joined(separator: "&")
        }
        var fields = headers
        for field in request.headers { fields[field.name] = field.value }
        if let secret = authorization?.header, let name = HTTPField.Name(secret.name) { fields[name] = secret.value }
        if let key = options.idempotencyKey { fields[HTTPField.Name("Idempotency-Key")!] = key }
        if let account = options.stripeAccount { fields[HTTPField.Name("Stripe-Account")!] = account }
        for (name, value) in options.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        if fields[.accept] == nil { fields[.accept] = "application/json" }
        let httpRequest = HTTPRequest(
            method: request.method.httpTypes,
            scheme: nil,
            authority: nil,
            path: path,
            headerFields: fields
        )
        return (httpRequest, request.body.map { HTTPBody($0) })
    }

    /// The transport behind the middlewares, first middleware outermost.
    private func call(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> (
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
}
