/// Identifies one source file among those a run has read; resolve it to a path with ``SourceFiles``.
public struct SourceFileID: Hashable, Sendable {
    /// Index of the file in the ``SourceFiles`` table that issued it.
    public let index: UInt32
}

/// A compact source position carried by every ``Node``: 12 bytes, no allocation.
public struct Mark: Hashable, Sendable {
    /// The file the position is in.
    public let file: SourceFileID
    /// Line number starting from 1.
    public let line: UInt32
    /// Column number starting from 1. libyaml counts columns in Unicode scalars, not bytes.
    public let column: UInt32

    public init(file: SourceFileID, line: UInt32, column: UInt32) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// The files a run has read, in the order it read them: maps ``SourceFileID``s back to paths.
public struct SourceFiles: Sendable {
    private var paths: [String] = []
    private var ids: [String: SourceFileID] = [:]

    public init() {}

    /// Returns the ID of `path`, registering it on first use. `path` should be standardized.
    public mutating func id(for path: String) -> SourceFileID {
        if let id = ids[path] { return id }
        let id = SourceFileID(index: UInt32(paths.count))
        paths.append(path)
        ids[path] = id
        return id
    }

    /// Every registered path, in the order the files were first named.
    public var allPaths: [String] { paths }

    /// The path registered for `id`.
    public func path(of id: SourceFileID) -> String {
        paths[Int(id.index)]
    }

    /// The full position of `mark`, with its file's path.
    public func location(of mark: Mark) -> SourceLocation {
        SourceLocation(path: path(of: mark.file), line: Int(mark.line), column: Int(mark.column))
    }
}

/// A position as users see it: `path:line:column`, line and column starting from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }
}
