/// An enum generated from a spec's `enum`: it never fails to decode a value the spec does not list (APIs add
/// values over time) but keeps it in an `unknown` case, and encodes it back unchanged.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable where RawValue: Codable & Hashable & Sendable {
    /// Every raw value maps to a case: a listed one, or `unknown(rawValue)`.
    init(rawValue: RawValue)
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(RawValue.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
