import Foundation

/// Renders the intermediate model to Swift files through the templates: one file per top-level type
/// (with its nested types), under `Models/`. Types render in parallel, one file each, in the model's order.
struct SwiftRenderer: Sendable {
    let templates: TemplateSet

    func render(_ model: IntermediateModel) throws(Diagnostic) -> [GeneratedFile] {
        let results = ParallelResults<GeneratedFile>(count: model.types.count)
        DispatchQueue.concurrentPerform(iterations: model.types.count) { index in
            let type = model.types[index]
            results.store(index) { () throws(Diagnostic) in
                let declarations = [try declaration(type, access: model.accessLevel)]
                let context = FileContext(source: model.source, declarations: declarations)
                let text = try templates.render(context, with: "File")
                return GeneratedFile(
                    path: "Models/\(SwiftNaming.unescaped(type.name)).swift", contents: Self.tidy(text))
            }
        }
        return try results.values() + (try ClientRenderer(templates: templates, model: model).render())
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
        let indentation = [UInt8](repeating: UInt8(ascii: " "), count: 4 * levels)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var atLineStart = true
        for byte in text.utf8 {
            if atLineStart, byte != UInt8(ascii: "\n") { bytes += indentation }
            bytes.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Trailing spaces removed, runs of blank lines collapsed, no leading blank lines, exactly one final newline.
    static func tidy(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var previousWasBlank = true
        func flush() {
            while line.last == UInt8(ascii: " ") { line.removeLast() }
            if line.isEmpty {
                if !previousWasBlank { bytes.append(UInt8(ascii: "\n")) }
                previousWasBlank = true
            } else {
                bytes += line
                bytes.append(UInt8(ascii: "\n"))
                previousWasBlank = false
            }
            line.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { flush() } else { line.append(byte) }
        }
        flush()
        while bytes.count >= 2, bytes[bytes.count - 1] == UInt8(ascii: "\n"),
            bytes[bytes.count - 2] == UInt8(ascii: "\n")
        {
            bytes.removeLast()
        }
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
