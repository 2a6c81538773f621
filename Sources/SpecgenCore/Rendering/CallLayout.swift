/// Long calls in a rendered operation broken as swift-format breaks them: a statement of the body that is a call and
/// too long for one line continues after its opening parenthesis, its arguments on the next line one level deeper.
enum CallLayout {
    /// Characters a statement may take on one line: the line length generated code keeps to (120), less the
    /// indentation of an operation's body in a resource.
    static let statementWidth = 108

    /// `operation` (an operation rendered at the top level) with each long call of its body broken.
    static func breakingLongCalls(_ operation: String) -> String {
        let bodyIndentation = "    "
        var lines: [Substring] = []
        for line in operation.split(separator: "\n", omittingEmptySubsequences: false) {
            let statement = line.dropFirst(bodyIndentation.count)
            guard line.hasPrefix(bodyIndentation), statement.first != " ", !statement.hasPrefix("//"),
                statement.count > statementWidth, statement.hasSuffix(")"),
                let open = statement.firstIndex(of: "(")
            else {
                lines.append(line)
                continue
            }
            lines.append(Substring(bodyIndentation) + statement[...open])
            lines.append(Substring(bodyIndentation + "    ") + statement[statement.index(after: open)...])
        }
        return lines.joined(separator: "\n")
    }
}
