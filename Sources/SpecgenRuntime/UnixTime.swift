import Foundation

/// A `Date` (or `Date?`) coded as whole seconds since 1970 (`format: unix-time`, as Stripe sends timestamps),
/// where the JSON coders' own date strategy is ISO 8601.
@propertyWrapper
public struct UnixTime<Value: UnixTimeValue>: Codable, Hashable, Sendable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    /// The value in whole seconds since 1970; `nil` for a `nil` date.
    public var unixSeconds: Int64? { wrappedValue.unixSeconds }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let seconds = container.decodeNil() ? nil : try container.decode(Int64.self)
        guard let value = Value(unixSeconds: seconds) else {
            throw DecodingError.valueNotFound(
                Int64.self, .init(codingPath: decoder.codingPath, debugDescription: "expected a unix time"))
        }
        self.init(wrappedValue: value)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(unixSeconds)
    }
}

/// `Date` and `Date?`, the values ``UnixTime`` wraps.
public protocol UnixTimeValue: Hashable, Sendable {
    /// `nil` when `seconds` is `nil` and the type cannot be.
    init?(unixSeconds: Int64?)
    var unixSeconds: Int64? { get }
}

extension Date: UnixTimeValue {
    public init?(unixSeconds: Int64?) {
        guard let unixSeconds else { return nil }
        self.init(timeIntervalSince1970: TimeInterval(unixSeconds))
    }

    public var unixSeconds: Int64? { Int64(timeIntervalSince1970.rounded(.down)) }
}

extension Optional: UnixTimeValue where Wrapped == Date {
    public init?(unixSeconds: Int64?) {
        self = unixSeconds.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    public var unixSeconds: Int64? { self?.unixSeconds ?? nil }
}

// An optional date keeps the coding of an optional property: a missing key decodes as `nil`, and `nil` is left out.
extension KeyedDecodingContainer {
    public func decode(_: UnixTime<Date?>.Type, forKey key: Key) throws -> UnixTime<Date?> {
        UnixTime(wrappedValue: Date?(unixSeconds: try decodeIfPresent(Int64.self, forKey: key)) ?? nil)
    }
}

extension KeyedEncodingContainer {
    public mutating func encode(_ value: UnixTime<Date?>, forKey key: Key) throws {
        try encodeIfPresent(value.unixSeconds, forKey: key)
    }
}
