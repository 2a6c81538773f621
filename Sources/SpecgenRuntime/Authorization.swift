import Foundation
import Logging

/// How requests authenticate, as the spec's security schemes describe it. The secret never appears in
/// `description`, so it cannot reach a log line by accident.
public struct Authorization: Sendable, CustomStringConvertible {
    enum Scheme: Sendable {
        case bearer(String)
        case basic(user: String, password: String)
        case apiKeyHeader(String, name: String)
        case apiKeyQuery(String, name: String)
        case tokens(any AccessTokenProvider)
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

    /// `Authorization: Bearer <token>` with tokens from `provider`, fetched when needed and refreshed after an
    /// HTTP 401 (one retry).
    public static func tokens(_ provider: any AccessTokenProvider) -> Authorization {
        Authorization(scheme: .tokens(provider))
    }

    /// Bearer tokens from OAuth 2 client credentials, as Personio's API wants them (see ``ClientCredentials``).
    public static func clientCredentials(
        tokenURL: URL,
        clientID: String,
        clientSecret: String,
        scope: String? = nil,
        transport: any Transport = APIClient.defaultTransport,
        logger: Logger = Logger(label: "specgen.client", factory: { _ in SwiftLogNoOpLogHandler() })
    ) -> Authorization {
        .tokens(
            ClientCredentials(
                tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret, scope: scope, transport: transport,
                logger: logger))
    }

    /// The provider of tokens, when they are fetched rather than given.
    var tokenProvider: (any AccessTokenProvider)? {
        if case .tokens(let provider) = scheme { return provider }
        return nil
    }

    /// The header that carries a fixed secret, by name and value; `nil` when it travels in the query or comes from a
    /// provider.
    var header: (name: String, value: String)? {
        switch scheme {
        case .bearer(let token): ("Authorization", "Bearer \(token)")
        case .basic(let user, let password):
            ("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
        case .apiKeyHeader(let key, let name): (name, key)
        case .apiKeyQuery, .tokens: nil
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
        case .tokens: "Authorization(bearer tokens from a provider)"
        }
    }
}
