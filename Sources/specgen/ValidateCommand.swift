import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen validate`: reads, decodes and resolves specs and reports every problem with its position.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check OpenAPI specs: read, decode and resolve every $ref, and report problems.",
        discussion: """
            Prints each problem as `path:line:col: error|warning: message`, then one summary line per spec.
            Exits 0 when there are no errors (warnings are fine), 1 when any spec has errors.
            """
    )

    @Argument(help: "OpenAPI spec files (YAML or JSON, OpenAPI 3.0 or 3.1).", completion: .file())
    var specs: [String]

    @Option(help: "Stop reporting errors after this many per spec.")
    var errorLimit = 100

    @Flag(help: "Do not show the source line under each problem.")
    var noSnippets = false

    func validate() throws {
        guard !specs.isEmpty else { throw ValidationError("name at least one spec file") }
        guard errorLimit > 0 else { throw ValidationError("--error-limit must be at least 1") }
    }

    func run() throws {
        var failed = false
        var renderer = DiagnosticRenderer(showsSnippets: !noSnippets)
        for spec in specs {
            let start = ContinuousClock.now
            let result = SpecLoader(errorLimit: errorLimit).load(spec)
            let elapsed = ContinuousClock.now - start
            for diagnostic in result.diagnostics.diagnostics {
                printError(renderer.render(diagnostic))
            }
            if result.diagnostics.droppedErrors > 0 {
                printError("\(spec): \(result.diagnostics.droppedErrors) more errors not shown")
            }
            print(Self.summary(spec, result, elapsed))
            failed = failed || !result.succeeded
        }
        if failed { throw ExitCode.failure }
    }

    static func summary(_ spec: String, _ result: SpecLoader.Result, _ elapsed: Duration) -> String {
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let time = String(format: "%.0f ms", milliseconds)
        let errors = result.diagnostics.errorCount
        let warnings = result.diagnostics.warningCount
        guard let document = result.document?.document else {
            return "\(spec): not valid, \(errors) errors, \(warnings) warnings (\(time))"
        }
        let counts = [
            "\(document.paths.count) paths",
            "\(document.operationCount) operations",
            "\(document.components.schemas.count) schemas",
            "\(errors) errors",
            "\(warnings) warnings",
        ]
        return "\(spec): \(errors == 0 ? "valid" : "not valid"), " + counts.joined(separator: ", ") + " (\(time))"
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
