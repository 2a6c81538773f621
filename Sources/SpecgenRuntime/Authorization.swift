import Foundation

/// How requests authenticate, as the spec's security schemes describe it. The secret never appears in
/// `description`, so it cannot reach a log line by accident.
public struct Authorization: Sendable, CustomStringConvertible {
    enum Scheme: Sendable {
        case bearer(String)
        case basic(user: String, password: String)
        case apiKeyHeader(String, name: String)
        case apiKeyQuery(String, name: String)
    }

    let scheme: Scheme

    /// `Authorization: Bearer <token>`.
    public static func bearer(_ token: String) -> Authorization { Authorization(scheme: .bearer(token)) }

    /// `Authorization: Basic base64(user:password)`.
    public static func basic(user: String, password: String) -> Authorization {
        Authorization(scheme: .basic(user: user, password: password))
    }

    /// An API key sent in the header `name`, such as `X-Zoo-Key`.
    public static func apiKey(_ key: String, header name: String) -> Authorization {
        Authorization(scheme: .apiKeyHeader(key, name: name))
    }

    /// An API key sent as the query parameter `name`.
    public static func apiKey(_ key: String, query name: String) -> Authorization {
        Authorization(scheme: .apiKeyQuery(key, name: name))
    }

    /// The header that carries the secret, by name and value; `nil` when it travels in the query.
    var header: (name: String, value: String)? {
        switch scheme {
        case .bearer(let token): ("Authorization", "Bearer \(token)")
        case .basic(let user, let password):
            ("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
        case .apiKeyHeader(let key, let name): (name, key)
        case .apiKeyQuery: nil
        }
    }

    /// The query parameter that carries the secret; `nil` when it travels in a header.
    var queryItem: (name: String, value: String)? {
        guard case .apiKeyQuery(let key, let name) = scheme else { return nil }
        return (name, key)
    }

    public var description: String {
        switch scheme {
        case .bearer: "Authorization(bearer: <redacted>)"
        case .basic(let user, _): "Authorization(basic: \(user), <redacted>)"
        case .apiKeyHeader(_, let name): "Authorization(apiKey in header \(name): <redacted>)"
        case .apiKeyQuery(_, let name): "Authorization(apiKey in query \(name): <redacted>)"
        }
    }
}
