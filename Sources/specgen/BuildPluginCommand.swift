import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen build-plugin`: what the SpecgenBuild plugin runs. Generates the client of a target that holds a
/// `specgen.yaml` into the fixed set of files the plugin announced to the build (``FixedFileSet``).
struct BuildPluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-plugin",
        abstract: "Generate a target's client into the fixed files of the SpecgenBuild plugin.",
        discussion: "Run by the SwiftPM build plugin; `specgen generate` is the command for people and CI.",
        shouldDisplay: false
    )

    @Argument(help: "The target's folder, holding specgen.yaml.", completion: .directory)
    var targetFolder: String

    @Option(help: "The target's module name.")
    var module: String

    @Option(help: "The plugin's work folder the files are written to.", completion: .directory)
    var output: String

    @Option(help: "The package's root folder.", completion: .directory)
    var packageRoot: String

    func run() throws {
        var renderer = DiagnosticRenderer()
        let target = GeneratorConfiguration.BuildTarget(module: module, outputFolder: output)
        let configuration: GeneratorConfiguration
        switch GeneratorConfiguration.load(apiFolder: targetFolder, packageRoot: packageRoot, buildTarget: target) {
        case .success(let loaded): configuration = loaded
        case .failure(let diagnostic):
            printError(renderer.render(diagnostic))
            throw ExitCode.failure
        }
        let result = Generator().generate(configuration)
        for diagnostic in result.diagnostics.diagnostics { printError(renderer.render(diagnostic)) }
        guard !result.diagnostics.hasErrors else { throw ExitCode.failure }
        do {
            _ = try OutputWriter(folder: output).write(FixedFileSet.join(result.files), checkOnly: false)
        } catch {
            printError(renderer.render(error))
            throw ExitCode.failure
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
