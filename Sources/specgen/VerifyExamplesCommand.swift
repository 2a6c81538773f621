import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen verify-examples`: decodes every example of a spec into the type Specgen generates for its place, by
/// compiling the clients with a small program per API and running it.
struct VerifyExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-examples",
        abstract: "Check that every example of a spec decodes into its generated Swift type.",
        discussion: """
            Each API is an API folder (with a specgen.yaml) or a spec file; without any, every folder of Specs/.
            Generates each client into a temporary package with a program that decodes the spec's response and
            schema examples (YAML scalars read as their schema says), builds it with `swift build` and runs it.
            An example that does not decode is a warning at its position: the spec disagrees with itself. Exits 0
            when every API was checked (warnings are fine), 1 when a spec has errors or the check could not run.
            """
    )

    @Argument(help: "API folders holding a specgen.yaml, or spec files.", completion: .file())
    var apis: [String] = []

    @Option(help: "The Specgen package providing SpecgenRuntime (default: the checkout this specgen was built in).")
    var runtime: String?

    @Option(help: "Build folder to use (and keep) for the checks; by default a temporary one.")
    var scratchPath: String?

    func run() throws {
        guard let runtimePackage = runtime.map(Self.absolute) ?? ExampleCheckPackage.locateRuntimePackage() else {
            throw ValidationError("cannot find Specgen's package for SpecgenRuntime; name it with --runtime PATH")
        }
        var renderer = DiagnosticRenderer()
        var package = try ExampleCheckPackage(runtimePackage: runtimePackage)
        defer { package.remove() }
        var failed = false
        var checked: [(name: String, module: String, collection: ExampleCollection)] = []
        var summaries: [String] = []
        var modules: Set<String> = []
        for (name, configuration) in try configurations() {
            var configuration = configuration
            // Named apart from the targets of Specgen's own package, which the check package depends on.
            let base = "ExamplesOf" + configuration.moduleName
            var module = base
            var counter = 2
            while modules.contains(module) {
                module = base + "\(counter)"
                counter += 1
            }
            modules.insert(module)
            configuration.moduleName = module
            let result = Generator().generate(configuration)
            for diagnostic in result.diagnostics.diagnostics { printError(renderer.render(diagnostic)) }
            guard !result.diagnostics.hasErrors, let model = result.model, let resolved = result.resolved else {
                summaries.append("\(name): not checked, \(result.diagnostics.errorCount) errors")
                failed = true
                continue
            }
            let collection = ExampleCollector(resolved: resolved, model: model).collect()
            if !collection.checks.isEmpty {
                try package.add(module: module, files: result.files, checks: collection.checks)
            }
            checked.append((name, module, collection))
        }
        if !package.modules.isEmpty, let output = try package.build(scratchPath: scratchPath.map(Self.absolute)) {
            printError(String(output.suffix(5000)))
            printError("error: the generated clients and their example checks do not build")
            throw ExitCode.failure
        }
        for (name, module, collection) in checked {
            let failures =
                collection.checks.isEmpty
                ? [] : try package.failures(of: module, scratchPath: scratchPath.map(Self.absolute))
            for (index, reason) in failures where collection.checks.indices.contains(index) {
                let check = collection.checks[index]
                printError(
                    renderer.render(
                        .warning(
                            "the example of \(check.place) does not decode as \(check.swiftType): \(reason)",
                            at: check.location,
                            hint: "the spec's example and its schema disagree: correct whichever is wrong")))
            }
            summaries.append(Self.summary(name, collection, failures: failures.count))
        }
        summaries.forEach { print($0) }
        if failed { throw ExitCode.failure }
    }

    /// `Specs/personio: 57 examples checked, 55 decode, 2 do not (warnings above); 12 untyped (any JSON),
    /// 3 request-only (not decodable), 0 external (not fetched)`.
    static func summary(_ name: String, _ collection: ExampleCollection, failures: Int) -> String {
        let total = collection.checks.count
        var text = "\(name): \(total) example\(total == 1 ? "" : "s") checked, \(total - failures) decode"
        if failures > 0 { text += ", \(failures) do not (warnings above)" }
        text += "; \(collection.untyped) untyped (any JSON), \(collection.requestOnly) request-only (not decodable)"
        text += ", \(collection.external) external (not fetched)"
        return text
    }

    /// Each API named (or every folder of Specs/) with its configuration; spec files get a module named after them.
    private func configurations() throws -> [(String, GeneratorConfiguration)] {
        let cwd = FileManager.default.currentDirectoryPath
        var names = apis
        if names.isEmpty { names = try SpecsFolder.apiFolders(in: cwd) }
        var renderer = DiagnosticRenderer()
        var configurations: [(String, GeneratorConfiguration)] = []
        for name in names {
            switch try APIArgument.configuration(name, packageRoot: cwd) {
            case .success(let configuration): configurations.append((name, configuration))
            case .failure(let diagnostic):
                printError(renderer.render(diagnostic))
                throw ExitCode.failure
            }
        }
        return configurations
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
