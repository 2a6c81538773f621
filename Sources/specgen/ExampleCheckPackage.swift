import Foundation
import SpecgenCore

/// A temporary Swift package that holds generated clients and, for each, an executable that decodes the spec's
/// examples into the generated types (``ExampleCheckProgram``): written, built with `swift build`, and run.
struct ExampleCheckPackage {
    /// The package's folder.
    let folder: String
    /// The Specgen package that provides SpecgenRuntime.
    let runtimePackage: String
    private(set) var modules: [String] = []

    init(runtimePackage: String) throws {
        folder =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("specgen-examples-\(UUID().uuidString)").path
        self.runtimePackage = runtimePackage
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Adds a generated client and the program that checks its examples.
    mutating func add(module: String, files: [GeneratedFile], checks: [ExampleCheck]) throws {
        _ = try OutputWriter(folder: folder + "/Sources/" + module).write(files)
        let checker = folder + "/Sources/" + Self.checkerName(module)
        try FileManager.default.createDirectory(atPath: checker, withIntermediateDirectories: true)
        try Data(ExampleCheckProgram.mainSwift(module: module, checks: checks).utf8)
            .write(to: URL(fileURLWithPath: checker + "/main.swift"))
        modules.append(module)
    }

    /// Builds every checker; returns the build's output when it fails.
    func build(scratchPath: String?) throws -> String? {
        let identity = URL(fileURLWithPath: runtimePackage).lastPathComponent.lowercased()
        let runtime = ".product(name: \"SpecgenRuntime\", package: \(String(reflecting: identity)))"
        var targets: [String] = []
        for module in modules {
            targets.append("        .target(name: \(String(reflecting: module)), dependencies: [\(runtime)]),")
            targets.append(
                "        .executableTarget(name: \(String(reflecting: Self.checkerName(module))), "
                    + "dependencies: [\(String(reflecting: module)), \(runtime)]),")
        }
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "ExampleChecks",
                platforms: [.macOS(.v14)],
                dependencies: [.package(path: \(String(reflecting: runtimePackage)))],
                targets: [
            \(targets.joined(separator: "\n"))
                ]
            )

            """
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: folder + "/Package.swift"))
        let (status, output) = try Self.run(
            ["swift", "build", "--scratch-path", scratchPath ?? folder + "/.build"], in: folder)
        return status == 0 ? nil : output
    }

    /// Runs the checker of `module`: the index and reason of each example that does not decode.
    func failures(of module: String, scratchPath: String?) throws -> [(index: Int, reason: String)] {
        let binary = (scratchPath ?? folder + "/.build") + "/debug/" + Self.checkerName(module)
        let (status, output) = try Self.run([binary], in: folder)
        guard status == 0 else {
            throw ExampleCheckFailure(
                message: "the example checker of \(module) stopped (status \(status)):\n\(output)")
        }
        return output.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, let index = Int(fields[0]) else { return nil }
            return (index, String(fields[1]))
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func checkerName(_ module: String) -> String { "Check" + module }

    /// Runs a command; returns its status and its output and errors together.
    private static func run(_ arguments: [String], in folder: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Where SpecgenRuntime's package is when none is named: the Specgen checkout this executable was built in
    /// (`…/.build/debug/specgen`), or a Specgen checkout among a package's dependencies (`.build/checkouts/…`).
    static func locateRuntimePackage() -> String? {
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .standardizedFileURL.resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let files = FileManager.default
        func isSpecgen(_ url: URL) -> Bool {
            files.fileExists(atPath: url.appendingPathComponent("Sources/SpecgenRuntime").path)
                && files.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
        }
        while folder.path != "/" {
            if isSpecgen(folder) { return folder.path }
            if folder.lastPathComponent.hasPrefix(".build") {
                let checkouts = folder.appendingPathComponent("checkouts")
                for name in (try? files.contentsOfDirectory(atPath: checkouts.path))?.sorted() ?? [] {
                    let candidate = checkouts.appendingPathComponent(name)
                    if isSpecgen(candidate) { return candidate.path }
                }
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}

struct ExampleCheckFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
