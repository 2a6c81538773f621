/// The generated files of one API joined into a set of files whose names never change, for the SwiftPM build
/// plugin, which must name its outputs before anything is generated: the client, its resources, and the models
/// spread over ``modelParts`` files of similar size. A part with nothing to hold is a file with only the header.
public enum FixedFileSet {
    /// How many files the models are spread over.
    public static let modelParts = 8

    /// The names of the files, in order: `Generated.Client.swift`, `Generated.Resources.swift`,
    /// `Generated.Models1.swift` … `Generated.Models8.swift`.
    public static let names =
        ["Generated.Client.swift", "Generated.Resources.swift"] + (1...modelParts).map { "Generated.Models\($0).swift" }

    /// Joins `files` (as ``SwiftRenderer`` made them: `Models/…`, `Resources/…` and the client file) into the
    /// files of ``names``.
    public static func join(_ files: [GeneratedFile]) -> [GeneratedFile] {
        let sorted = files.sorted { $0.path < $1.path }
        let models = sorted.filter { $0.path.hasPrefix("Models/") }
        let resources = sorted.filter { $0.path.hasPrefix("Resources/") }
        let client = sorted.filter { !$0.path.hasPrefix("Models/") && !$0.path.hasPrefix("Resources/") }
        let groups = [client, resources] + spread(models, over: modelParts)
        let header = files.first.map { Source($0.contents).header } ?? GeneratedFile.headerPrefix
        return zip(names, groups).map { name, group in
            GeneratedFile(path: name, contents: joined(group, header: header))
        }
    }

    /// `files` cut, in order, into `parts` runs of similar byte size (some empty when there are few files).
    static func spread(_ files: [GeneratedFile], over parts: Int) -> [[GeneratedFile]] {
        let total = files.reduce(0) { $0 + $1.contents.utf8.count }
        var groups: [[GeneratedFile]] = Array(repeating: [], count: parts)
        var filled = 0
        for file in files {
            // The part whose share of the total the file's middle falls into.
            let middle = filled + file.contents.utf8.count / 2
            groups[min(parts - 1, middle * parts / max(total, 1))].append(file)
            filled += file.contents.utf8.count
        }
        return groups
    }

    private static func joined(_ group: [GeneratedFile], header: String) -> String {
        let sources = group.map { Source($0.contents) }
        let imports = Set(sources.flatMap(\.imports)).sorted()
        var text = header + "\n"
        if !imports.isEmpty { text += "\n" + imports.joined(separator: "\n") + "\n" }
        for source in sources where !source.body.isEmpty { text += "\n" + source.body + "\n" }
        return text
    }

    /// A generated file cut into its header comment, its `import` lines and the declarations after them.
    private struct Source {
        var header: String
        var imports: [String]
        var body: String

        init(_ contents: String) {
            var lines = contents.split(separator: "\n", omittingEmptySubsequences: false)[...]
            var headerLines: [Substring] = []
            while let line = lines.first, line.hasPrefix("//") {
                headerLines.append(line)
                lines.removeFirst()
            }
            var imports: [String] = []
            while let line = lines.first, line.isEmpty || line.hasPrefix("import ") {
                if !line.isEmpty { imports.append(String(line)) }
                lines.removeFirst()
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            header = headerLines.joined(separator: "\n")
            self.imports = imports
            body = lines.joined(separator: "\n")
        }
    }
}
