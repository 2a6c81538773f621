import Foundation

/// Writes generated files into an output folder: only files whose bytes changed are written (unchanged files
/// keep their modification time), and files Specgen generated earlier that are no longer produced are deleted.
/// Nothing else in the folder is touched. In check mode it only reports what it would do.
public struct OutputWriter: Sendable {
    public let folder: String
    /// Called after each file written into the staging folder, with how many are written so far (see
    /// ``StagedSwap``); `nil` but in tests that interrupt a write.
    public let afterEachStagedWrite: (@Sendable (Int) -> Void)?

    public init(folder: String, afterEachStagedWrite: (@Sendable (Int) -> Void)? = nil) {
        self.folder = folder
        self.afterEachStagedWrite = afterEachStagedWrite
    }

    /// How one generated file compares with the folder: the same bytes, or different ones (`nil` when missing).
    private enum Outcome {
        case unchanged
        case changed(existing: Data?)
    }

    /// A file that differs from what would be generated (check mode).
    public struct Drift: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case missing
            case outOfDate = "out of date"
            case extra = "no longer generated"
        }

        /// Relative to the output folder.
        public var path: String
        public var kind: Kind
        /// What a write would change, from the file on disk to the generated one.
        public var excerpt: DiffExcerpt

        init(path: String, kind: Kind, old: Data?, new: String?) {
            self.path = path
            self.kind = kind
            self.excerpt = DiffExcerpt(old: old.map { String(decoding: $0, as: UTF8.self) }, new: new)
        }
    }

    /// What a write did, or (in check mode) would do.
    public struct Report: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var deleted: [String] = []
        /// Check mode: every missing, out-of-date and extra file with a diff excerpt, by path.
        public var drift: [Drift] = []

        /// Whether the folder already held exactly these files.
        public var isUpToDate: Bool { written.isEmpty && deleted.isEmpty }
    }

    /// Brings the folder in line with `files`; with `checkOnly`, changes nothing and reports the differences.
    ///
    /// The new state is built beside the folder and swapped in with one rename, so that an interrupted run (SIGINT,
    /// a crash, a full disk) leaves the old output or the new one, never a mix: the staging folder holds hard links to
    /// every file that stays (unchanged generated files keep their inode and modification time, files Specgen did
    /// not write are kept as they are) and the files whose bytes changed. When nothing changes, nothing is touched.
    public func write(_ files: [GeneratedFile], checkOnly: Bool = false) throws(Diagnostic) -> Report {
        var report = Report()
        let produced = Set(files.map(\.path))
        let sorted = files.sorted(by: { $0.path < $1.path })
        for file in sorted { try Self.checkContained(file.path) }
        let paths = sorted.map { folder + "/" + $0.path }
        try refuseLinkedFolders(Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted())
        // Compared on several threads: with thousands of files the time goes to waiting on the file system.
        let outcomes = ParallelResults<Outcome>(count: sorted.count)
        let lanes = 8
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: sorted.count, by: lanes) {
                outcomes.store(index) { () throws(Diagnostic) in
                    let existing = try Self.contents(of: paths[index])
                    return existing == Data(sorted[index].contents.utf8) ? .unchanged : .changed(existing: existing)
                }
            }
        }
        var changed: [GeneratedFile] = []
        for (index, outcome) in try outcomes.values().enumerated() {
            switch outcome {
            case .unchanged:
                report.unchanged.append(sorted[index].path)
            case .changed(let existing):
                report.written.append(sorted[index].path)
                changed.append(sorted[index])
                // Diff excerpts only for check mode, which prints them.
                if checkOnly {
                    let kind: Drift.Kind = existing == nil ? .missing : .outOfDate
                    report.drift.append(
                        Drift(path: sorted[index].path, kind: kind, old: existing, new: sorted[index].contents))
                }
            }
        }
        let stale = previouslyGenerated(besides: produced).sorted()
        report.deleted = stale
        if checkOnly {
            for path in stale {
                let old = try Self.contents(of: folder + "/" + path)
                report.drift.append(Drift(path: path, kind: .extra, old: old, new: nil))
            }
        }
        if checkOnly || report.isUpToDate { return report }
        try StagedSwap(folder: folder, afterEachWrite: afterEachStagedWrite).replace(
            dropping: Set(stale).union(changed.map(\.path)), writing: changed)
        return report
    }

    /// Creates the file at `path`, which must not exist yet, with `bytes`; false (with `errno` set) when it cannot.
    static func create(_ path: String, with bytes: Data) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let code = errno
        close(descriptor)
        if !written {
            unlink(path)
            errno = code
        }
        return written
    }

    /// A generated file's path must stay inside the output folder: relative, without `.` or `..` components.
    private static func checkContained(_ path: String) throws(Diagnostic) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw .error(
                "refusing to write '\(path)': a generated file must stay inside the output folder", at: nil,
                hint: "a name from the spec or a template produced this path; rename it with `names:` in specgen.yaml")
        }
    }

    /// Refuses to write through a folder below the output folder that is a symbolic link: the files would land
    /// wherever the link points.
    private func refuseLinkedFolders(_ parents: [String]) throws(Diagnostic) {
        var checked: Set<String> = []
        for parent in parents {
            var path = parent
            while path.count > folder.count, checked.insert(path).inserted {
                var info = stat()
                if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                    throw .error(
                        "refusing to write into \(path): it is a symbolic link, and Specgen does not follow links",
                        at: nil,
                        hint: "remove the link; Specgen creates the folder itself")
                }
                path = (path as NSString).deletingLastPathComponent
            }
        }
    }

    /// The bytes of the file at `path`; `nil` when there is none. A symbolic link in its place is an error: it is
    /// neither followed nor replaced.
    private static func contents(of path: String) throws(Diagnostic) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ELOOP {
                throw .error(
                    "refusing to write \(path): it is a symbolic link, and Specgen does not follow links", at: nil,
                    hint: "remove the link; Specgen writes the generated file in its place")
            }
            return nil
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }

    /// Relative paths of the `.swift` files under the folder, other than `produced`, that Specgen wrote (they start
    /// with its header). Symbolic links are never followed or counted.
    private func previouslyGenerated(besides produced: Set<String>) -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: Set<String> = []
        let header = Array(GeneratedFile.headerPrefix.utf8)
        for case let relative as String in enumerator where relative.hasSuffix(".swift") && !produced.contains(relative)
        {
            let path = folder + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                let handle = FileHandle(forReadingAtPath: path)
            else { continue }
            let head = (try? handle.read(upToCount: header.count)) ?? Data()
            try? handle.close()
            if Array(head) == header { paths.insert(relative) }
        }
        return paths
    }
}

/// POSIX `write`, out of reach of ``OutputWriter/write(_:checkOnly:)``'s name.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
