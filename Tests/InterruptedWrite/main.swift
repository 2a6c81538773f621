import Foundation
import SpecgenCore

// `specgen-interrupted-write SPEC MODULE OUTPUT COUNT`: generates the client of SPEC into OUTPUT as `specgen generate`
// writes it, and SIGKILLs itself once COUNT files are in the staging folder — a crash mid-write, for the test that
// the previous output stays whole.
let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: specgen-interrupted-write SPEC MODULE OUTPUT COUNT\n".utf8))
    exit(2)
}
let configuration = GeneratorConfiguration(
    specPath: arguments[1], moduleName: arguments[2], outputFolder: arguments[3],
    source: URL(fileURLWithPath: arguments[1]).lastPathComponent)
let generated = Generator().generate(configuration)
guard !generated.diagnostics.hasErrors else {
    FileHandle.standardError.write(Data("\(generated.diagnostics.diagnostics)\n".utf8))
    exit(1)
}
let writer = OutputWriter(folder: arguments[3]) { written in
    if written >= count { kill(getpid(), SIGKILL) }
}
_ = try writer.write(generated.files)
print("not interrupted: fewer than \(count) files changed")
