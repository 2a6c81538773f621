import Foundation
import TestSupport
import Testing

/// The compile fuzzer (`Tests/CompileFuzz/run`) over a fixed sample: random valid OpenAPI documents, every one of
/// which Specgen must accept and turn into a client that type-checks in Swift 6 mode without a warning.
@Suite struct CompileFuzzTests {
    static let fuzzer = SpecgenProcess.executable.deletingLastPathComponent().appendingPathComponent(
        "specgen-compile-fuzz"
    ).path

    @Test func aFixedSampleOfRandomSpecsAllGenerateClientsThatCompileWarningFree() async throws {
        // One job at a lower priority: the compiler must not starve the timing tests that run beside it.
        let run = try await ChildProcess.run(
            ["nice", "-n", "10", Self.fuzzer, "--count", "100", "--seed", "1", "--jobs", "1", "--no-minimize"],
            in: SpecgenProcess.packageRoot)
        print(run.output)
        #expect(run.status == 0, "the compile fuzzer found failures (replay one with --print SEED):\n\(run.output)")
        #expect(run.output.contains("100 documents in "), "\(run.output)")
        #expect(run.output.contains(": 0 failed, 0 distinct"), "\(run.output)")
    }

    @Test func theExamplesOfASampleDecodeAndEncodeBackToTheSameJSON() async throws {
        let run = try await ChildProcess.run(
            ["nice", "-n", "10", Self.fuzzer, "--count", "10", "--seed", "1", "--jobs", "1", "--no-minimize"]
                + ["--round-trip"],
            in: SpecgenProcess.packageRoot)
        print(run.output)
        #expect(run.status == 0, "the round trip failed (replay one with --print SEED):\n\(run.output)")
        let summary = try #require(run.output.split(separator: "\n").last { $0.hasPrefix("10 documents in ") })
        #expect(summary.contains(": 0 failed, 0 distinct; "), "\(summary)")
        let count = summary.split(separator: "; ").last?.split(separator: " ").first.flatMap { Int($0) } ?? 0
        #expect(count >= 20, "too few examples round-tripped: \(summary)")
    }

    @Test func aSeedAlwaysMakesTheSameDocument() async throws {
        let first = try await ChildProcess.run([Self.fuzzer, "--print", "42"], in: SpecgenProcess.packageRoot)
        let second = try await ChildProcess.run([Self.fuzzer, "--print", "42"], in: SpecgenProcess.packageRoot)
        let other = try await ChildProcess.run([Self.fuzzer, "--print", "43"], in: SpecgenProcess.packageRoot)
        #expect(first.status == 0 && first.output.hasPrefix("{\n  \"openapi\": \"3."))
        #expect(first.output == second.output)
        #expect(first.output != other.output)
    }

    @Test func everyDocumentValidates() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compile-fuzz-validate-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for seed in 1...20 {
            let document = try await ChildProcess.run([Self.fuzzer, "--print", "\(seed)"], in: folder.path)
            let path = folder.appendingPathComponent("\(seed).json").path
            try Data(document.output.utf8).write(to: URL(fileURLWithPath: path))
            let validate = try await SpecgenProcess.run(["validate", path])
            #expect(validate.status == 0, "seed \(seed): \(validate.stderr)")
        }
    }
}
