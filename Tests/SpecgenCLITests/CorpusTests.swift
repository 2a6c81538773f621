import Foundation
import TestSupport
import Testing

/// Every public spec of `../shared/specs/corpus` validates, generates and compiles warning-free in Swift 6 mode, as
/// `Benchmarks/corpus` checks it: a new spec is a new folder, no code changes.
@Suite struct CorpusTests {
    /// The one spec of the corpus that is invalid (it names a security scheme it never defines): a positioned error.
    static let invalidSpec = "oas-examples/v30-response-http-behavior/response-http-behavior.yaml"

    /// One row of the script's table.
    struct Row {
        static let prefix = "../shared/specs/corpus/"
        var spec: String
        var validate: String
        var generate: String
        var compile: String
        var firstError: String

        /// A tab-separated row of the table; `nil` for the header and the summary.
        init?(line: Substring) {
            let fields: [String] = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 11, fields[0].hasPrefix(Self.prefix) else { return nil }
            spec = String(fields[0].dropFirst(Self.prefix.count))
            validate = fields[1]
            generate = fields[2]
            compile = fields[3]
            firstError = fields[10]
        }
    }

    @Test func everyCorpusSpecValidatesGeneratesAndCompiles() async throws {
        let corpus = URL(fileURLWithPath: SpecgenProcess.packageRoot + "/../shared/specs/corpus").standardizedFileURL
        try #require(
            FileManager.default.fileExists(atPath: corpus.path),
            "\(corpus.path) is missing: the corpus check reads the public specs from ../shared/specs beside the checkout"
        )
        let binaries = SpecgenProcess.executable.deletingLastPathComponent()
        // At a lower priority: the compiler must not starve the timing tests that run beside it.
        let run = try await ChildProcess.run(
            [
                "nice", "-n", "10", "bash", "Benchmarks/corpus", "--jobs", "2", "--specgen",
                SpecgenProcess.executable.path, "--modules",
                binaries.appendingPathComponent("Modules").path,
            ], in: SpecgenProcess.packageRoot)
        try #require(run.status == 0, "Benchmarks/corpus failed:\n\(run.output)")
        print(run.output)
        let rows = run.output.split(separator: "\n").compactMap(Row.init(line:))
        #expect(rows.count == 48, "\(run.output)")
        for row in rows {
            if row.spec == Self.invalidSpec {
                #expect(row.validate == "1" && row.generate == "1", "\(row)")
                #expect(
                    row.firstError.hasSuffix(
                        "response-http-behavior.yaml:42:11: error: security requirement names 'api_key', which components.securitySchemes does not define"
                    ), "\(row.firstError)")
            } else {
                #expect(row.validate == "0" && row.generate == "0" && row.compile == "ok", "\(row)")
            }
        }
    }
}
