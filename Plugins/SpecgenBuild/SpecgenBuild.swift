import Foundation
import PackagePlugin

/// Generates a Swift client at build time for a target that holds a `specgen.yaml` and its spec.
///
/// The files written are always the same (``outputNames``), so the build knows them before generating:
/// `specgen build-plugin` spreads the client over exactly these files, leaving some empty when the API is small.
@main
struct SpecgenBuild: BuildToolPlugin {
    /// The files `specgen build-plugin` writes, in its order.
    static let outputNames =
        ["Generated.Client.swift", "Generated.Resources.swift"] + (1...8).map { "Generated.Models\($0).swift" }

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL
        guard FileManager.default.fileExists(atPath: folder.appending(path: "specgen.yaml").path) else {
            Diagnostics.error("\(target.name) uses the SpecgenBuild plugin but holds no specgen.yaml")
            return []
        }
        // Every spec, template and config file of the target: a change to any of them regenerates the client.
        let inputs =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { ["yaml", "yml", "json", "mustache"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path } ?? []
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [
            .buildCommand(
                displayName: "Generating the \(target.name) client from \(target.name)/specgen.yaml",
                executable: try context.tool(named: "specgen").url,
                arguments: [
                    "build-plugin", folder.path, "--module", target.name, "--output", output.path,
                    "--package-root", context.package.directoryURL.path,
                ],
                inputFiles: inputs,
                outputFiles: Self.outputNames.map { output.appending(path: $0) }
            )
        ]
    }
}
