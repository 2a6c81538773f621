/// Stores a property's value on the heap, so that a struct can contain a value of its own type
/// (`TreeNode.parent: TreeNode?`). Generated code marks properties of recursive schemas with it; reading and
/// writing them is unchanged, and they code exactly as the unwrapped value would.
@propertyWrapper
public struct Indirect<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    public init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    public var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }
}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

extension Indirect: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }
}

extension Indirect: Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

// An optional wrapped value keeps the coding of an optional property: a missing key decodes as `nil`, and `nil`
// is left out when encoding (a property that must encode `null` is encoded explicitly by its type).
extension KeyedDecodingContainer {
    public func decode<Wrapped: Decodable & Sendable>(_: Indirect<Wrapped?>.Type, forKey key: Key) throws -> Indirect<
        Wrapped?
    > {
        Indirect(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    public mutating func encode<Wrapped: Encodable & Sendable>(_ value: Indirect<Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}
