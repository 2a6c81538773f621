import Foundation
import OpenAPIRuntime
import OpenAPIURLSession

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension APIClient {
    /// The transport clients use unless given another: URLSession, on a session that leaves redirects to the client
    /// (``APIClient`` follows those on the API's origin and refuses the others, so no credential leaves it).
    public static var defaultTransport: any ClientTransport {
        URLSessionTransport(configuration: .init(session: RedirectRefusingSession.shared))
    }
}

/// A URLSession that hands every redirect back as the response it is, instead of following it with the request's
/// headers (and so its credentials) to wherever `Location` points, and that opens as many connections per host as a
/// client sends requests at once (``ClientConfiguration/defaultMaxConcurrentRequests``; URLSession's own default is 6).
enum RedirectRefusingSession {
    static let shared: URLSession = {
        let configuration = URLSessionConfiguration.default
        configuration.httpMaximumConnectionsPerHost = ClientConfiguration.defaultMaxConcurrentRequests
        return URLSession(configuration: configuration, delegate: Delegate(), delegateQueue: nil)
    }()

    private final class Delegate: NSObject, URLSessionTaskDelegate, Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }
}
