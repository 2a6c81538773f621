import Crypto
import Foundation
import SpecgenRuntime

/// Stripe's webhook signatures: the `Stripe-Signature` header (`t=1492774577,v1=5257a8…,v1=…`) carries a timestamp
/// and one or more HMAC-SHA256 signatures of `"{t}.{payload}"` made with the endpoint's signing secret. A payload is
/// trusted when any `v1` signature matches (compared in constant time) and the timestamp is recent enough.
public enum StripeWebhook {
    /// Why a payload is not trusted.
    public enum VerificationError: Error, Equatable, CustomStringConvertible {
        /// The header has no `t=` timestamp, or it is not a number.
        case noTimestamp
        /// The header has no `v1=` signature.
        case noSignature
        /// No `v1` signature matches the payload and the secret.
        case noMatchingSignature
        /// The signature is older than the tolerance allows (its age in seconds): possibly a replay.
        case tooOld(seconds: Int)

        public var description: String {
            switch self {
            case .noTimestamp: "the Stripe-Signature header has no timestamp (t=)"
            case .noSignature: "the Stripe-Signature header has no v1 signature"
            case .noMatchingSignature: "no v1 signature matches the payload: check the endpoint's signing secret"
            case .tooOld(let seconds): "the signature is \(seconds) s old, older than the tolerance allows"
            }
        }
    }

    /// Checks that `payload` (the raw request body, byte for byte) is signed by `secret` (`whsec_…`); throws
    /// ``VerificationError`` otherwise. `tolerance` (default 300 s, as Stripe's SDKs) bounds the age of the signature;
    /// `nil` skips that check.
    public static func verify(
        payload: Data,
        signatureHeader: String,
        secret: String,
        tolerance: Duration? = .seconds(300),
        now: Date = Date()
    ) throws(VerificationError) {
        var timestamp: Int?
        var signatures: [Data] = []
        for item in signatureHeader.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "t": timestamp = Int(parts[1])
            case "v1": if let bytes = Data(hex: parts[1]) { signatures.append(bytes) }
            default: continue
            }
        }
        guard let timestamp else { throw .noTimestamp }
        guard !signatures.isEmpty else { throw .noSignature }
        let key = SymmetricKey(data: Data(secret.utf8))
        let signed = Data("\(timestamp).".utf8) + payload
        guard
            signatures.contains(where: {
                HMAC<SHA256>.isValidAuthenticationCode($0, authenticating: signed, using: key)
            })
        else { throw .noMatchingSignature }
        if let tolerance {
            let age = Int(now.timeIntervalSince1970) - timestamp
            if Duration.seconds(age) > tolerance { throw .tooOld(seconds: age) }
        }
    }

    /// Verifies `payload` as ``verify(payload:signatureHeader:secret:tolerance:now:)`` does, then decodes it as
    /// `Event` (such as the generated `V2CoreEvent`, whose open `type` keeps event types it does not know).
    public static func event<Event: Decodable>(
        _ type: Event.Type,
        payload: Data,
        signatureHeader: String,
        secret: String,
        tolerance: Duration? = .seconds(300),
        now: Date = Date(),
        decoder: JSONDecoder = JSONCoding.decoder()
    ) throws -> Event {
        try verify(payload: payload, signatureHeader: signatureHeader, secret: secret, tolerance: tolerance, now: now)
        return try decoder.decode(Event.self, from: payload)
    }

    /// The `Stripe-Signature` header Stripe would send for `payload` at `timestamp`: for tests of webhook handlers.
    public static func signatureHeader(payload: Data, secret: String, timestamp: Date = Date()) -> String {
        let seconds = Int(timestamp.timeIntervalSince1970)
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("\(seconds).".utf8) + payload, using: SymmetricKey(data: Data(secret.utf8)))
        return "t=\(seconds),v1=" + Data(mac).map { String(format: "%02x", $0) }.joined()
    }
}

extension Data {
    /// The bytes of a hexadecimal string; `nil` when it is not one.
    fileprivate init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
