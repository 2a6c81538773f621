/// Swift names for HTTP statuses, for error cases (`notFound`) and the types of error bodies.
enum StatusNames {
    /// Whether a response key stands for an error: 4XX, 5XX or `default`.
    static func isError(_ key: Responses.Key) -> Bool {
        switch key {
        case .status(let code): code >= 400
        case .range(let hundred): hundred >= 4
        case .default: true
        }
    }

    /// A status's reason phrase (RFC 9110) in Swift casing (`notFound`), `status418` for others; `clientError` and
    /// `serverError` for 4XX and 5XX, `other` for `default`.
    static func name(_ key: Responses.Key) -> String {
        switch key {
        case .status(let code): phrases[code] ?? "status\(code)"
        case .range(4): "clientError"
        case .range(5): "serverError"
        case .range(let hundred): "status\(hundred)XX"
        case .default: "other"
        }
    }

    private static let phrases: [Int: String] = [
        200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
        205: "resetContent", 206: "partialContent", 207: "multiStatus", 208: "alreadyReported", 226: "imUsed",
        400: "badRequest", 401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound",
        405: "methodNotAllowed", 406: "notAcceptable", 408: "requestTimeout", 409: "conflict", 410: "gone",
        412: "preconditionFailed", 413: "contentTooLarge", 415: "unsupportedMediaType", 422: "unprocessableContent",
        423: "locked", 428: "preconditionRequired", 429: "tooManyRequests", 500: "internalServerError",
        501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
    ]
}
