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
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url, options: .atomic)
            } catch {
                throw .error(
                    "cannot write \(url.path): \(error.localizedDescription)", at: nil,
                    hint: "check that the output folder is writable")
            }
        }
        for stale in previouslyGenerated().subtracting(produced).sorted() {
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

    /// Relative paths of the `.swift` files under the folder that Specgen wrote (they start with its header).
    private func previouslyGenerated() -> Set<String> {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        else {
            return []
        }
        var paths: Set<String> = []
        let header = Data(GeneratedFile.headerPrefix.utf8)
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true,
                let handle = try? FileHandle(forReadingFrom: url)
            else { continue }
            let head = (try? handle.read(upToCount: header.count)) ?? Data()
            try? handle.close()
            guard head == header else { continue }
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            paths.insert(String(relative))
        }
        return paths
    }
}
