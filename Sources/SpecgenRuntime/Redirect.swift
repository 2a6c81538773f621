import Foundation
import HTTPTypes

/// A redirect response and what the client does with it: follow it on the API's origin, refuse it to another one
/// (``ClientConfiguration/CrossOriginRedirects``), as browsers and Stripe's SDKs keep credentials on their origin.
struct Redirect {
    /// Where the request goes next: the origin (`https://api.example.com:8443`) and the path with its query.
    var serverURL: URL
    var request: HTTPRequest
    var body: Data?

    /// The most redirects one attempt follows.
    static let maxRedirects = 5

    /// The statuses that redirect when they carry a `Location`.
    private static let statuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The request to send after `response` to `request` (sent to `serverURL` with `body`), or `nil` when the response
    /// is no redirect. Throws ``CrossOriginRedirect`` for another origin unless `policy` follows it, which removes
    /// the `credentials` headers, the `credentialQuery` parameter and the idempotency key.
    static func following(
        _ response: HTTPResponse, to request: HTTPRequest, at serverURL: URL, body: Data?,
        policy: ClientConfiguration.CrossOriginRedirects, credentials: [HTTPField.Name], credentialQuery: String?
    ) throws -> Redirect? {
        guard statuses.contains(response.status.code), let location = response.headerFields[.location],
            let current = URL(string: serverURL.absoluteString + (request.path ?? "/")),
            let target = URL(string: location, relativeTo: current)?.absoluteURL,
            let targetOrigin = origin(of: target), let targetServer = server(of: target)
        else { return nil }
        var next = Redirect(serverURL: targetServer, request: request, body: body)
        var components = URLComponents(url: target, resolvingAgainstBaseURL: true)
        if origin(of: current) != targetOrigin {
            guard policy == .followWithoutCredentials else {
                throw CrossOriginRedirect(location: target.absoluteString)
            }
            for name in credentials + [.authorization, RetryDecision.idempotencyKey] {
                next.request.headerFields[name] = nil
            }
            if let credentialQuery, let items = components?.percentEncodedQueryItems {
                let kept = items.filter { $0.name.removingPercentEncoding != credentialQuery }
                components?.percentEncodedQueryItems = kept.isEmpty ? nil : kept
            }
        }
        let code = response.status.code
        if code == 303 || ((code == 301 || code == 302) && request.method == .post) {
            next.request.method = .get
            next.body = nil
            next.request.headerFields[.contentType] = nil
        }
        let path = components?.percentEncodedPath ?? "/"
        next.request.path = (path.isEmpty ? "/" : path) + (components?.percentEncodedQuery.map { "?" + $0 } ?? "")
        return next
    }

    /// `scheme://host:port` of `url`, the port spelled out (80 and 443 when the URL leaves them implied), so that two
    /// spellings of one origin compare equal.
    private static func origin(of url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased() else { return nil }
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
        return "\(scheme)://\(host):\(port)"
    }

    /// The server part of `url` (scheme, host and the port it gives), where the transport sends the next path.
    private static func server(of url: URL) -> URL? {
        var components = URLComponents()
        components.scheme = url.scheme
        components.host = url.host
        components.port = url.port
        return components.url
    }
}

/// A redirect to another origin that the client refused to follow.
struct CrossOriginRedirect: Error {
    var location: String
}

/// More redirects in a row than ``Redirect/maxRedirects``.
public struct TooManyRedirects: Error, CustomStringConvertible {
    public var description: String { "more than \(Redirect.maxRedirects) redirects in a row" }
}
