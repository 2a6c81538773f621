/// A short unified diff between an old and a new text, for `specgen generate --check`: one hunk covering the lines
/// between the common beginning and the common end, with three lines of context, cut after a number of lines.
/// Enough to see what drifted without printing whole files.
public struct DiffExcerpt: Sendable, Equatable {
    /// The hunk header and its lines (`@@ -a,b +c,d @@`, then ` `, `-` and `+` lines); empty when the texts are equal.
    public var lines: [String]
    /// How many lines of the hunk were left out.
    public var omitted: Int

    /// The diff of `old` (`nil`: the file is missing) against `new` (`nil`: the file is no longer generated).
    public init(old: String?, new: String?, limit: Int = 12, context: Int = 3) {
        let before = Self.split(old)
        let after = Self.split(new)
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
            before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
        {
            suffix += 1
        }
        guard prefix + suffix < max(before.count, after.count) else {
            self.lines = []
            self.omitted = 0
            return
        }
        let start = max(0, prefix - context)
        let oldEnd = min(before.count, before.count - suffix + context)
        let newEnd = min(after.count, after.count - suffix + context)
        var hunk = before[start..<prefix].map { " " + $0 }
        hunk += before[prefix..<(before.count - suffix)].map { "-" + $0 }
        hunk += after[prefix..<(after.count - suffix)].map { "+" + $0 }
        hunk += before[(before.count - suffix)..<oldEnd].map { " " + $0 }
        let header =
            "@@ -\(Self.range(start: start, count: oldEnd - start)) +\(Self.range(start: start, count: newEnd - start)) @@"
        self.lines = [header] + hunk.prefix(limit)
        self.omitted = max(0, hunk.count - limit)
    }

    /// The excerpt as printed, each line indented by `indent`.
    public func rendered(indent: String = "    ") -> String {
        var text = lines.map { indent + $0 }
        if omitted > 0 { text.append(indent + "… \(omitted) more lines") }
        return text.joined(separator: "\n")
    }

    private static func split(_ text: String?) -> [Substring] {
        guard let text, !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A unified diff range: 1-based start and count; an empty range starts at the line before it.
    private static func range(start: Int, count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }
}
