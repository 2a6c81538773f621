import Foundation
import PackagePlugin

/// `swift package generate-clients [specgen generate options]`: regenerates the clients of the APIs in `Specs/`
/// (or of the folders named) inside the package, as `specgen generate` does.
@main
struct GenerateClients: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "specgen").url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("specgen generate failed (exit status \(process.terminationStatus))")
            throw ExitCode(process.terminationStatus)
        }
    }
}

/// Ends the plugin with specgen's exit status.
struct ExitCode: Error, CustomStringConvertible {
    var status: Int32
    init(_ status: Int32) { self.status = status }
    var description: String { "specgen exited with status \(status)" }
}
