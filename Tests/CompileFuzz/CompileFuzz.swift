import ArgumentParser
import Foundation

/// `specgen-compile-fuzz`: makes random valid OpenAPI documents, generates a client from each and type-checks it in
/// Swift 6 mode. Prints one line per failure, minimizes the first document of each distinct failure into
/// `--findings`, and a summary; exits non-zero when anything failed. `Tests/CompileFuzz/run` builds and runs it.
@main
struct CompileFuzz: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen-compile-fuzz",
        abstract: "Generate random OpenAPI documents and check that their clients compile warning-free.")

    @Option(help: "How many documents to make.")
    var count = 100

    @Option(help: "The seed of the first document; document i has seed + i.")
    var seed: UInt64 = 1

    @Option(help: "Documents checked at once.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Where minimized failing documents are written.")
    var findings = ".build/compile-fuzz/findings"

    @Option(help: "The built SpecgenRuntime modules (default: Modules beside this executable).")
    var modules: String?

    @Flag(help: "Report failures without minimizing them.")
    var noMinimize = false

    @Flag(help: "Also build each client with a program that decodes and re-encodes the document's examples.")
    var roundTrip = false

    @Option(help: "Print the document of this seed instead of fuzzing.")
    var print: UInt64?

    @Option(help: .hidden) var generate: String?
    @Option(help: .hidden) var output = "Fuzzed"

    func run() async throws {
        if let spec = generate {
            return try CompileOracle.generate(spec: spec, into: output)
        }
        if let seed = print {
            report(SpecFactory.document(seed: seed).text, terminator: "")
            return
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-compile-fuzz-\(getpid())")
            .path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let oracle = CompileOracle(
            modules: modules ?? executable.deletingLastPathComponent().appendingPathComponent("Modules").path,
            executable: executable.path,
            workFolder: work,
            runtimeObjects: roundTrip ? try Self.runtimeObjects(beside: executable, in: work) : nil)
        defer { try? FileManager.default.removeItem(atPath: oracle.workFolder) }
        let start = ContinuousClock.now
        var failures: [(seed: UInt64, verdict: CompileOracle.Verdict)] = []
        var roundTrips = 0
        try await withThrowingTaskGroup(of: (UInt64, CompileOracle.Verdict).self) { group in
            var next = seed
            let end = seed + UInt64(count)
            func launch() {
                guard next < end else { return }
                let documentSeed = next
                next += 1
                group.addTask {
                    (
                        documentSeed,
                        try await oracle.check(SpecFactory.document(seed: documentSeed), name: "\(documentSeed)")
                    )
                }
            }
            for _ in 0..<max(1, jobs) { launch() }
            var done = 0
            while let (documentSeed, verdict) = try await group.next() {
                done += 1
                if case .compiles(let count) = verdict {
                    roundTrips += count
                } else {
                    failures.append((documentSeed, verdict))
                    report("seed \(documentSeed): \(verdict)")
                }
                if done % 100 == 0 { report("\(done) documents, \(failures.count) failures") }
                try? FileManager.default.removeItem(atPath: oracle.workFolder + "/\(documentSeed)")
                launch()
            }
        }
        let seconds = Double((ContinuousClock.now - start).components.seconds)
        let distinct = Dictionary(grouping: failures) { $0.verdict.signature ?? "" }
        report(
            "\(count) documents in \(Int(seconds)) s (\(String(format: "%.2f", Double(count) / max(seconds, 1))) documents/s): "
                + "\(failures.count) failed, \(distinct.count) distinct"
                + (roundTrip ? "; \(roundTrips) examples round-tripped" : ""))
        guard !failures.isEmpty else { return }
        for (signature, group) in distinct.sorted(by: { $0.key < $1.key }) {
            let first = group.map(\.seed).min()!
            report(
                "\(group.count)× \(signature)  (seeds \(group.map(\.seed).sorted().prefix(8).map(String.init).joined(separator: " ")))"
            )
            guard !noMinimize else { continue }
            let minimized = try await Minimizer { candidate in
                try await oracle.check(candidate, name: "minimize-\(first)").signature == signature
            }.minimize(SpecFactory.document(seed: first))
            try FileManager.default.createDirectory(atPath: findings, withIntermediateDirectories: true)
            let path = findings + "/seed-\(first).json"
            try Data(minimized.document.text.utf8).write(to: URL(fileURLWithPath: path))
            report("    minimized in \(minimized.tries) tries: \(path)")
        }
        throw ExitCode.failure
    }
}

extension CompileFuzz {
    /// Modules this executable links that generated code never imports: its own, its command line's and the
    /// generator's.
    static let modulesClientsDoNotLink = [
        "specgen_compile_fuzz", "TestSupport", "ArgumentParser", "ArgumentParserToolInfo", "SpecgenCore", "Mustache",
    ]

    /// A response file in `folder` of the object files SwiftPM linked into this executable for SpecgenRuntime and
    /// its dependencies (from the product's `Objects.LinkFileList`).
    static func runtimeObjects(beside executable: URL, in folder: String) throws -> String {
        let list = executable.deletingLastPathComponent().appendingPathComponent(
            executable.lastPathComponent + ".product/Objects.LinkFileList")
        let objects = try String(contentsOf: list, encoding: .utf8).split(separator: "\n").filter { line in
            !modulesClientsDoNotLink.contains { line.contains("/\($0).build/") }
        }
        let path = folder + "/runtime-objects.rsp"
        try Data(objects.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Writes a line to standard output at once, so that a long run shows its progress even through a pipe.
private func report(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((text + terminator).utf8))
}
