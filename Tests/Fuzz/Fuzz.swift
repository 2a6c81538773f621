import Foundation
import SpecgenCore

// libFuzzer over the whole pipeline but writing: read, decode, resolve, lower and render one input, and collect its
// examples as `verify-examples` does (JSON text and the program that decodes them).
// `Tests/Fuzz/run SECONDS` builds it with `-sanitize=fuzzer,address` (and `-D FUZZING`) and runs it on a corpus
// seeded from the specs in this repository. Built normally, it is a replayer: `specgen-fuzz FILE...` runs each file
// through the same pipeline, for reproducing a crash.

/// The input as a spec file of its own, so that relative `$ref`s resolve as they would for a user.
private let inputPath: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("input.yaml").path
}()

/// Generates from `data` and throws the result away; only a crash, a hang or unbounded memory is a finding.
func generate(_ data: Data) {
    guard FileManager.default.createFile(atPath: inputPath, contents: data) else { return }
    let configuration = GeneratorConfiguration(
        specPath: inputPath, moduleName: "Fuzzed", outputFolder: inputPath + ".out", source: "input.yaml")
    let result = Generator().generate(configuration)
    if let model = result.model, let resolved = result.resolved {
        let examples = ExampleCollector(resolved: resolved, model: model).collect()
        _ = ExampleCheckProgram.mainSwift(module: "Fuzzed", checks: examples.checks)
    }
}

#if FUZZING
    /// libFuzzer's driver (its `main` is not linked: SwiftPM names this executable's entry point itself).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzer(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @main
    struct Fuzz {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                runFuzzer(&argc, &argv) { bytes, count in
                    generate(bytes.map { Data(bytes: $0, count: count) } ?? Data())
                    return 0
                })
        }
    }
#else
    @main
    struct Replay {
        static func main() throws {
            for path in CommandLine.arguments.dropFirst() {
                let start = ContinuousClock.now
                generate(try Data(contentsOf: URL(fileURLWithPath: path)))
                print("\(path): no crash (\(ContinuousClock.now - start))")
            }
        }
    }
#endif
