import Foundation

/// Supplies the bearer tokens of ``Authorization/tokens(_:)``: fetched when needed, cached while valid.
public protocol AccessTokenProvider: Sendable {
    /// A token that is valid now, fetched when none is cached or the cached one expired.
    func token() async throws -> String
    /// The server refused `token` (HTTP 401): it is not used again.
    func invalidate(_ token: String) async
}
