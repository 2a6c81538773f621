import Foundation

/// Reading a value a spec leaves untyped as the type it has: Personio's attribute envelope
/// (`{label, value, type, universal_id}`) carries strings, integers, dates and nested objects in one `value`.
extension JSONValue {
    /// The integer, for `.int`, or a `.string` or whole `.double` that holds one (Personio sends `"40"`).
    public var intValue: Int? {
        switch self {
        case .int(let value): value
        case .double(let value): value.rounded() == value ? Int(exactly: value) : nil
        case .string(let text): Int(text)
        default: nil
        }
    }

    /// The number, for `.double` or `.int`, or a `.string` that holds one.
    public var doubleValue: Double? {
        switch self {
        case .double(let value): value
        case .int(let value): Double(value)
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// The boolean, for `.bool`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The date, for a `.string` in ISO 8601 (`2014-11-09T00:00:00+01:00`, with or without fractional seconds) or a
    /// calendar date (`2020-01-01`, midnight UTC).
    public var dateValue: Date? {
        guard case .string(let text) = self else { return nil }
        return JSONCoding.parseDate(text)
    }

    /// The members, for `.object`.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements, for `.array`.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// Whether this is `.null`.
    public var isNull: Bool { self == .null }

    /// The value decoded as `type`, such as a nested object of the API's own types.
    public func decode<T: Decodable>(as type: T.Type) throws -> T {
        try JSONCoding.decoder().decode(T.self, from: JSONCoding.encoder().encode(self))
    }
}
