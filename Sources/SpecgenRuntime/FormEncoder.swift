import Foundation

/// Encodes values the way Stripe's SDKs send form bodies and `deepObject` query parameters: nested objects as
/// `address[city]=Berlin`, maps as `metadata[order]=6735`, arrays as `items[0][price]=price_1` (or `expand[]=…`
/// in queries), booleans as `true`/`false`, `nil` left out, keys sorted so the bytes are stable.
public struct FormEncoder: Sendable {
    /// How array elements are keyed.
    public enum ArrayKeys: Sendable {
        /// `items[0]`, `items[1]`: what Stripe's SDKs send in bodies.
        case indexed
        /// `expand[]`, `expand[]`: the `deepObject` query form; arrays of objects are indexed all the same
        /// (`items[0][id]`).
        case empty
    }

    public var arrayKeys: ArrayKeys

    public init(arrayKeys: ArrayKeys = .indexed) {
        self.arrayKeys = arrayKeys
    }

    /// The name–value pairs for `value` under `name` (or at the top level when `name` is `nil`).
    public func fields(_ name: String?, _ value: some Encodable) throws -> [(name: String, value: String)] {
        let json = try JSONDecoder().decode(JSONValue.self, from: try JSONCoding.encoder().encode(value))
        var fields: [(name: String, value: String)] = []
        flatten(json, name: name, into: &fields)
        return fields
    }

    /// `value` as an `application/x-www-form-urlencoded` body: percent-encoded except for the brackets in names.
    public func body(_ value: some Encodable) throws -> Data {
        let text = try fields(nil, value).map {
            PercentEncoding.formName($0.name) + "=" + PercentEncoding.queryComponent($0.value)
        }.joined(separator: "&")
        return Data(text.utf8)
    }

    private func flatten(_ value: JSONValue, name: String?, into fields: inout [(name: String, value: String)]) {
        func key(_ component: String) -> String {
            guard let name else { return component }
            return "\(name)[\(component)]"
        }
        switch value {
        case .null:
            break
        case .bool(let flag):
            if let name { fields.append((name, flag ? "true" : "false")) }
        case .int(let number):
            if let name { fields.append((name, String(number))) }
        case .double(let number):
            if let name { fields.append((name, Self.format(number))) }
        case .string(let text):
            if let name { fields.append((name, text)) }
        case .array(let items) where items.isEmpty:
            // An empty array the caller passes is sent as an empty value in a body, which Stripe-style APIs read
            // as "clear the list" (`discounts=`), as their SDKs send it; a query leaves it out.
            if let name, arrayKeys == .indexed { fields.append((name, "")) }
        case .array(let items):
            // Items that are objects or arrays are indexed even in the `[]` form: `items[][id]=a&items[][price]=b`
            // would read as one item.
            let isIndexed = arrayKeys == .indexed || items.contains { $0.isContainer }
            for (index, item) in items.enumerated() {
                flatten(item, name: key(isIndexed ? String(index) : ""), into: &fields)
            }
        case .object(let members):
            for (member, item) in members.sorted(by: { $0.key < $1.key }) {
                flatten(item, name: key(member), into: &fields)
            }
        }
    }

    /// `12.5` as `12.5`, `3.0` as `3`, never in exponent notation.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return Decimal(number).description
    }
}

extension JSONValue {
    /// Whether the value is an object or an array.
    fileprivate var isContainer: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }
}
