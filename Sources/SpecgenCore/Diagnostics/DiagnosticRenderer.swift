import Foundation

/// Renders diagnostics for a terminal: the `path:line:col: severity: message` line, then the offending
/// source line with a caret under the column, then the hint.
public struct DiagnosticRenderer {
    /// Paths inside this folder are shown relative to it, as the user typed them.
    private let baseDirectory: String
    /// Whether to show the source line and a caret under each positioned diagnostic.
    private let showsSnippets: Bool
    private var lineCache: [String: [Substring]] = [:]

    public init(
        baseDirectory: String = FileManager.default.currentDirectoryPath,
        showsSnippets: Bool = true
    ) {
        self.baseDirectory = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        self.showsSnippets = showsSnippets
    }

    public mutating func render(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if var location = diagnostic.location {
            if location.path.hasPrefix(baseDirectory) { location.path.removeFirst(baseDirectory.count) }
            text += "\(location): "
        }
        text += "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        if !diagnostic.documentPath.isEmpty { text += " (at \(diagnostic.documentPath))" }
        if showsSnippets, let location = diagnostic.location, let line = sourceLine(location) {
            text += "\n" + Self.snippet(of: line, column: location.column)
        }
        if let hint = diagnostic.hint { text += "\n  hint: \(hint)" }
        return text
    }

    /// The line (at most `width` characters of it, around the column) and a caret under the column.
    static func snippet(of line: Substring, column: Int, width: Int = 100) -> String {
        let characters = Array(line.unicodeScalars.map { $0 == "\t" || $0.value < 0x20 ? " " : Character($0) })
        let caret = min(max(column - 1, 0), characters.count)
        let start = max(0, min(caret - width / 2, characters.count - width))
        let end = min(characters.count, start + width)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let shown = prefix + String(characters[start..<end]) + suffix
        return "    " + shown + "\n    " + String(repeating: " ", count: caret - start + prefix.count) + "^"
    }

    private mutating func sourceLine(_ location: SourceLocation) -> Substring? {
        if lineCache[location.path] == nil {
            guard let data = FileManager.default.contents(atPath: location.path), data.count <= 64 << 20 else {
                return nil
            }
            let text = String(decoding: data, as: UTF8.self)
            lineCache[location.path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = lineCache[location.path], location.line >= 1, location.line <= lines.count else {
            return nil
        }
        let line = lines[location.line - 1]
        return line.last == "\r" ? line.dropLast() : line
    }
}
