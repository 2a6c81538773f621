import Foundation

/// A JSON value whose objects keep their members in order: the fuzzer's documents, written as JSON text (which
/// Specgen reads through libyaml like any spec) and shrunk member by member by ``Minimizer``.
indirect enum JSONTree: Equatable, Sendable {
    case object([Member])
    case array([JSONTree])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    /// One member of an object.
    struct Member: Equatable, Sendable {
        var key: String
        var value: JSONTree
    }

    /// An object from `(key, value)` pairs, in order.
    static func object(_ members: KeyValuePairs<String, JSONTree>) -> JSONTree {
        .object(members.map { Member(key: $0.key, value: $0.value) })
    }

    /// The value of `key`, when this is an object that has it.
    subscript(key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// This object with `key` set to `value` (replaced in place, or appended).
    func setting(_ key: String, to value: JSONTree) -> JSONTree {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(Member(key: key, value: value))
        }
        return .object(members)
    }

    // MARK: - Text

    /// Indented JSON text, two spaces a level.
    var text: String {
        var text = ""
        write(to: &text, indent: "")
        return text + "\n"
    }

    private func write(to text: inout String, indent: String) {
        switch self {
        case .object(let members) where members.isEmpty: text += "{}"
        case .object(let members):
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += indent + "  " + Self.quoted(member.key) + ": "
                member.value.write(to: &text, indent: indent + "  ")
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        case .array(let elements) where elements.isEmpty: text += "[]"
        case .array(let elements):
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += indent + "  "
                element.write(to: &text, indent: indent + "  ")
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .string(let string): text += Self.quoted(string)
        case .integer(let integer): text += String(integer)
        case .number(let number): text += number == number.rounded() ? String(format: "%.1f", number) : "\(number)"
        case .bool(let bool): text += bool ? "true" : "false"
        case .null: text += "null"
        }
    }

    /// A JSON string literal, as Foundation's encoder escapes it.
    private static func quoted(_ string: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: (try? encoder.encode(string)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}
