/// A scalar's text and how it was written, typed on request per the YAML 1.2 core schema.
///
/// Quoted and block scalars are always strings: `"200"` never becomes a number, `"true"` never a boolean.
/// Plain scalars resolve to null, booleans, integers and floats when they match the core schema's forms.
public struct Scalar: Hashable, Sendable {
    public enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// An explicit tag such as `!!str`; `.none` when the scalar was untagged.
    public enum Tag: UInt8, Sendable {
        case none, string, integer, float, boolean, null, other
    }

    /// The core schema type of a scalar.
    public enum Kind: Sendable, Equatable {
        case null, boolean, integer, float, string
    }

    public var value: String
    public var style: Style
    public var tag: Tag

    public init(_ value: String, style: Style = .plain, tag: Tag = .none) {
        self.value = value
        self.style = style
        self.tag = tag
    }

    /// The core schema type, from an explicit tag or, for plain scalars, from the text.
    public var kind: Kind {
        switch tag {
        case .string, .other: return .string
        case .integer: return .integer
        case .float: return .float
        case .boolean: return .boolean
        case .null: return .null
        case .none: break
        }
        guard style == .plain else { return .string }
        if Self.isNull(value) { return .null }
        if Self.boolValue(value) != nil { return .boolean }
        if Self.integerValue(value) != nil { return .integer }
        if Self.floatValue(value) != nil { return .float }
        return .string
    }

    /// The boolean value when the scalar is a core schema boolean (`true`, `False`, `TRUE`, …).
    public var bool: Bool? {
        kind == .boolean ? Self.boolValue(value) : nil
    }

    /// The integer value when the scalar is a core schema integer (decimal, `0o17`, `0x1F`) that fits `Int`.
    public var int: Int? {
        kind == .integer ? Self.integerValue(value) : nil
    }

    /// The numeric value of an integer or float scalar, including `.inf` and `.nan`.
    public var double: Double? {
        switch kind {
        case .integer: Self.integerValue(value).map(Double.init) ?? Double(value)
        case .float: Self.floatValue(value)
        default: nil
        }
    }

    public var isNull: Bool { kind == .null }

    var kindDescription: String {
        switch kind {
        case .null: "null"
        case .boolean: "a boolean"
        case .integer: "an integer"
        case .float: "a number"
        case .string: "a string"
        }
    }

    // MARK: - Core schema forms

    private static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    private static func boolValue(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    private static func integerValue(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard let first = utf8.first else { return nil }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        let digits = (first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) ? utf8.dropFirst() : utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int(first == UInt8(ascii: "+") ? String(text.dropFirst()) : text)
    }

    private static func floatValue(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integerDigits = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(integerDigits)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            let exponentDigits = bytes.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return nil }
            bytes = bytes.dropFirst(exponentDigits)
        }
        guard bytes.isEmpty else { return nil }
        return Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
}
