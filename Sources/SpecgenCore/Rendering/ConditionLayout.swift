/// Long `if` conditions in a rendered declaration broken as swift-format breaks them: an `if` too long for one line
/// keeps its first condition, puts each further one on its own line one level deeper, and opens its body on a line of
/// its own.
enum ConditionLayout {
    /// Characters an `if` line may take after its indentation: the line length generated code keeps to (120), less
    /// the indentation of a union's `init(from:)` nested three types deep.
    static let width = 96

    /// `declaration` with each long `if … {` line broken at its conditions' commas.
    static func breakingLongConditions(_ declaration: String) -> String {
        var lines: [String] = []
        for line in declaration.split(separator: "\n", omittingEmptySubsequences: false) {
            let statement = line.drop { $0 == " " }
            let indentation = line[..<statement.startIndex]
            guard statement.count > width, statement.hasPrefix("if "), statement.hasSuffix(" {") else {
                lines.append(String(line))
                continue
            }
            let conditions = topLevelConditions(statement.dropFirst(3).dropLast(2))
            guard conditions.count > 1 else {
                lines.append(String(line))
                continue
            }
            lines.append(indentation + "if " + conditions[0] + ",")
            for condition in conditions.dropFirst().dropLast() { lines.append(indentation + "    " + condition + ",") }
            lines.append(indentation + "    " + conditions[conditions.count - 1])
            lines.append(indentation + "{")
        }
        return lines.joined(separator: "\n")
    }

    /// The comma-separated conditions of a condition list: commas inside brackets, parentheses or string literals
    /// separate nothing.
    private static func topLevelConditions(_ list: Substring) -> [Substring] {
        var conditions: [Substring] = []
        var depth = 0
        var inLiteral = false
        var escaped = false
        var start = list.startIndex
        var index = list.startIndex
        while index < list.endIndex {
            let character = list[index]
            if inLiteral {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inLiteral = false
                }
            } else {
                switch character {
                case "\"": inLiteral = true
                case "(", "[": depth += 1
                case ")", "]": depth -= 1
                case "," where depth == 0:
                    conditions.append(list[start..<index])
                    start = list.index(after: index)
                    if start < list.endIndex, list[start] == " " { start = list.index(after: start) }
                default: break
                }
            }
            index = list.index(after: index)
        }
        conditions.append(list[start...])
        return conditions
    }
}
