/// Renders the intermediate model to Swift files through the templates: one file per top-level type
/// (with its nested types), under `Models/`.
struct SwiftRenderer {
    let templates: TemplateSet

    func render(_ model: IntermediateModel) throws(Diagnostic) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for type in model.types {
            let context = FileContext(
                source: model.source, declarations: [try declaration(type, access: model.accessLevel)])
            let text = try templates.render(context, with: "File")
            files.append(
                GeneratedFile(path: "Models/\(SwiftNaming.unescaped(type.name)).swift", contents: Self.tidy(text)))
        }
        return files
    }

    /// One type's declaration, its nested types rendered first and indented into it.
    private func declaration(_ type: NamedType, access: AccessLevel) throws(Diagnostic) -> String {
        var nested: [String] = []
        for child in type.nestedTypes {
            nested.append(Self.indented(try declaration(child, access: access)))
        }
        let context = TypeContext(type, access: access, nestedDeclarations: nested)
        return try templates.render(context, with: "Declaration")
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
            .trimmingSuffix("\n")
    }

    /// Trailing spaces removed, runs of blank lines collapsed, exactly one final newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
