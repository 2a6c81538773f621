import Foundation

/// How requests authenticate, as the spec's security schemes describe it. The secret never appears in
/// `description`, so it cannot reach a log line by accident.
public struct Authorization: Sendable, CustomStringConvertible {
    enum Scheme: Sendable {
        case bearer(String)
        case basic(user: String, password: String)
    }

    let scheme: Scheme

    /// `Authorization: Bearer <token>`.
    public static func bearer(_ token: String) -> Authorization { Authorization(scheme: .bearer(token)) }

    /// `Authorization: Basic base64(user:password)`.
    public static func basic(user: String, password: String) -> Authorization {
        Authorization(scheme: .basic(user: user, password: password))
    }

    /// The `Authorization` header value.
    var headerValue: String {
        switch scheme {
        case .bearer(let token): "Bearer \(token)"
        case .basic(let user, let password): "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
    }

    public var description: String {
        switch scheme {
        case .bearer: "Authorization(bearer: <redacted>)"
        case .basic(let user, _): "Authorization(basic: \(user), <redacted>)"
        }
    }
}
