import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// OAuth 2 client credentials (RFC 6749 §4.4), as Personio's API takes them: the client ID and secret are exchanged
/// at the token endpoint (`POST /v2/auth/token`, or v1's `POST /v1/auth`, a form body) for a bearer token, which is
/// cached until shortly
/// before it expires. Calls that need a token while one is being fetched wait for that one: however many race, one
/// request goes to the token endpoint.
public actor ClientCredentials: AccessTokenProvider {
    private let tokenURL: URL
    private let clientID: String
    private let clientSecret: String
    private let scope: String?
    private let transport: any ClientTransport
    private let refreshMargin: Duration
    private let logger: Logger
    private var cached: (token: String, expires: ContinuousClock.Instant)?
    private var fetching: Task<(token: String, expires: ContinuousClock.Instant), any Error>?

    /// - Parameters:
    ///   - tokenURL: The token endpoint, such as `https://api.personio.de/v2/auth/token`.
    ///   - refreshMargin: How long before its expiry a token is replaced.
    public init(
        tokenURL: URL,
        clientID: String,
        clientSecret: String,
        scope: String? = nil,
        transport: any ClientTransport = APIClient.defaultTransport,
        refreshMargin: Duration = .seconds(60),
        logger: Logger = Logger(label: "specgen.client", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scope = scope
        self.transport = transport
        self.refreshMargin = refreshMargin
        self.logger = logger
    }

    public func token() async throws -> String {
        if let cached, ContinuousClock.now < cached.expires { return cached.token }
        if let fetching { return try await fetching.value.token }
        let task = Task { [tokenURL, clientID, clientSecret, scope, transport, refreshMargin] in
            try await Self.fetch(
                tokenURL, clientID: clientID, clientSecret: clientSecret, scope: scope, transport: transport,
                refreshMargin: refreshMargin)
        }
        fetching = task
        defer { fetching = nil }
        logger.debug("fetching an access token", metadata: ["token_url": "\(tokenURL.absoluteString)"])
        let fetched = try await task.value
        cached = fetched
        logger.debug("fetched an access token")
        return fetched.token
    }

    public func invalidate(_ token: String) {
        if cached?.token == token { cached = nil }
    }

    /// The token endpoint answered with something other than a token.
    public struct TokenRequestFailed: Error, CustomStringConvertible {
        /// The HTTP status of the token endpoint's answer.
        public var status: Int
        /// What it answered, for the error's description (never the credentials: they are not echoed).
        public var body: String

        public var description: String { "the token endpoint answered HTTP \(status): \(body.prefix(300))" }
    }

    /// OAuth 2's `{"access_token", "expires_in"}`, or Personio v1's `POST /auth` envelope,
    /// `{"success": true, "data": {"token", "expires_in"}}`.
    private struct TokenResponse: Decodable {
        var accessToken: String
        var expiresIn: Double?

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token"
            case token
            case expiresIn = "expires_in"
            case data
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if container.contains(.accessToken) {
                accessToken = try container.decode(String.self, forKey: .accessToken)
                expiresIn = try container.decodeIfPresent(Double.self, forKey: .expiresIn)
            } else {
                let data = try container.nestedContainer(keyedBy: CodingKeys.self, forKey: .data)
                accessToken = try data.decode(String.self, forKey: .token)
                expiresIn = try data.decodeIfPresent(Double.self, forKey: .expiresIn)
            }
        }
    }

    private static func fetch(
        _ tokenURL: URL,
        clientID: String,
        clientSecret: String,
        scope: String?,
        transport: any ClientTransport,
        refreshMargin: Duration
    ) async throws -> (token: String, expires: ContinuousClock.Instant) {
        var components = URLComponents(url: tokenURL, resolvingAgainstBaseURL: false) ?? URLComponents()
        let path = components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        components.path = ""
        components.query = nil
        let baseURL = components.url ?? tokenURL
        var fields: [(String, String)] = [
            ("grant_type", "client_credentials"), ("client_id", clientID), ("client_secret", clientSecret),
        ]
        if let scope { fields.append(("scope", scope)) }
        let body = fields.map { PercentEncoding.formName($0.0) + "=" + PercentEncoding.queryComponent($0.1) }
            .joined(separator: "&")
        let request = HTTPRequest(
            method: .post, scheme: nil, authority: nil, path: path,
            headerFields: [.contentType: "application/x-www-form-urlencoded", .accept: "application/json"])
        let requested = ContinuousClock.now
        let (response, responseBody) = try await transport.send(
            request, body: HTTPBody(body), baseURL: baseURL, operationID: "clientCredentialsToken")
        var data = Data()
        if let responseBody { data = try await Data(collecting: responseBody, upTo: 1 << 20) }
        guard response.status.kind == .successful,
            let token = try? JSONDecoder().decode(TokenResponse.self, from: data)
        else {
            throw TokenRequestFailed(status: response.status.code, body: String(decoding: data, as: UTF8.self))
        }
        let lifetime = Duration.milliseconds(Int((token.expiresIn ?? 3600) * 1000))
        return (token.accessToken, requested + max(.zero, lifetime - refreshMargin))
    }
}
