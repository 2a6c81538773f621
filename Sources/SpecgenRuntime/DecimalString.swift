import Foundation

/// A decimal number sent as a string (`format: decimal`, as Stripe's `unit_amount_decimal`): kept exactly as the
/// API wrote it, so it re-encodes byte for byte, and readable as an exact `Decimal`, never a rounded `Double`.
public struct DecimalString: Codable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The number as written: `"12.50"`.
    public var text: String

    /// The number as written.
    public init(text: String) {
        self.text = text
    }

    /// A decimal written in plain notation (`12.5`, never exponents).
    public init(_ value: Decimal) {
        self.text = value.description
    }

    public init(stringLiteral text: String) {
        self.text = text
    }

    /// The exact value; `nil` when the text is not a number.
    public var value: Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
