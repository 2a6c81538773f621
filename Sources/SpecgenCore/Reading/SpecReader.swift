import Foundation

/// Reads a spec file (YAML or JSON) into a ``Node`` tree, or a positioned error saying why it can't.
public struct SpecReader: Sendable {
    public var limits: ReadingLimits

    public init(limits: ReadingLimits = .default) {
        self.limits = limits
    }

    /// Reads the file at `path`; its nodes carry `file` in their marks.
    public func read(contentsOf path: String, as file: SourceFileID) throws(Diagnostic) -> Node {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .error(
                "no such file: \(path)", at: nil, hint: "check the path; relative paths start from the current folder")
        }
        guard !isDirectory.boolValue else {
            throw .error("\(path) is a folder, not a spec file", at: nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read \(path)", at: nil, hint: "check the file's permissions")
        }
        return try read(data, path: path, as: file)
    }

    /// Reads `data` as the contents of `path`.
    public func read(_ data: Data, path: String, as file: SourceFileID) throws(Diagnostic) -> Node {
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard data.count <= limits.maxFileSize else {
            throw .error(
                "the file is \(data.count) bytes, more than the limit of \(limits.maxFileSize)",
                at: start,
                hint: "raise the input size limit if this spec really is that large"
            )
        }
        if isBinary(data) {
            throw .error(
                "this is a binary file, not YAML or JSON", at: start, hint: "point specgen at the spec's text file")
        }
        let parser = YAMLParser(limits: limits, file: file, path: path)
        let parsed = data.withUnsafeBytes { bytes in Result { () throws(Diagnostic) in try parser.parse(bytes) } }
        let root = try parsed.get()
        guard let root, !(root.scalar?.isNull ?? false) else {
            throw .error(
                "the file is empty: it holds no YAML or JSON document", at: start,
                hint: "an OpenAPI spec starts with `openapi: 3.x.y`")
        }
        return root
    }

    /// A NUL byte in the first 8 KiB, without a UTF-16 byte order mark, marks a binary file.
    private func isBinary(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        return head.contains(0)
    }
}
