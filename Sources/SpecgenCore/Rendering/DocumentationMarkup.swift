/// Descriptions written in HTML (Stripe's are: `<p>`, `<code>`, `<a href>`) as the Markdown that Swift doc comments
/// use, so they read as prose in code and in Xcode's Quick Help. Only the tags listed here are converted; anything
/// else in angle brackets (`amount_<currency>`) is text and stays as written.
enum DocumentationMarkup {
    private static let replacements: [String: String] = [
        "<p>": "", "</p>": "\n\n", "<br>": "\n", "<br/>": "\n", "<br />": "\n",
        "<code>": "`", "</code>": "`", "<strong>": "**", "</strong>": "**", "<b>": "**", "</b>": "**",
        "<em>": "*", "</em>": "*", "<i>": "*", "</i>": "*",
        "<ul>": "\n", "</ul>": "\n", "<ol>": "\n", "</ol>": "\n", "<li>": "\n- ", "</li>": "",
        "</a>": "",
    ]

    private static let entities: [String: String] = [
        "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&nbsp;": " ",
    ]

    /// The first line of a description as Markdown, escaped for a `///` comment: for one-line summaries.
    static func firstLine(_ text: String?) -> String? {
        SwiftLiteral.documentationLines(text.map(markdown)).first
    }

    /// `text` with its HTML tags and entities turned into Markdown; text without `<` or `&` is returned as it is.
    static func markdown(fromHTML text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var linkTargets: [String] = []
        var rest = text[...]
        while let start = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            result += rest[..<start]
            rest = rest[start...]
            if rest.first == "&" {
                let entity = entities.first { rest.hasPrefix($0.key) }
                result += entity?.value ?? "&"
                rest = rest.dropFirst(entity?.key.count ?? 1)
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { break }
            let tag = String(rest[...end])
            let lowercased = tag.lowercased()
            if let replacement = replacements[lowercased] {
                if lowercased == "</a>", let target = linkTargets.popLast() {
                    result += "](\(target))"
                } else {
                    result += replacement
                }
            } else if let target = linkTarget(tag) {
                result += "["
                linkTargets.append(target)
            } else {
                result += tag
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The `href` of an opening `<a …>` tag.
    private static func linkTarget(_ tag: String) -> String? {
        guard tag.lowercased().hasPrefix("<a "), let hrefRange = tag.range(of: "href=\"") else { return nil }
        let afterHref = tag[hrefRange.upperBound...]
        guard let close = afterHref.firstIndex(of: "\"") else { return nil }
        return String(afterHref[..<close])
    }
}
