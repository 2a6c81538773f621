import Foundation
import HTTPTypes

/// One request a generated operation makes: method, path (already percent-encoded), query, headers and body.
public struct APIRequest: Sendable {
    public var method: HTTPMethod
    /// The path with its parameters filled in and percent-encoded, such as `/v2/core/event_destinations/ed_1/ping`.
    public var path: String
    /// Query items in order; names and values are percent-encoded when the request is sent.
    public var query: [(name: String, value: String)] = []
    public var headers = HTTPFields()
    public var body: Data?
    /// The spec's `operationId` (or a name derived from method and path), passed to transports and middlewares.
    public var operationID: String
    /// The server the operation names instead of the API's, as the spec writes it; the client's
    /// ``APIClient/servers`` say where it is.
    public var server: String?

    public init(method: HTTPMethod, path: String, operationID: String, server: String? = nil) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.server = server
    }

    /// Adds a query item; `nil` adds nothing.
    public mutating func addQuery(_ name: String, _ value: (some CustomStringConvertible)?) {
        guard let value else { return }
        query.append((name, value.description))
    }

    /// Adds a `form`-style array: `name=a&name=b` exploded, `name=a,b` not.
    public mutating func addQuery(_ name: String, _ values: [some CustomStringConvertible]?, explode: Bool = true) {
        guard let values, !values.isEmpty else { return }
        if explode {
            for value in values { query.append((name, value.description)) }
        } else {
            query.append((name, values.map(\.description).joined(separator: ",")))
        }
    }

    /// Adds a `deepObject` parameter: `created[gte]=1&created[lte]=2`, `expand[]=a&expand[]=b`; `nil` adds nothing.
    public mutating func addQuery<ErrorBody>(
        deepObject name: String,
        _ value: (some Encodable)?,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) {
        guard let value else { return }
        do {
            query += try FormEncoder(arrayKeys: .empty).fields(name, value)
        } catch {
            throw APIError(reason: .encoding, underlying: error)
        }
    }

    /// Sends a `multipart/form-data` body with the parts `build` appends.
    public mutating func setMultipartBody<ErrorBody>(
        errorBody: ErrorBody.Type,
        _ build: (inout MultipartForm) throws -> Void
    ) throws(APIError<ErrorBody>) {
        var form = MultipartForm()
        do {
            try build(&form)
        } catch {
            throw APIError(reason: .encoding, underlying: error)
        }
        body = form.body
        headers[.contentType] = form.contentType
    }

    /// Encodes `value` as an `application/x-www-form-urlencoded` body with Stripe's nesting. A POST, PUT or PATCH
    /// whose body the caller left out (`nil`) is sent with an empty one, as form APIs expect the media type on every
    /// write; other methods send none.
    public mutating func setFormBody<ErrorBody>(
        _ value: (some Encodable)?,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) {
        guard let value else {
            guard [.post, .put, .patch].contains(method) else { return }
            body = Data()
            headers[.contentType] = "application/x-www-form-urlencoded"
            return
        }
        do {
            body = try FormEncoder().body(value)
        } catch {
            throw APIError(reason: .encoding, underlying: error)
        }
        headers[.contentType] = "application/x-www-form-urlencoded"
    }

    /// Sends `bytes` as they are, as a body of the media type `contentType` (`application/octet-stream`, `text/csv`).
    public mutating func setBody(_ bytes: Data, contentType: String) {
        body = bytes
        headers[.contentType] = contentType
    }

    /// Sets a header; `nil` sets nothing.
    public mutating func setHeader(_ name: String, _ value: (some CustomStringConvertible)?) {
        guard let value, let field = HTTPField.Name(name) else { return }
        headers[field] = value.description
    }

    /// Encodes `value` as the JSON body.
    public mutating func setJSONBody<ErrorBody>(
        _ value: some Encodable,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) {
        do {
            body = try JSONCoding.encoder().encode(value)
        } catch {
            throw APIError(reason: .encoding, underlying: error)
        }
        headers[.contentType] = "application/json"
    }
}

/// The HTTP methods OpenAPI operations use.
public enum HTTPMethod: String, Sendable {
    case get = "GET", put = "PUT", post = "POST", delete = "DELETE", options = "OPTIONS", head = "HEAD"
    case patch = "PATCH", trace = "TRACE"

    var httpTypes: HTTPRequest.Method { HTTPRequest.Method(rawValue)! }
}

/// Percent-encoding for the parts of a URL that generated code fills in.
public enum PercentEncoding {
    /// RFC 3986 unreserved characters: the only ones left as they are in a path segment or query component.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A path parameter's value as one path segment: `a/b c` → `a%2Fb%20c`.
    public static func pathSegment(_ value: some CustomStringConvertible) -> String {
        value.description.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A query name or value.
    public static func queryComponent(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A form or query field name: like a query component, but `[` and `]` stay as they are (`metadata[order]`).
    public static func formName(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: "[]"))) ?? ""
    }
}
