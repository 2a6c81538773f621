import Foundation
import HTTPTypes

/// Whether a failed attempt is tried again, and after how long: the rules of Stripe's SDKs, which fit any HTTP API.
struct RetryDecision {
    /// What the attempt ended with.
    enum Outcome {
        /// No response: the connection failed, was reset, or the attempt timed out.
        case noResponse
        /// A response that is not a success.
        case response(HTTPResponse)
    }

    let configuration: ClientConfiguration
    /// Retries the caller allows for this call (``RequestOptions/maxRetries`` or the client's).
    let maxRetries: Int
    /// The header whose `true` or `false` overrides the status (``APIClient/retryAdviceHeader``).
    var adviceHeader: HTTPField.Name?

    /// Methods whose repetition does what one request does.
    static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .put, .delete, .options, .trace]

    /// Methods that get an `Idempotency-Key` when the caller gave none, so that they can be retried safely.
    static let keyedMethods: Set<HTTPRequest.Method> = [.post, .delete]

    /// The delay before retry number `retry` (1 for the first), or `nil` when the attempt is not retried.
    func delay(
        beforeRetry retry: Int,
        of request: HTTPRequest,
        after outcome: Outcome,
        random: () -> Double = { Double.random(in: 0...1) }
    ) -> Duration? {
        guard retry <= maxRetries else { return nil }
        let repeatable =
            Self.idempotentMethods.contains(request.method) || request.headerFields[Self.idempotencyKey] != nil
        guard repeatable else { return nil }
        var retryAfter: Duration?
        switch outcome {
        case .noResponse:
            break
        case .response(let response):
            switch adviceHeader.flatMap({ response.headerFields[$0] })?.lowercased() {
            case "false": return nil
            case "true": break
            default:
                let status = response.status.code
                guard status == 409 || status == 429 || status >= 500 else { return nil }
            }
            if let value = response.headerFields[.retryAfter] {
                guard let wait = Self.retryAfter(value) else { break }
                guard wait <= configuration.maxRetryAfter else { return nil }
                retryAfter = wait
            }
        }
        let backoff = min(configuration.initialRetryDelay * (1 << min(retry - 1, 30)), configuration.maxRetryDelay)
        let jittered = backoff * (0.5 + random() / 2)
        return max(jittered, retryAfter ?? .zero)
    }

    /// `Retry-After` as seconds or an HTTP date; `nil` when it is neither.
    static func retryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }

    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
}
