import Foundation
import SpecgenCore
import Testing

/// Paths of the fixture files next to these tests.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        directory.appendingPathComponent(relative).standardizedFileURL.path
    }
}

/// The real specs in `../shared/specs` beside the checkout. Tests that need them fail, never skip, without them.
enum SharedSpecs {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/specs").standardizedFileURL

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "\(path) is missing: these tests read the real specs from ../shared/specs beside the checkout; "
                + "put the shared folder there (CI does) and run again"
        }
    }

    static func path(_ relative: String) throws -> String {
        let path = directory.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else { throw Missing(path: path) }
        return path
    }
}

/// Reads a fixture into a node tree, failing the test on any error.
func readFixture(_ relative: String, limits: ReadingLimits = .default) throws(Diagnostic) -> Node {
    var files = SourceFiles()
    let path = Fixtures.path(relative)
    return try SpecReader(limits: limits).read(contentsOf: path, as: files.id(for: path))
}

/// The error reading `data` reports, as `line:col: message`; `nil` when it reads fine.
func readingError(_ data: Data, limits: ReadingLimits = .default) -> Diagnostic? {
    var files = SourceFiles()
    do {
        _ = try SpecReader(limits: limits).read(data, path: "inline.yaml", as: files.id(for: "inline.yaml"))
        return nil
    } catch {
        return error
    }
}

/// Loads a fixture spec through Read, Decode and Resolve.
func loadFixture(_ relative: String) -> SpecLoader.Result {
    SpecLoader().load(Fixtures.path(relative))
}

extension Diagnostic {
    /// `line:col: message`, the part of a diagnostic these tests pin.
    var positioned: String {
        "\(location.map { "\($0.line):\($0.column)" } ?? "-"): \(message)"
    }
}

extension SpecLoader.Result {
    var errors: [Diagnostic] { diagnostics.diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.diagnostics.filter { $0.severity == .warning } }
}

/// Writes `files` (relative path → text) into a new temporary folder and returns the folder's path.
/// Where this test process writes: one folder, deleted when the process exits.
private let testsRoot = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-tests-\(getpid())")
private let deleteTestsRootAtExit: Void = {
    atexit { try? FileManager.default.removeItem(at: testsRoot) }
}()

/// A new folder holding `files` (relative path → text), removed with the others when the tests end.
func temporaryFolder(_ files: [String: String]) throws -> String {
    _ = deleteTestsRootAtExit
    let folder = testsRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (relative, text) in files {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return folder.standardizedFileURL.path
}

/// Loads a one-file spec written inline.
func loadSpec(
    _ text: String, named name: String = "spec.yaml", limits: ReadingLimits = .default
) throws -> SpecLoader.Result {
    let folder = try temporaryFolder([name: text])
    return SpecLoader(limits: limits).load(folder + "/" + name)
}
