import Foundation
import Testing

/// Runs the built `specgen` executable as a user would.
struct SpecgenProcess {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("specgen")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SpecgenCoreTests/Fixtures").standardizedFileURL.path
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs specgen with `arguments` in `folder`. Waits off Swift's cooperative pool: other tests' loopback servers
    /// need its threads meanwhile.
    static func run(
        _ arguments: [String], in folder: String = packageRoot, environment: [String: String] = [:]
    ) async throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return await withCheckedContinuation { continuation in
            // Both pipes drain at once, so neither can fill up and stall the other.
            let group = DispatchGroup()
            nonisolated(unsafe) var stdout = Data()
            nonisolated(unsafe) var stderr = Data()
            DispatchQueue.global().async(group: group) { stdout = out.fileHandleForReading.readDataToEndOfFile() }
            DispatchQueue.global().async(group: group) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
            group.notify(queue: .global()) {
                process.waitUntilExit()
                continuation.resume(
                    returning: Output(
                        status: process.terminationStatus,
                        stdout: String(decoding: stdout, as: UTF8.self),
                        stderr: String(decoding: stderr, as: UTF8.self)))
            }
        }
    }
}

@Suite struct ValidateCommandTests {
    @Test func validSpecExitsZeroWithASummary() async throws {
        let output = try await SpecgenProcess.run(["validate", SpecgenProcess.fixtures + "/Decoding/complete-3.0.yaml"])
        #expect(output.status == 0)
        #expect(
            output.stdout.contains("complete-3.0.yaml: valid, 1 paths, 2 operations, 4 schemas, 0 errors, 0 warnings (")
        )
        #expect(output.stdout.hasSuffix(" ms)\n"))
        #expect(output.stderr.isEmpty)
    }

    @Test func warningsAloneStillExitZero() async throws {
        let output = try await SpecgenProcess.run(["validate", "Specs/personio/webhooks.json"])
        #expect(output.status == 0)
        #expect(
            output.stderr.hasPrefix(
                "Specs/personio/webhooks.json:1:4132: warning: $ref '#/components/examples/TestEventMissingPayloadDataResponse' points at nothing"
            ))
        #expect(
            output.stdout.contains(
                "Specs/personio/webhooks.json: valid, 1 paths, 1 operations, 0 schemas, 0 errors, 1 warnings"))
    }

    @Test func errorsExitOneWithPositionSnippetAndHint() async throws {
        let spec = "Tests/SpecgenCoreTests/Fixtures/Reading/duplicate-key.yaml"
        let output = try await SpecgenProcess.run(["validate", spec])
        #expect(output.status == 1)
        let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "\(spec):11:5: error: duplicate key 'get' in this mapping (first at line 7, column 5)")
        #expect(lines.dropFirst().prefix(2) == ["        get:", "        ^"])
        #expect(lines.contains("  hint: YAML and JSON keys must be unique within a mapping; remove or rename one"))
        #expect(output.stdout.contains("duplicate-key.yaml: not valid, 1 errors, 0 warnings"))
    }

    @Test func oneBadSpecAmongSeveralExitsOneAndReportsEach() async throws {
        let output = try await SpecgenProcess.run([
            "validate", "--no-snippets",
            SpecgenProcess.fixtures + "/Decoding/features-3.1.yaml",
            SpecgenProcess.fixtures + "/Decoding/wrong-types.yaml",
        ])
        #expect(output.status == 1)
        #expect(output.stdout.contains("features-3.1.yaml: valid"))
        #expect(
            output.stdout.contains(
                "wrong-types.yaml: not valid, 1 paths, 1 operations, 1 schemas, 9 errors, 0 warnings"))
        #expect(output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 9)
    }

    @Test func missingFileExitsOne() async throws {
        let output = try await SpecgenProcess.run(["validate", "no/such/spec.yaml"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error: no such file: \(SpecgenProcess.packageRoot)/no/such/spec.yaml\n"))
    }

    @Test func usageErrorsExitTwo() async throws {
        let noSpecs = try await SpecgenProcess.run(["validate"])
        #expect(noSpecs.status == 2)
        #expect(noSpecs.stderr.contains("Missing expected argument '<specs> ...'"))
        let unknownOption = try await SpecgenProcess.run(["validate", "--bogus", "x.yaml"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("Unknown option '--bogus'"))
        let unknownCommand = try await SpecgenProcess.run(["frobnicate"])
        #expect(unknownCommand.status == 2)
    }

    @Test func helpExitsZero() async throws {
        let output = try await SpecgenProcess.run(["validate", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE: specgen validate <specs> ..."))
    }
}
