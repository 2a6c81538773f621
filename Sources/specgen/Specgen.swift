import ArgumentParser
import Foundation

/// The `specgen` command: dispatches to its subcommands and maps failures to exit codes
/// (0 success, 1 errors in a spec, 2 usage errors).
@main
struct Specgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates Swift clients from OpenAPI specs.",
        subcommands: [
            GenerateCommand.self, ValidateCommand.self, VerifyExamplesCommand.self, DumpModelCommand.self,
            BuildPluginCommand.self,
        ]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // swift-argument-parser reports usage errors as EX_USAGE (64); Specgen promises 2.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
