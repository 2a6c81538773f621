import Foundation

/// What one generation read and wrote, kept beside its output (`.specgen-stamp`) so that a run with nothing changed
/// stops before reading the spec: the generator's executable, the settings, every file read (spec files, specgen.yaml,
/// templates) and every file written, each by size and modification time, inputs also by a digest of their bytes (an
/// input whose time changed but whose bytes did not, as after a checkout, still counts as unchanged), and the warnings
/// to print again. A generated file edited by hand changes its time, so the next run generates again; `--check` never
/// trusts the stamp.
public struct GenerationStamp: Sendable, Equatable {
    /// The stamp's file name inside the output folder; hidden, so SwiftPM does not build it.
    public static let fileName = ".specgen-stamp"

    /// A file as the stamp saw it.
    struct FileState: Sendable, Equatable {
        var path: String
        var size: Int64
        /// Nanoseconds since 1970.
        var modified: Int64
        /// FNV-1a of the bytes, for inputs; 0 for outputs.
        var digest: UInt64 = 0
    }

    var generator: FileState
    /// The settings that do not come from a file read: paths, module, access level and the like.
    var settings: String
    var inputs: [FileState]
    /// Relative to the output folder.
    var outputs: [FileState]
    /// The warnings the generation printed, rendered.
    public var warnings: String

    /// The stamp of a generation that read `inputs` (absolute paths) and wrote `outputs` (relative to the output
    /// folder) with `configuration`; `nil` when a file cannot be read.
    public static func make(
        configuration: GeneratorConfiguration, inputs: [String], outputs: [String], warnings: String
    ) -> GenerationStamp? {
        guard let generator = executable().flatMap({ state(of: $0, digesting: false) }) else { return nil }
        var inputStates: [FileState] = []
        for path in Set(inputs + templateFiles(configuration)).sorted() {
            guard let state = state(of: path, digesting: true) else { return nil }
            inputStates.append(state)
        }
        var outputStates: [FileState] = []
        for path in outputs.sorted() {
            guard var state = state(of: configuration.outputFolder + "/" + path, digesting: false) else { return nil }
            state.path = path
            outputStates.append(state)
        }
        return GenerationStamp(
            generator: generator, settings: settings(of: configuration), inputs: inputStates, outputs: outputStates,
            warnings: warnings)
    }

    /// The stamp stored in `configuration`'s output folder, when it still describes everything there is: the same
    /// generator and settings, inputs unchanged, outputs as written. `nil` when anything differs.
    public static func current(for configuration: GeneratorConfiguration) -> GenerationStamp? {
        let path = configuration.outputFolder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path),
            let stamp = GenerationStamp(text: String(decoding: data, as: UTF8.self)),
            stamp.settings == settings(of: configuration),
            let generator = executable().flatMap({ state(of: $0, digesting: false) }), generator == stamp.generator,
            Set(templateFiles(configuration)).isSubset(of: stamp.inputs.map(\.path))
        else { return nil }
        for input in stamp.inputs {
            guard let now = state(of: input.path, digesting: false) else { return nil }
            if now.size == input.size, now.modified == input.modified { continue }
            guard now.size == input.size, state(of: input.path, digesting: true)?.digest == input.digest else {
                return nil
            }
        }
        for output in stamp.outputs {
            guard var now = state(of: configuration.outputFolder + "/" + output.path, digesting: false) else {
                return nil
            }
            now.path = output.path
            guard now == output else { return nil }
        }
        return stamp
    }

    /// Stores the stamp in `folder`, replacing the last one in one rename.
    public func write(into folder: String) throws(Diagnostic) {
        let path = folder + "/" + Self.fileName
        let staging = path + ".\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: staging, contents: Data(text.utf8)),
            rename(staging, path) == 0
        else {
            unlink(staging)
            throw .error(
                "cannot write \(path): \(String(cString: strerror(errno)))", at: nil,
                hint: "check that the output folder is writable; the generated files themselves are written")
        }
    }

    /// The number of files the stamped generation wrote.
    public var outputCount: Int { outputs.count }

    // MARK: - Files

    private static func executable() -> String? {
        Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }

    /// The `.mustache` files of the configuration's template folder, which a template added there would change.
    private static func templateFiles(_ configuration: GeneratorConfiguration) -> [String] {
        guard let folder = configuration.templatesFolder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        return names.filter { $0.hasSuffix(".mustache") }.sorted().map { folder + "/" + $0 }
    }

    private static func settings(of configuration: GeneratorConfiguration) -> String {
        [
            configuration.specPath, configuration.moduleName, configuration.outputFolder,
            configuration.accessLevel.rawValue, configuration.templatesFolder ?? "-", configuration.source,
        ].joined(separator: "|")
    }

    private static func state(of path: String, digesting: Bool) -> FileState? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        let modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        var state = FileState(path: path, size: Int64(info.st_size), modified: modified)
        if digesting {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            state.digest = fnv1a(data)
        }
        return state
    }

    /// The 64-bit FNV-1a hash of `data`: a change detector, not a cryptographic digest.
    static func fnv1a(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }

    // MARK: - Text

    /// One line per entry, fields separated by tabs, strings escaped (`%`, tab and line break as `%25`, `%09`, `%0A`).
    var text: String {
        var lines = ["specgen-stamp 1", "generator\t\(Self.fields(generator))", "settings\t\(Self.escaped(settings))"]
        lines += inputs.map { "input\t\(Self.fields($0))" }
        lines += outputs.map { "output\t\(Self.fields($0))" }
        lines.append("warnings\t\(Self.escaped(warnings))")
        return lines.joined(separator: "\n") + "\n"
    }

    init?(text: String) {
        // Split as bytes: a stamp holds a line per generated file, thousands for a large API, and no field holds a
        // tab or line break (``escaped(_:)``).
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(), String(Substring(header)) == "specgen-stamp 1" else { return nil }
        var generator: FileState?
        var settings: String?
        var inputs: [FileState] = []
        var outputs: [FileState] = []
        var warnings = ""
        for line in lines {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(Substring($0))
            }
            switch fields.first {
            case "generator": generator = Self.fileState(fields.dropFirst())
            case "settings" where fields.count == 2: settings = Self.unescaped(fields[1])
            case "input": inputs.append(contentsOf: Self.fileState(fields.dropFirst()).map { [$0] } ?? [])
            case "output": outputs.append(contentsOf: Self.fileState(fields.dropFirst()).map { [$0] } ?? [])
            case "warnings" where fields.count == 2: warnings = Self.unescaped(fields[1])
            default: return nil
            }
        }
        guard let generator, let settings else { return nil }
        self.init(generator: generator, settings: settings, inputs: inputs, outputs: outputs, warnings: warnings)
    }

    private init(
        generator: FileState, settings: String, inputs: [FileState], outputs: [FileState], warnings: String
    ) {
        self.generator = generator
        self.settings = settings
        self.inputs = inputs
        self.outputs = outputs
        self.warnings = warnings
    }

    private static func fields(_ state: FileState) -> String {
        "\(state.size)\t\(state.modified)\t\(state.digest)\t\(escaped(state.path))"
    }

    private static func fileState(_ fields: ArraySlice<String>) -> FileState? {
        let fields = Array(fields)
        guard fields.count == 4, let size = Int64(fields[0]), let modified = Int64(fields[1]),
            let digest = UInt64(fields[2])
        else { return nil }
        return FileState(path: unescaped(fields[3]), size: size, modified: modified, digest: digest)
    }

    private static func escaped(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\t", with: "%09").replacing("\n", with: "%0A")
    }

    private static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let percent = rest.firstIndex(of: "%") {
            result += rest[..<percent]
            let code = rest[percent...].prefix(3)
            result += ["%25": "%", "%09": "\t", "%0A": "\n"][String(code)] ?? String(code)
            rest = rest[percent...].dropFirst(code.count)
        }
        return result + rest
    }
}
