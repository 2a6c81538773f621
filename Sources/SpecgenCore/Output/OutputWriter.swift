import Foundation

/// Writes generated files into an output folder: only files whose bytes changed are written (unchanged files
/// keep their modification time), and files Specgen generated earlier that are no longer produced are deleted.
/// Nothing else in the folder is touched. In check mode it only reports what it would do.
public struct OutputWriter: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// What a write did, or (in check mode) would do.
    public struct Report: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var deleted: [String] = []

        /// Whether the folder already held exactly these files.
        public var isUpToDate: Bool { written.isEmpty && deleted.isEmpty }
    }

    /// Brings the folder in line with `files`; with `checkOnly`, changes nothing and reports the differences.
    public func write(_ files: [GeneratedFile], checkOnly: Bool = false) throws(Diagnostic) -> Report {
        var report = Report()
        let fileManager = FileManager.default
        let produced = Set(files.map(\.path))
        var createdFolders: Set<String> = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            let bytes = Data(file.contents.utf8)
            if fileManager.contents(atPath: url.path) == bytes {
                report.unchanged.append(file.path)
                continue
            }
            report.written.append(file.path)
            guard !checkOnly else { continue }
            do {
                let folder = url.deletingLastPathComponent()
                if createdFolders.insert(folder.path).inserted {
                    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                try Self.replace(url.path, with: bytes)
            } catch {
                throw .error(
                    "cannot write \(url.path): \(error.localizedDescription)", at: nil,
                    hint: "check that the output folder is writable")
            }
        }
        for stale in previouslyGenerated(besides: produced).sorted() {
            report.deleted.append(stale)
            guard !checkOnly else { continue }
            do {
                try fileManager.removeItem(atPath: folder + "/" + stale)
            } catch {
                throw .error(
                    "cannot delete the stale generated file \(folder)/\(stale): \(error.localizedDescription)", at: nil)
            }
        }
        return report
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so that a reader sees the old
    /// file or the new one, never half of one. No `fsync`: generated files are rebuilt, not recovered, and syncing
    /// each of Stripe's 1,500 files took longer than generating them.
    private static func replace(_ path: String, with bytes: Data) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = directory + "/.specgen-\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
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
        guard written, rename(temporary, path) == 0 else {
            let failure = written ? errno : code
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
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
