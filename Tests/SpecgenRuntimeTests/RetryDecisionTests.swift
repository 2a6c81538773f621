import Foundation
import HTTPTypes
import Testing

@testable import SpecgenRuntime

@Suite struct RetryDecisionTests {
    private let post = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/v1/charges")
    private let get = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/v1/charges")

    private func response(_ status: Int, _ headers: [String: String] = [:]) -> RetryDecision.Outcome {
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return .response(HTTPResponse(status: .init(code: status), headerFields: fields))
    }

    @Test func delaysBackOffWithJitterUpToTheCap() {
        let configuration = ClientConfiguration(initialRetryDelay: .milliseconds(500), maxRetryDelay: .seconds(2))
        let decision = RetryDecision(configuration: configuration, maxRetries: 10)
        func delays(_ retry: Int) -> [Duration] {
            (0...10).compactMap { step in
                decision.delay(beforeRetry: retry, of: get, after: .noResponse, random: { Double(step) / 10 })
            }
        }
        #expect(delays(1).min() == .milliseconds(250) && delays(1).max() == .milliseconds(500))
        #expect(delays(2).min() == .milliseconds(500) && delays(2).max() == .seconds(1))
        #expect(delays(3).min() == .seconds(1) && delays(3).max() == .seconds(2))
        #expect(delays(9).min() == .seconds(1) && delays(9).max() == .seconds(2))
        #expect(decision.delay(beforeRetry: 11, of: get, after: .noResponse) == nil)
    }

    @Test func onlyRequestsSafeToRepeatAreRetried() {
        let decision = RetryDecision(configuration: ClientConfiguration(), maxRetries: 2)
        #expect(decision.delay(beforeRetry: 1, of: get, after: response(503)) != nil)
        #expect(decision.delay(beforeRetry: 1, of: post, after: response(503)) == nil)
        var keyed = post
        keyed.headerFields[RetryDecision.idempotencyKey] = "k"
        #expect(decision.delay(beforeRetry: 1, of: keyed, after: response(503)) != nil)
        #expect(decision.delay(beforeRetry: 1, of: keyed, after: .noResponse) != nil)
        #expect(decision.delay(beforeRetry: 3, of: keyed, after: .noResponse) == nil)
    }

    @Test func statusesAndHeadersDecide() {
        let decision = RetryDecision(
            configuration: ClientConfiguration(), maxRetries: 2, adviceHeader: HTTPField.Name("Stripe-Should-Retry"))
        for status in [409, 429, 500, 502, 503, 504] {
            #expect(decision.delay(beforeRetry: 1, of: get, after: response(status)) != nil, "\(status)")
        }
        for status in [400, 401, 402, 403, 404, 422] {
            #expect(decision.delay(beforeRetry: 1, of: get, after: response(status)) == nil, "\(status)")
        }
        #expect(decision.delay(beforeRetry: 1, of: get, after: response(500, ["Stripe-Should-Retry": "false"])) == nil)
        #expect(decision.delay(beforeRetry: 1, of: get, after: response(400, ["Stripe-Should-Retry": "true"])) != nil)
        // An API without a retry-advice header has its headers of that name ignored.
        let plain = RetryDecision(configuration: ClientConfiguration(), maxRetries: 2)
        #expect(plain.delay(beforeRetry: 1, of: get, after: response(400, ["Stripe-Should-Retry": "true"])) == nil)
        let asked = decision.delay(beforeRetry: 1, of: get, after: response(429, ["Retry-After": "7"]))
        #expect(asked == .seconds(7))
        #expect(decision.delay(beforeRetry: 1, of: get, after: response(429, ["Retry-After": "61"])) == nil)
    }

    @Test func retryAfterReadsSecondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryDecision.retryAfter("2") == .seconds(2))
        #expect(RetryDecision.retryAfter("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
        #expect(RetryDecision.retryAfter("soon") == nil)
        #expect(RetryDecision.retryAfter("-3") == nil)
    }
}
