import Foundation
import Logging

/// How a client retries failed requests and how long it waits for an answer, as Stripe's official SDKs do:
/// connection errors, timeouts, 409, 429 and 5xx are retried with exponential backoff and jitter, `Retry-After` (and
/// the API's retry-advice header, such as Stripe's `Stripe-Should-Retry`) is honoured, and only requests that are safe
/// to repeat are repeated.
public struct ClientConfiguration: Sendable {
    /// Retries after the first attempt; 0 turns retrying off. Stripe's SDKs retry twice.
    public var maxRetries: Int
    /// The delay before the first retry, doubled for each further one up to ``maxRetryDelay``; each delay is then
    /// shortened by a random part of up to half (jitter), so that many clients do not retry in step.
    public var initialRetryDelay: Duration
    /// The longest delay between two attempts that the backoff computes.
    public var maxRetryDelay: Duration
    /// The longest `Retry-After` a retry waits for; a server asking for more gets no retry, and the error is thrown.
    public var maxRetryAfter: Duration
    /// How long one attempt may take, from sending the request to the last byte of the response. An attempt that waits
    /// for one of the ``maxConcurrentRequests`` starts counting when it has one.
    public var timeout: Duration
    /// How many attempts a client has in flight at once (64 by default); more calls wait, in order, until one ends,
    /// with their timeout not yet running. The default transport opens up to 64 connections per host; a higher
    /// limit needs a transport with a larger pool, or the wait moves into the transport's queue.
    public var maxConcurrentRequests: Int
    /// What a redirect to another origin (scheme, host or port) does. Redirects on the API's own origin are followed
    /// (307 and 308 with the method and body, 303 and a POST's 301 or 302 as a GET).
    public var crossOriginRedirects: CrossOriginRedirects
    /// The largest response body accepted, in bytes (64 MiB by default); a larger one fails the call with
    /// ``APIError/Reason/responseTooLarge`` and is not fetched again.
    public var maxResponseSize: Int
    /// The clock that backoff delays, `Retry-After` waits and timeouts are measured on: `ContinuousClock` unless a
    /// test passes a clock it moves itself, so that delays are asserted exactly and take no time.
    public var clock: any Clock<Duration>
    /// Where the client logs: each attempt and its answer at `debug`, each retry at `info`, with the operation,
    /// method, path, status, request id and timing as metadata. Headers, query strings and bodies are never logged,
    /// so credentials and secrets cannot reach a log line. Logs nothing unless given a logger.
    public var logger: Logger

    public init(
        maxRetries: Int = 2,
        initialRetryDelay: Duration = .milliseconds(500),
        maxRetryDelay: Duration = .seconds(5),
        maxRetryAfter: Duration = .seconds(60),
        timeout: Duration = .seconds(80),
        maxConcurrentRequests: Int = ClientConfiguration.defaultMaxConcurrentRequests,
        crossOriginRedirects: CrossOriginRedirects = .refuse,
        maxResponseSize: Int = 64 << 20,
        clock: any Clock<Duration> = ContinuousClock(),
        logger: Logger = Logger(label: "specgen.client", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.maxRetries = maxRetries
        self.initialRetryDelay = initialRetryDelay
        self.maxRetryDelay = maxRetryDelay
        self.maxRetryAfter = maxRetryAfter
        self.timeout = timeout
        self.maxConcurrentRequests = maxConcurrentRequests
        self.crossOriginRedirects = crossOriginRedirects
        self.maxResponseSize = maxResponseSize
        self.clock = clock
        self.logger = logger
    }

    /// The default of ``maxConcurrentRequests``, and the connections per host the default transport opens.
    public static let defaultMaxConcurrentRequests = 64

    /// What a redirect to another origin does.
    public enum CrossOriginRedirects: Sendable, Equatable {
        /// The call fails with ``APIError/Reason/redirected(location:)``: nothing is sent to the other origin.
        case refuse
        /// The redirect is followed without the client's credentials (its authorization header or API-key header,
        /// and the API-key query parameter) and without the request's idempotency key.
        case followWithoutCredentials
    }
}
