import Foundation
import Synchronization

/// Writes generated files into an output folder: only files whose bytes changed are written (unchanged files
/// keep their modification time), and files Specgen generated earlier that are no longer produced are deleted.
/// Nothing else in the folder is touched. In check mode it only reports what it would do.
public struct OutputWriter: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// What happened to one file.
    private enum Outcome {
        case unchanged, written
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
    /// Files are compared and written on several threads: with thousands of files the time goes to waiting on the
    /// file system, not to the processor.
    public func write(_ files: [GeneratedFile], checkOnly: Bool = false) throws(Diagnostic) -> Report {
        var report = Report()
        let fileManager = FileManager.default
        let produced = Set(files.map(\.path))
        let sorted = files.sorted(by: { $0.path < $1.path })
        let paths = sorted.map { URL(fileURLWithPath: folder).appendingPathComponent($0.path).path }
        if !checkOnly {
            for parent in Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted() {
                do {
                    try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw .error(
                        "cannot create the folder \(parent): \(error.localizedDescription)", at: nil,
                        hint: "check that the output folder is writable")
                }
            }
        }
        let outcomes = ParallelResults<Outcome>(count: sorted.count)
        let lanes = 8
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: sorted.count, by: lanes) {
                outcomes.store(index) { () throws(Diagnostic) in
                    let bytes = Data(sorted[index].contents.utf8)
                    let existing = Self.contents(of: paths[index])
                    if existing == bytes { return .unchanged }
                    guard !checkOnly else { return .written }
                    do {
                        // A new file needs no temporary: nobody can have read half of what was not there.
                        if existing != nil || !Self.create(paths[index], with: bytes) {
                            try Self.replace(paths[index], with: bytes)
                        }
                        return .written
                    } catch {
                        throw .error(
                            "cannot write \(paths[index]): \(error.localizedDescription)", at: nil,
                            hint: "check that the output folder is writable")
                    }
                }
            }
        }
        for (index, outcome) in try outcomes.values().enumerated() {
            switch outcome {
            case .unchanged: report.unchanged.append(sorted[index].path)
            case .written: report.written.append(sorted[index].path)
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
        let temporary = directory + "/.specgen-\(getpid())-\(temporaryCounter.next()).tmp"
        guard create(temporary, with: bytes) else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// Creates the file at `path`, which must not exist yet, with `bytes`; false (with `errno` set) when it cannot.
    private static func create(_ path: String, with bytes: Data) -> Bool {
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

    /// The bytes of the file at `path`; `nil` when there is none (or it cannot be read).
    private static func contents(of path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
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

/// Numbers for temporary file names, unique within the process (with the process ID, unique on the machine).
private let temporaryCounter = TemporaryCounter()

private final class TemporaryCounter: Sendable {
    private let value = Mutex(0)

    func next() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }
}
