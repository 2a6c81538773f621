import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a folder with a new state of it in one step: the new state is built in a staging folder beside it —
/// hard links to every file that stays, new files for the ones that change — and the two folders are exchanged with
/// one `rename` (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS). Until the exchange the
/// folder is as it was; after it, it is wholly new. A staging folder left by an interrupted run is removed by the
/// next one. One run at a time per output folder.
struct StagedSwap {
    let folder: String
    /// Called after each file written into the staging folder with how many are written so far: where tests
    /// interrupt a run, as a crash or SIGKILL mid-write would.
    var afterEachWrite: (@Sendable (Int) -> Void)? = nil

    private var parent: String { (folder as NSString).deletingLastPathComponent }
    private var stagingPrefix: String { parent + "/." + (folder as NSString).lastPathComponent + ".specgen-" }

    /// Makes the folder hold what it holds now without the files at the relative paths `dropping`, plus `files`.
    func replace(dropping: Set<String>, writing files: [GeneratedFile]) throws(Diagnostic) {
        removeLeftovers()
        let staging = stagingPrefix + "staging-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try Self.check(mkdir(staging, 0o755))
            var info = stat()
            if lstat(folder, &info) == 0 { try Self.mirror(folder, into: staging, dropping: dropping, relative: "") }
            try write(files, into: staging)
            try exchange(staging)
        } catch {
            Self.removeTree(staging)
            throw .error(
                "cannot write \(folder): \(error.localizedDescription)", at: nil,
                hint: "check that the output folder and the folder it is in are writable; the output is unchanged")
        }
    }

    /// Hard links to every entry of `source` in `target`, folders recreated, symbolic links copied as links (never
    /// followed), except the regular files at `dropping`.
    private static func mirror(
        _ source: String, into target: String, dropping: Set<String>, relative: String
    ) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let from = source + "/" + name
            let to = target + "/" + name
            var info = stat()
            guard lstat(from, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                try check(mkdir(to, info.st_mode & 0o7777))
                try mirror(from, into: to, dropping: dropping, relative: path)
            case S_IFREG where !dropping.contains(path):
                try check(link(from, to))
            case S_IFLNK:
                let destination = try FileManager.default.destinationOfSymbolicLink(atPath: from)
                try check(symlink(destination, to))
            default:
                continue
            }
        }
    }

    private func write(_ files: [GeneratedFile], into staging: String) throws {
        for folder in Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
        where !folder.isEmpty {
            try FileManager.default.createDirectory(
                atPath: staging + "/" + folder, withIntermediateDirectories: true)
        }
        let results = ParallelResults<Void>(count: files.count)
        let written = WriteCounter()
        let lanes = 8
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: files.count, by: lanes) {
                results.store(index) { () throws(Diagnostic) in
                    let path = staging + "/" + files[index].path
                    guard OutputWriter.create(path, with: Data(files[index].contents.utf8)) else {
                        throw .error("cannot write \(path): \(String(cString: strerror(errno)))", at: nil)
                    }
                    if let afterEachWrite { afterEachWrite(written.increment()) }
                }
            }
        }
        _ = try results.values()
    }

    /// Puts the staging folder in the output folder's place and removes what was there.
    private func exchange(_ staging: String) throws {
        var info = stat()
        guard lstat(folder, &info) == 0 else {
            try Self.check(rename(staging, folder))
            return
        }
        if Self.exchangeFolders(staging, folder) {
            Self.removeTree(staging)
            return
        }
        // A file system that cannot exchange: two renames, with a moment in which the folder is missing.
        let old = stagingPrefix + "old-\(getpid())"
        try Self.check(rename(folder, old))
        try Self.check(rename(staging, folder))
        Self.removeTree(old)
    }

    private static func exchangeFolders(_ first: String, _ second: String) -> Bool {
        #if canImport(Glibc)
            typealias RenameAt2 =
                @convention(c) (
                    Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
                ) -> Int32
            guard let symbol = dlsym(nil, "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchange: UInt32 = 2  // RENAME_EXCHANGE
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchange) == 0
        #else
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #endif
    }

    /// Removes staging folders that interrupted runs left beside the output folder.
    private func removeLeftovers() {
        let prefix = (stagingPrefix as NSString).lastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            Self.removeTree(parent + "/" + name)
        }
    }

    private static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func check(_ result: Int32) throws {
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}

/// Counts files written across threads.
private final class WriteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}
