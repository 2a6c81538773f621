import Foundation

/// Runs a command line the way a user would, without holding a thread of Swift's cooperative pool while it runs:
/// tests that build packages wait for minutes, and other tests' async work must go on meanwhile.
public enum ChildProcess {
    /// What the command printed (standard output and error together) and its exit status.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `arguments` (the first found on `PATH`) in `folder`, with `environment` added to this process's.
    public static func run(
        _ arguments: [String],
        in folder: String,
        environment: [String: String] = [:]
    ) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(
                    returning: Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self)))
            }
        }
    }
}
