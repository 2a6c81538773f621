import Foundation

/// Codes the dates in a value as whole seconds since 1970 (`format: unix-time`, as Stripe sends timestamps), where
/// the JSON coders' own date strategy is ISO 8601.
///
/// It wraps a `Date`, or a `Date` inside `Optional`, `Clearable`, `Array` or a `String`-keyed `Dictionary`, in any
/// combination (`Clearable<Date>?`), so the property keeps its plain type: `@UnixTime public var created: Date`.
/// Other values fail to code.
@propertyWrapper
public struct UnixTime<Value>: Codable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        guard let type = Value.self as? any UnixSecondsCodable.Type,
            let value = try type.init(unixSeconds: decoder) as? Value
        else {
            throw DecodingError.typeMismatch(
                Value.self, .init(codingPath: decoder.codingPath, debugDescription: "UnixTime codes dates only"))
        }
        wrappedValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        guard let value = wrappedValue as? any UnixSecondsCodable else {
            throw EncodingError.invalidValue(
                wrappedValue, .init(codingPath: encoder.codingPath, debugDescription: "UnixTime codes dates only"))
        }
        try value.encodeUnixSeconds(to: encoder)
    }
}

extension UnixTime: Equatable where Value: Equatable {}
extension UnixTime: Hashable where Value: Hashable {}
extension UnixTime: Sendable where Value: Sendable {}

// An optional value keeps the coding of an optional property: a missing key decodes as `nil`, and `nil` is left out.
extension KeyedDecodingContainer {
    public func decode<Wrapped>(_: UnixTime<Wrapped?>.Type, forKey key: Key) throws -> UnixTime<Wrapped?> {
        UnixTime(wrappedValue: try decodeIfPresent(UnixTime<Wrapped>.self, forKey: key)?.wrappedValue)
    }
}

extension KeyedEncodingContainer {
    public mutating func encode<Wrapped>(_ value: UnixTime<Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue.map { UnixTime(wrappedValue: $0) }, forKey: key)
    }
}

/// The values ``UnixTime`` codes. Internal, so that `Date` and the standard library's types gain no public members.
protocol UnixSecondsCodable {
    init(unixSeconds decoder: any Decoder) throws
    func encodeUnixSeconds(to encoder: any Encoder) throws
}

extension Date: UnixSecondsCodable {
    init(unixSeconds decoder: any Decoder) throws {
        self.init(timeIntervalSince1970: TimeInterval(try decoder.singleValueContainer().decode(Int64.self)))
    }

    func encodeUnixSeconds(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Int64(timeIntervalSince1970.rounded(.down)))
    }
}

extension Optional: UnixSecondsCodable where Wrapped: UnixSecondsCodable {
    init(unixSeconds decoder: any Decoder) throws {
        self = try decoder.singleValueContainer().decodeNil() ? nil : Wrapped(unixSeconds: decoder)
    }

    func encodeUnixSeconds(to encoder: any Encoder) throws {
        if let self {
            try self.encodeUnixSeconds(to: encoder)
        } else {
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}

extension Clearable: UnixSecondsCodable where Value: UnixSecondsCodable {
    init(unixSeconds decoder: any Decoder) throws {
        self =
            (try? decoder.singleValueContainer().decode(String.self)) == ""
            ? .clear : .value(try Value(unixSeconds: decoder))
    }

    func encodeUnixSeconds(to encoder: any Encoder) throws {
        switch self {
        case .value(let value): try value.encodeUnixSeconds(to: encoder)
        case .clear: try Clearable<String>.clear.encode(to: encoder)
        }
    }
}

extension Array: UnixSecondsCodable where Element: UnixSecondsCodable {
    init(unixSeconds decoder: any Decoder) throws {
        self = try [UnixTime<Element>](from: decoder).map(\.wrappedValue)
    }

    func encodeUnixSeconds(to encoder: any Encoder) throws {
        try map { UnixTime(wrappedValue: $0) }.encode(to: encoder)
    }
}

extension Dictionary: UnixSecondsCodable where Key == String, Value: UnixSecondsCodable {
    init(unixSeconds decoder: any Decoder) throws {
        self = try [String: UnixTime<Value>](from: decoder).mapValues(\.wrappedValue)
    }

    func encodeUnixSeconds(to encoder: any Encoder) throws {
        try mapValues { UnixTime(wrappedValue: $0) }.encode(to: encoder)
    }
}
