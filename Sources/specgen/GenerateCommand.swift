import ArgumentParser
import Foundation
import SpecgenCore
import Synchronization

/// `specgen generate`: generates the Swift clients of the APIs in `Specs/`, or of one spec given ad hoc.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift clients for the APIs in Specs/ (or for one spec with --spec).",
        discussion: """
            With no folder named, generates every folder of Specs/ that holds a specgen.yaml. Files are written only
            when their bytes change; files generated earlier that are no longer produced are deleted. Nothing is
            written when a spec has errors. Exits 0 on success, 1 on spec or configuration errors (or, with
            --check, when generated files are out of date), 2 on usage errors.
            """
    )

    @Argument(help: "API folders holding a specgen.yaml (default: every folder in Specs/).", completion: .directory)
    var apiFolders: [String] = []

    @Option(help: "Generate from this spec file instead of Specs/ (needs --module and --output).", completion: .file())
    var spec: String?

    @Option(help: "With --spec: the Swift module name of the generated files.")
    var module: String?

    @Option(help: "With --spec: the folder to write the generated files to.", completion: .directory)
    var output: String?

    @Option(help: "With --spec: the access level of generated declarations (public, package, internal).")
    var access: String = "public"

    @Option(help: "A folder of .mustache templates that replace the bundled ones by file name.", completion: .directory)
    var templates: String?

    @Flag(help: "Write nothing; exit 1 if any generated file is missing, out of date or no longer produced.")
    var check = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the time each stage took.")
    var verbose = false

    func validate() throws {
        if spec != nil {
            guard module != nil, output != nil else { throw ValidationError("--spec needs --module and --output") }
            guard apiFolders.isEmpty else { throw ValidationError("name API folders or --spec, not both") }
            guard AccessLevel(rawValue: access) != nil else {
                throw ValidationError("--access must be public, package or internal")
            }
        } else if module != nil || output != nil {
            throw ValidationError("--module and --output go with --spec")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose do not go together") }
    }

    func run() throws {
        var configurations = try loadConfigurations()
        let owners = Dictionary(grouping: configurations.compactMap { $0.1 }, by: \.outputFolder)
        var renderer = DiagnosticRenderer()
        for (index, (_, configuration)) in configurations.enumerated() {
            guard let configuration, let sharing = owners[configuration.outputFolder], sharing.count > 1 else {
                continue
            }
            let others = sharing.filter { $0.source != configuration.source }.map(\.source)
            printError(
                renderer.render(
                    .error(
                        "output folder \(configuration.outputFolder) is also written by \(others.joined(separator: ", "))",
                        at: configuration.outputLocation, hint: "give every API its own output folder")))
            configurations[index].1 = nil
        }
        let jobs = configurations
        // APIs generate concurrently; each one's report is printed in the order the APIs were named, so the output
        // is the same as a serial run's.
        let reports = Mutex([APIReport](repeating: APIReport(), count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let (name, configuration) = jobs[index]
            let report = configuration.map { generate(name: name, configuration: $0) } ?? APIReport(failed: true)
            reports.withLock { $0[index] = report }
        }
        var failed = false
        for report in reports.withLock({ $0 }) {
            if !report.errors.isEmpty { printError(report.errors) }
            if !report.output.isEmpty, !quiet || report.failed { print(report.output) }
            failed = failed || report.failed
        }
        if failed { throw ExitCode.failure }
    }

    /// What generating one API printed and whether it failed.
    private struct APIReport: Sendable {
        var output = ""
        var errors = ""
        var failed = false
    }

    private func generate(name: String, configuration: GeneratorConfiguration) -> APIReport {
        var configuration = configuration
        if let templates {
            configuration.templatesFolder = URL(fileURLWithPath: templates).standardizedFileURL.path
        }
        var report = APIReport()
        var renderer = DiagnosticRenderer()
        let start = ContinuousClock.now
        // Nothing changed since the last generation into this folder: stop before reading the spec.
        if !check, let stamp = GenerationStamp.current(for: configuration) {
            report.errors = stamp.warnings
            report.output =
                "\(name): 0 written, \(stamp.outputCount) unchanged, 0 deleted "
                + "(\(Self.milliseconds(ContinuousClock.now - start)))"
            if verbose {
                report.output += "\n  inputs and outputs unchanged since the last run (\(GenerationStamp.fileName))"
            }
            return report
        }
        let result = Generator().generate(configuration)
        report.errors = result.diagnostics.diagnostics.map { renderer.render($0) }.joined(separator: "\n")
        guard !result.diagnostics.hasErrors else {
            report.errors +=
                "\n\(name): not generated, \(result.diagnostics.errorCount) errors; the previous output is unchanged"
            report.failed = true
            return report
        }
        let writeStart = ContinuousClock.now
        let written: OutputWriter.Report
        do {
            written = try OutputWriter(folder: configuration.outputFolder).write(result.files, checkOnly: check)
        } catch {
            report.errors += (report.errors.isEmpty ? "" : "\n") + renderer.render(error)
            report.failed = true
            return report
        }
        if !check {
            let settingsFile =
                spec == nil ? [URL(fileURLWithPath: name).appendingPathComponent("specgen.yaml").path] : []
            let stamp = GenerationStamp.make(
                configuration: configuration, inputs: (result.resolved?.files.allPaths ?? []) + settingsFile,
                outputs: result.files.map(\.path), warnings: report.errors)
            do {
                try stamp?.write(into: configuration.outputFolder)
            } catch {
                report.errors += (report.errors.isEmpty ? "" : "\n") + renderer.render(error)
            }
        }
        let now = ContinuousClock.now
        let time = Self.milliseconds(now - start)
        var lines: [String] = []
        if check {
            if written.isUpToDate {
                lines.append("\(name): up to date, \(written.unchanged.count) files (\(time))")
            } else {
                report.failed = true
                lines.append("\(name): out of date, \(written.drift.count) files (\(time))")
                for drift in written.drift {
                    lines.append("  \(drift.kind.rawValue): \(drift.path)")
                    lines.append(drift.excerpt.rendered())
                }
            }
        } else {
            lines.append(
                "\(name): \(written.written.count) written, \(written.unchanged.count) unchanged, "
                    + "\(written.deleted.count) deleted (\(time))")
        }
        if verbose {
            let stages = result.stages + [Generator.Stage(name: check ? "check" : "write", duration: now - writeStart)]
            lines.append(
                "  " + stages.map { "\($0.name) \(Self.milliseconds($0.duration))" }.joined(separator: ", ")
                    + ", \(result.files.count) files")
        }
        report.output = lines.joined(separator: "\n")
        return report
    }

    /// The configurations to run, by display name; `nil` for a folder whose specgen.yaml has an error (reported).
    private func loadConfigurations() throws -> [(String, GeneratorConfiguration?)] {
        let cwd = FileManager.default.currentDirectoryPath
        if let spec, let module, let output {
            let configuration = GeneratorConfiguration(
                specPath: URL(fileURLWithPath: spec).standardizedFileURL.path,
                moduleName: module,
                outputFolder: URL(fileURLWithPath: output).standardizedFileURL.path,
                accessLevel: AccessLevel(rawValue: access) ?? .public,
                source: spec
            )
            return [(spec, configuration)]
        }
        var folders = apiFolders
        if folders.isEmpty { folders = try SpecsFolder.apiFolders(in: cwd) }
        var renderer = DiagnosticRenderer()
        // `Specs/pets` and `Specs/pets/` name one API, generated once.
        var seen: Set<String> = []
        folders = folders.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        return folders.map { folder in
            let name = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            switch GeneratorConfiguration.load(apiFolder: folder, packageRoot: cwd) {
            case .success(let configuration):
                return (name, configuration)
            case .failure(let diagnostic):
                printError(renderer.render(diagnostic))
                return (name, nil)
            }
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.0f ms", value)
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
