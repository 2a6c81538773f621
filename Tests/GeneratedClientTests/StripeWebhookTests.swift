import Foundation
import SpecgenRuntime
import SpecgenWebhooks
import StripeClient
import Testing

/// Stripe webhook payloads are trusted only with a matching `v1` signature of `"{t}.{payload}"` that is recent enough,
/// then decode into the generated event type.
@Suite struct StripeWebhookTests {
    private let secret = "whsec_test_123"
    private let timestamp = 1_729_614_414
    /// HMAC-SHA256 of "1729614414." + ping.json with the secret, computed independently (Python's hmac module).
    private let signature = "81244229916ce3e60348918f6dabfc6249f8cf063636c6a7c7c8cdc7791737c5"
    private var signedAt: Date { Date(timeIntervalSince1970: TimeInterval(timestamp)) }

    @Test func aSignedPingDecodesIntoTheGeneratedEvent() throws {
        let payload = try GeneratedModelTests.fixture("stripe/ping.json")
        let event = try StripeWebhook.event(
            V2CoreEvent.self, payload: payload, signatureHeader: "t=\(timestamp),v1=\(signature)", secret: secret,
            now: signedAt.addingTimeInterval(10))
        #expect(event.type == .v2CoreEventDestinationPing)
        #expect(event.relatedObject?.id == "ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6")
        #expect(
            StripeWebhook.signatureHeader(payload: payload, secret: secret, timestamp: signedAt)
                == "t=\(timestamp),v1=\(signature)")
    }

    @Test func anyOfSeveralSignaturesMayMatch() throws {
        let payload = try GeneratedModelTests.fixture("stripe/ping.json")
        let header = "t=\(timestamp),v1=\(String(repeating: "ab", count: 32)),v0=xyz,v1=\(signature)"
        try StripeWebhook.verify(payload: payload, signatureHeader: header, secret: secret, now: signedAt)
    }

    @Test func untrustedPayloadsAreRefusedWithTheReason() throws {
        let payload = try GeneratedModelTests.fixture("stripe/ping.json")
        let header = "t=\(timestamp),v1=\(signature)"
        func reason(
            _ payload: Data, _ header: String, secret: String? = nil, after seconds: TimeInterval = 0
        ) -> StripeWebhook.VerificationError? {
            do {
                try StripeWebhook.verify(
                    payload: payload, signatureHeader: header, secret: secret ?? self.secret,
                    now: signedAt.addingTimeInterval(seconds))
                return nil
            } catch {
                return error
            }
        }
        #expect(reason(payload, header) == nil)
        #expect(reason(payload, header, secret: "whsec_other") == .noMatchingSignature)
        #expect(reason(payload + Data(" ".utf8), header) == .noMatchingSignature)
        #expect(reason(payload, "t=\(timestamp + 1),v1=\(signature)") == .noMatchingSignature)
        #expect(reason(payload, "t=\(timestamp),v1=zz\(signature.dropFirst(2))") == .noSignature)
        #expect(reason(payload, "v1=\(signature)") == .noTimestamp)
        #expect(reason(payload, "t=\(timestamp),v0=\(signature)") == .noSignature)
        #expect(reason(payload, header, after: 299) == nil)
        #expect(reason(payload, header, after: 301) == .tooOld(seconds: 301))
        #expect(
            (try? StripeWebhook.verify(
                payload: payload, signatureHeader: header, secret: secret, tolerance: nil,
                now: signedAt.addingTimeInterval(86_400))) != nil)
    }

    @Test func eventTypesThisClientDoesNotKnowAreKept() throws {
        let ping = try String(decoding: GeneratedModelTests.fixture("stripe/ping.json"), as: UTF8.self)
        let payload = Data(
            ping.replacingOccurrences(of: "v2.core.event_destination.ping", with: "v2.money.future_event").utf8)
        let header = StripeWebhook.signatureHeader(payload: payload, secret: secret)
        let event = try StripeWebhook.event(V2CoreEvent.self, payload: payload, signatureHeader: header, secret: secret)
        #expect(event.type == .unknown("v2.money.future_event"))
    }
}
