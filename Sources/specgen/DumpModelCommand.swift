import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen dump-model`: prints the intermediate model of one API as JSON — what templates are rendered from.
struct DumpModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-model",
        abstract: "Print the intermediate model of an API (the data templates render) as JSON.",
        discussion: """
            The API is a folder holding a specgen.yaml or a spec file. Prints the types (with their nested types,
            properties, enum cases and union cases) and the client (its resources, operations and parameters), every
            name as generated and every type reference in its Swift spelling, with keys sorted. Writes nothing.
            Problems are printed to standard error; exits 1 when the spec has errors.
            """
    )

    @Argument(help: "An API folder holding a specgen.yaml, or a spec file.", completion: .file())
    var api: String

    func run() throws {
        var renderer = DiagnosticRenderer()
        let configuration: GeneratorConfiguration
        switch try APIArgument.configuration(api, packageRoot: FileManager.default.currentDirectoryPath) {
        case .success(let loaded): configuration = loaded
        case .failure(let diagnostic):
            printError(renderer.render(diagnostic))
            throw ExitCode.failure
        }
        let result = Generator().generate(configuration)
        for diagnostic in result.diagnostics.diagnostics { printError(renderer.render(diagnostic)) }
        guard !result.diagnostics.hasErrors, let model = result.model else { throw ExitCode.failure }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(model) + Data("\n".utf8))
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
