import Foundation

/// A parameter that can be set to a value or cleared: Stripe's `anyOf: [<schema>, {enum: [""]}]`, where sending
/// the empty string (`description=`) removes what the field held.
///
/// Literals of the value's type work directly: `description: "Gold plan"`, `metadata: ["order": "6735"]`,
/// `description: .clear`.
public enum Clearable<Value: Sendable>: Sendable {
    /// Set the field to this value.
    case value(Value)
    /// Clear the field: encoded as the empty string.
    case clear

    /// The value being set; `nil` for ``clear``.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension Clearable: Equatable where Value: Equatable {}
extension Clearable: Hashable where Value: Hashable {}

extension Clearable: Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .value(let value):
            try value.encode(to: encoder)
        case .clear:
            var container = encoder.singleValueContainer()
            try container.encode("")
        }
    }
}

extension Clearable: Decodable where Value: Decodable {
    /// The empty string decodes as ``clear``; anything else as the value.
    public init(from decoder: any Decoder) throws {
        if (try? decoder.singleValueContainer().decode(String.self)) == "" {
            self = .clear
        } else {
            self = .value(try Value(from: decoder))
        }
    }
}

extension Clearable: ExpressibleByUnicodeScalarLiteral where Value: ExpressibleByUnicodeScalarLiteral {
    public init(unicodeScalarLiteral value: Value.UnicodeScalarLiteralType) {
        self = .value(Value(unicodeScalarLiteral: value))
    }
}

extension Clearable: ExpressibleByExtendedGraphemeClusterLiteral
where Value: ExpressibleByExtendedGraphemeClusterLiteral {
    public init(extendedGraphemeClusterLiteral value: Value.ExtendedGraphemeClusterLiteralType) {
        self = .value(Value(extendedGraphemeClusterLiteral: value))
    }
}

extension Clearable: ExpressibleByStringLiteral where Value: ExpressibleByStringLiteral {
    public init(stringLiteral value: Value.StringLiteralType) {
        self = .value(Value(stringLiteral: value))
    }
}

extension Clearable: ExpressibleByIntegerLiteral where Value: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Value.IntegerLiteralType) {
        self = .value(Value(integerLiteral: value))
    }
}

extension Clearable: ExpressibleByFloatLiteral where Value: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Value.FloatLiteralType) {
        self = .value(Value(floatLiteral: value))
    }
}

extension Clearable: ExpressibleByBooleanLiteral where Value: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Value.BooleanLiteralType) {
        self = .value(Value(booleanLiteral: value))
    }
}

extension Clearable: ExpressibleByArrayLiteral where Value: RangeReplaceableCollection {
    public init(arrayLiteral elements: Value.Element...) {
        self = .value(Value(elements))
    }
}

extension Clearable: ExpressibleByDictionaryLiteral where Value == [String: String] {
    public init(dictionaryLiteral elements: (String, String)...) {
        self = .value(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
