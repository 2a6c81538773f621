/// Escapes spec text for the place it lands in generated Swift, so no spec can inject code.
enum SwiftLiteral {
    /// A double-quoted Swift string literal with `\`, `"`, control characters and invisible characters escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += escaped(scalar)
            case _ where !scalar.isASCII && !isShownAsItself(scalar, first: result.utf8.count == 1):
                result += escaped(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// Whether a non-ASCII character stays as written, so that `"Café"` and `"日本"` read as they are: letters, digits,
    /// punctuation, symbols and emoji do; characters that show nothing or reorder the line (format characters such as
    /// bidirectional overrides, separators, controls, private use, unassigned) and a combining mark that would sit
    /// on the opening quote are escaped.
    private static func isShownAsItself(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator, .lineSeparator,
            .paragraphSeparator:
            false
        case .nonspacingMark, .spacingMark, .enclosingMark:
            !first
        default:
            true
        }
    }

    /// The inside of a string literal (no quotes), escaped the same way as ``string(_:)``.
    static func stringContents(_ text: String) -> String {
        String(string(text).dropFirst().dropLast())
    }

    /// Lines of a `///` doc comment: trimmed, control characters removed, empty runs collapsed to one blank line.
    static func documentationLines(_ text: String?) -> [String] {
        guard let text else { return [] }
        var lines: [String] = []
        var line: [UInt8] = []
        func flush() {
            while line.last == UInt8(ascii: " ") { line.removeLast() }
            var cleaned = String(decoding: line, as: UTF8.self)
            // Only a non-ASCII ending can hide Unicode whitespace.
            if let last = line.last, last >= 0x80 { cleaned = cleaned.trimmingTrailingWhitespace() }
            line.removeAll(keepingCapacity: true)
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { return }
            lines.append(cleaned)
        }
        // UTF-8 bytes below 0x20 and 0x7F are exactly the C0 control characters and DEL.
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                flush()
            } else if byte >= 0x20, byte != 0x7F {
                line.append(byte)
            }
        }
        flush()
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
