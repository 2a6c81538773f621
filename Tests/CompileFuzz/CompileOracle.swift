import Foundation
import SpecgenCore

/// The fuzzer's oracle: Specgen generates a client from the document, and the Swift compiler type-checks it in
/// Swift 6 mode against SpecgenRuntime's modules. A document Specgen rejects, an error or a warning is a finding.
struct CompileOracle: Sendable {
    /// The folder of the built modules (`SpecgenRuntime` and what it imports).
    let modules: String
    /// This executable, which generates each client in a process of its own (``generate(spec:into:)``) so that a
    /// crash of the generator is a finding, not the end of the run.
    let executable: String
    /// Where each document, its client and the compiler's output are written.
    let workFolder: String
    /// A response file of the object files of SpecgenRuntime and what it links, when the round trip is checked too:
    /// the client and a program that decodes and re-encodes the document's examples are built and run.
    let runtimeObjects: String?

    /// What became of one document.
    enum Verdict: Sendable, Equatable {
        /// Generated and type-checked without an error or a warning.
        /// How many of its examples round-tripped, when that was checked.
        case compiles(roundTrips: Int)
        /// Specgen rejected a valid document: its first error.
        case rejected(String)
        /// Specgen crashed: how its process ended.
        case crashed(String)
        /// The client did not type-check warning-free: the compiler's first error or warning.
        case fails(String)
        /// An example did not decode into its generated type, or encoded back to other JSON.
        case roundTrip(String)

        /// The kind of failure with the names in it blanked, so that the minimizer keeps chasing the same defect
        /// while it renames things by dropping them.
        var signature: String? {
            switch self {
            case .compiles: nil
            case .crashed(let message): "crash: " + message
            case .roundTrip(let message):
                "round trip: "
                    + (message.contains("does not round-trip")
                        ? "does not decode" : message.contains("*** Signal") ? "crashes" : "changes the JSON")
            case .rejected(let message), .fails(let message):
                ["error", "warning"].lazy.compactMap { severity in
                    message.range(of: ": \(severity): ").map { severity + ": " + message[$0.upperBound...] }
                }.first.map { $0.replacing(/'[^']*'/, with: "'_'") } ?? message
            }
        }
    }

    /// Generates and type-checks `document` in a folder named `name`, which it leaves behind.
    func check(_ document: JSONTree, name: String) async throws -> Verdict {
        let folder = workFolder + "/" + name
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let spec = folder + "/spec.json"
        try Data(document.text.utf8).write(to: URL(fileURLWithPath: spec))
        let generation = try await ChildProcess.run(
            [executable, "--generate", spec, "--output", folder + "/Fuzzed"], in: folder,
            environment: ["SWIFT_BACKTRACE": "enable=no"])
        switch generation.status {
        case 0: break
        case 1: return .rejected(generation.output.trimmingCharacters(in: .whitespacesAndNewlines))
        default: return .crashed("exit status \(generation.status)")
        }
        let sources = generation.output.split(separator: "\n").map { "Fuzzed/" + $0 }
        let typecheck = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-module-name", "Fuzzed", "-I", modules] + sources,
            in: folder)
        let findings = typecheck.output.split(separator: "\n").filter {
            $0.contains(": error: ") || $0.contains(": warning: ")
        }
        if typecheck.status != 0 || !findings.isEmpty {
            return .fails(findings.first.map(String.init) ?? typecheck.output)
        }
        guard let runtimeObjects, FileManager.default.fileExists(atPath: folder + "/main.swift") else {
            return .compiles(roundTrips: 0)
        }
        let build = try await ChildProcess.run(
            ["swiftc", "-swift-version", "6", "-module-name", "Fuzzed", "-I", modules, "main.swift"] + sources
                + ["@" + runtimeObjects, "-o", "roundtrip"], in: folder)
        guard build.status == 0 else {
            let first = build.output.split(separator: "\n").first { $0.contains("error") }
            return .fails("round trip program: " + (first.map(String.init) ?? build.output))
        }
        let run = try await ChildProcess.run(["./roundtrip"], in: folder)
        let lines = run.output.split(separator: "\n")
        guard run.status == 0, lines.count == 1, let last = lines.last, last.hasPrefix("round-tripped ") else {
            return .roundTrip(lines.first.map(String.init) ?? "exit status \(run.status)")
        }
        return .compiles(roundTrips: Int(last.dropFirst("round-tripped ".count)) ?? 0)
    }

    /// Generates the client of `spec` into `folder` and prints each file's path; prints the first error and exits
    /// with status 1 when Specgen rejects the spec.
    static func generate(spec: String, into folder: String) throws {
        let configuration = GeneratorConfiguration(
            specPath: spec, moduleName: "Fuzzed", outputFolder: folder,
            source: URL(fileURLWithPath: spec).lastPathComponent)
        let generated = Generator().generate(configuration)
        if let error = generated.diagnostics.diagnostics.first(where: { $0.severity == .error }) {
            print(error.description)
            exit(1)
        }
        _ = try OutputWriter(folder: folder).write(generated.files)
        if let model = generated.model, let resolved = generated.resolved {
            let checks = ExampleCollector(resolved: resolved, model: model).collect().checks
            let program = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("main.swift")
            if !checks.isEmpty { try Data(RoundTripProgram.mainSwift(checks: checks).utf8).write(to: program) }
        }
        print(generated.files.map(\.path).joined(separator: "\n"))
    }
}
