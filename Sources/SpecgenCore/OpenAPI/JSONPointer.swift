/// A JSON Pointer (RFC 6901) as used in `$ref` fragments: `/components/schemas/Customer`.
///
/// Tokens are stored decoded: `~1` became `/`, `~0` became `~`, and percent-encoding of the URI fragment is undone.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    public var tokens: [String]

    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses a URI fragment such as `/components/responses/X/content/application~1problem%2Bjson/schema`.
    /// Returns `nil` when the fragment is not a pointer (it must be empty or start with `/`).
    public init?(fragment: String) {
        guard let decoded = fragment.removingPercentEncodingIfValid() else { return nil }
        if decoded.isEmpty {
            tokens = []
            return
        }
        guard decoded.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for raw in decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = Self.unescape(raw) else { return nil }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// The pointer in its written form, tokens escaped: `/paths/~1v1~1customers/get`.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            guard token.contains(where: { $0 == "~" || $0 == "/" }) else {
                text += token
                continue
            }
            for character in token {
                switch character {
                case "~": text += "~0"
                case "/": text += "~1"
                default: text.append(character)
                }
            }
        }
        return text
    }

    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [token])
    }

    /// `~1` → `/` and `~0` → `~`; `nil` for a `~` followed by anything else.
    private static func unescape(_ raw: Substring) -> String? {
        guard raw.utf8.contains(UInt8(ascii: "~")) else { return String(raw) }
        var result = ""
        var iterator = raw.makeIterator()
        while let character = iterator.next() {
            guard character == "~" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "0": result.append("~")
            case "1": result.append("/")
            default: return nil
            }
        }
        return result
    }
}

extension String {
    /// Undoes `%XX` escapes; `nil` when an escape is malformed or the bytes are not UTF-8. Fast path when no `%`.
    func removingPercentEncodingIfValid() -> String? {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var utf8 = self.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(Self.hexValue), let low = utf8.next().flatMap(Self.hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
