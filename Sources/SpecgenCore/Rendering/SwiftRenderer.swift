import Foundation

/// Renders the intermediate model to Swift files through the templates: the model types under `Models/`, a family
/// of related types per file (``ModelFileGrouping``), then the client and its resources. Types render in parallel;
/// the files are the same whatever the order the threads finish in.
struct SwiftRenderer: Sendable {
    let templates: TemplateSet

    func render(_ model: IntermediateModel) throws(Diagnostic) -> [GeneratedFile] {
        let declarations = ParallelResults<String>(count: model.types.count)
        DispatchQueue.concurrentPerform(iterations: model.types.count) { index in
            declarations.store(index) { () throws(Diagnostic) in
                try declaration(model.types[index], access: model.accessLevel)
            }
        }
        let texts = try declarations.values()
        let clientFiles = try ClientRenderer(templates: templates, model: model).render()
        let groups = ModelFileGrouping.files(
            names: model.types.map { SwiftNaming.unescaped($0.name) },
            lineCounts: texts.map { $0.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } },
            taken: Set(clientFiles.map { ($0.path as NSString).lastPathComponent.replacing(".swift", with: "") })
        )
        var files: [GeneratedFile] = []
        for group in groups {
            let context = FileContext(source: model.source, declarations: group.members.map { texts[$0] })
            let text = try templates.render(context, with: "File")
            files.append(GeneratedFile(path: "Models/\(group.name).swift", contents: Self.tidy(text)))
        }
        return Self.uniquelyNamed(files + clientFiles)
    }

    /// The files with names a module can hold on any file system: a file whose name another one already has when case
    /// is ignored (`Status.swift` and `STATUS.swift`, on macOS one file; in one module never two of one name, whatever
    /// their folders) gets a number (`Status2.swift`).
    static func uniquelyNamed(_ files: [GeneratedFile]) -> [GeneratedFile] {
        var taken: Set<String> = []
        return files.map { file in
            let folder = (file.path as NSString).deletingLastPathComponent
            let stem = ((file.path as NSString).lastPathComponent as NSString).deletingPathExtension
            var name = stem
            var counter = 2
            while !taken.insert(name.lowercased()).inserted {
                name = stem + "\(counter)"
                counter += 1
            }
            guard name != stem else { return file }
            var renamed = file
            renamed.path = (folder.isEmpty ? "" : folder + "/") + name + ".swift"
            return renamed
        }
    }

    /// One type's declaration, its nested types rendered first and indented into it.
    func declaration(_ type: NamedType, access: AccessLevel) throws(Diagnostic) -> String {
        var nested: [String] = []
        for child in type.nestedTypes {
            nested.append(Self.indented(try declaration(child, access: access), by: 1))
        }
        let context = TypeContext(type, access: access, nestedDeclarations: nested)
        let text = try templates.render(context, with: "Declaration")
        guard case .union = type.kind else { return text }
        return ConditionLayout.breakingLongConditions(text)
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
