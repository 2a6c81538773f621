import ArgumentParser
import Foundation
import SpecgenCore

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
    }

    func run() throws {
        let configurations = try loadConfigurations()
        var failed = false
        var renderer = DiagnosticRenderer()
        for (name, configuration) in configurations {
            guard var configuration else {
                failed = true
                continue
            }
            if let templates {
                configuration.templatesFolder = URL(fileURLWithPath: templates).standardizedFileURL.path
            }
            let start = ContinuousClock.now
            let result = Generator().generate(configuration)
            for diagnostic in result.diagnostics.diagnostics { printError(renderer.render(diagnostic)) }
            guard !result.diagnostics.hasErrors else {
                printError(
                    "\(name): not generated, \(result.diagnostics.errorCount) errors; the previous output is unchanged")
                failed = true
                continue
            }
            let report = try OutputWriter(folder: configuration.outputFolder).write(result.files, checkOnly: check)
            let time = Self.milliseconds(ContinuousClock.now - start)
            if check {
                if report.isUpToDate {
                    print("\(name): up to date, \(report.unchanged.count) files (\(time))")
                } else {
                    failed = true
                    let stale =
                        report.written.map { "  out of date: \($0)" }
                        + report.deleted.map { "  no longer generated: \($0)" }
                    print("\(name): out of date\n" + stale.joined(separator: "\n"))
                }
            } else {
                print(
                    "\(name): \(report.written.count) written, \(report.unchanged.count) unchanged, "
                        + "\(report.deleted.count) deleted (\(time))"
                )
            }
        }
        if failed { throw ExitCode.failure }
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
        if folders.isEmpty {
            let specs = URL(fileURLWithPath: cwd).appendingPathComponent("Specs")
            let children = (try? FileManager.default.contentsOfDirectory(atPath: specs.path)) ?? []
            folders = children.sorted().map { "Specs/" + $0 }
                .filter { FileManager.default.fileExists(atPath: $0 + "/specgen.yaml") }
            guard !folders.isEmpty else {
                throw ValidationError(
                    "no folder of Specs/ holds a specgen.yaml; run from the package root or name a folder")
            }
        }
        var renderer = DiagnosticRenderer()
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
