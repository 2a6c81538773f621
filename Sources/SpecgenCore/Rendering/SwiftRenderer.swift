/// Renders the intermediate model to Swift files through the templates: one file per top-level type
/// (with its nested types), under `Models/`.
struct SwiftRenderer {
    let templates: TemplateSet

    func render(_ model: IntermediateModel) throws(Diagnostic) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for type in model.types {
            let declarations = [try declaration(type, access: model.accessLevel)]
            let text = try templates.render(FileContext(source: model.source, declarations: declarations), with: "File")
            let path = "Models/\(SwiftNaming.unescaped(type.name)).swift"
            files.append(GeneratedFile(path: path, contents: Self.tidy(text)))
        }
        return files + (try ClientRenderer(templates: templates, model: model).render())
    }

    /// One type's declaration, its nested types rendered first and indented into it.
    func declaration(_ type: NamedType, access: AccessLevel) throws(Diagnostic) -> String {
        var nested: [String] = []
        for child in type.nestedTypes {
            nested.append(Self.indented(try declaration(child, access: access), by: 1))
        }
        let context = TypeContext(type, access: access, nestedDeclarations: nested)
        return try templates.render(context, with: "Declaration")
    }

    /// Each non-empty line indented by `levels` × 4 spaces; trailing newlines dropped.
    static func indented(_ text: String, by levels: Int) -> String {
        let indentation = String(repeating: " ", count: 4 * levels)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : indentation + $0 }
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
