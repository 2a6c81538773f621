import Foundation

/// The one error generated operations throw. `Body` is the API's error body type (Stripe's `V2Error`,
/// Personio's problem details), decoded when the response carries one.
public struct APIError<Body: Sendable>: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The server answered with a status that is not a success.
        case status(Int)
        /// The request never got a response: connection refused, reset, DNS, TLS.
        case transport
        /// No complete response arrived within the timeout (``ClientConfiguration/timeout``).
        case timeout
        /// No token could be had for the request: the token endpoint refused the credentials.
        case authentication
        /// A success response whose body does not decode as the operation's response type.
        case decoding
        /// The request body could not be encoded (a `Double` that is not finite, for example).
        case encoding
        /// The calling task was cancelled.
        case cancelled
        /// The server redirected the request to another origin (scheme, host or port), which is not followed, so that
        /// no credential leaves the API's server (``ClientConfiguration/crossOriginRedirects``). `location` is where
        /// it pointed.
        case redirected(location: String)
        /// A success response larger than ``ClientConfiguration/maxResponseSize``; never retried.
        case responseTooLarge
        /// Auto-paging stopped: the pages led back to one already fetched, or did not end (``PagingStopped``, in
        /// ``underlying``).
        case paging
        /// A fake of a resource's protocol (`EventDestinationsAPI`) was asked for an operation it does not implement.
        /// `operation` names it (`v2.core.eventDestinations.retrieve`). A generated client never throws this.
        case unimplemented(operation: String)
    }

    public var reason: Reason
    /// The request id the server sent (`Request-Id` or `X-Request-Id`), for support requests.
    public var requestID: String?
    /// The decoded error body; `nil` when there was none or it did not decode (see ``rawBody``).
    public var body: Body?
    /// The response body as received.
    public var rawBody: Data
    /// What went wrong underneath: the transport's error, or the `DecodingError` with its coding path.
    public var underlying: (any Error)?

    public init(
        reason: Reason, requestID: String? = nil, body: Body? = nil, rawBody: Data = Data(),
        underlying: (any Error)? = nil
    ) {
        self.reason = reason
        self.requestID = requestID
        self.body = body
        self.rawBody = rawBody
        self.underlying = underlying
    }

    /// The HTTP status, when a response arrived.
    public var status: Int? {
        if case .status(let status) = reason { return status }
        return nil
    }

    /// For a response that did not decode: where in the body decoding failed, such as `data[3].created`.
    public var codingPath: String? {
        guard reason == .decoding, let error = underlying as? DecodingError else { return nil }
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            return nil
        }
        return path.reduce(into: "") { text, key in
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }

    public var description: String {
        var text: String
        switch reason {
        case .status(let status): text = "HTTP \(status)"
        case .transport: text = "transport failure"
        case .timeout: text = "timed out"
        case .authentication: text = "no access token"
        case .decoding: text = "the response did not decode"
        case .encoding: text = "the request body did not encode"
        case .cancelled: text = "cancelled"
        case .redirected(let location): text = "redirected to another origin, \(location), which is not followed"
        case .responseTooLarge: text = "the response is larger than the client accepts"
        case .paging: text = "auto-paging stopped"
        case .unimplemented(let operation): text = "\(operation) is not implemented by this fake"
        }
        if let requestID { text += " (request \(requestID))" }
        if let codingPath { text += " at \(codingPath.isEmpty ? "the top level" : codingPath)" }
        if let underlying { text += ": \(underlying)" }
        if body == nil, !rawBody.isEmpty { text += "; body: " + String(decoding: rawBody.prefix(500), as: UTF8.self) }
        return text
    }
}
