import Foundation
import SpecgenCore
import TestSupport
import Testing

/// A few lines of OpenAPI in, the Swift Specgen generates from them out: the snippet tests' fixture. The YAML is
/// the part of a document after `info` (`paths:` and `components:`); `typecheck()` compiles the output in Swift 6
/// mode with warnings as errors against SpecgenRuntime.
struct Snippet {
    let files: [GeneratedFile]
    let diagnostics: [Diagnostic]
    let folder: String

    /// `templates` are template files by name (`Operation.mustache`) that replace the bundled ones.
    init(_ yaml: String, version: String = "3.0.3", vendors: [Vendor]? = nil, templates: [String: String] = [:]) throws
    {
        let spec = "openapi: \(version)\ninfo: {title: Snippet, version: '1'}\n" + yaml
        var inputs = ["spec.yaml": spec]
        for (name, text) in templates { inputs["Templates/" + name] = text }
        folder = try temporaryFolder(inputs)
        let configuration = GeneratorConfiguration(
            specPath: folder + "/spec.yaml", moduleName: "Snippet", outputFolder: folder + "/Snippet",
            templatesFolder: templates.isEmpty ? nil : folder + "/Templates", source: "spec.yaml", vendors: vendors)
        let result = Generator().generate(configuration)
        files = result.files
        diagnostics = result.diagnostics.diagnostics
        try #require(!result.diagnostics.hasErrors, "\(diagnostics)")
        _ = try OutputWriter(folder: configuration.outputFolder).write(result.files)
    }

    /// Every generated file, in order, as one text.
    var swift: String { files.map(\.contents).joined(separator: "\n") }

    /// The warnings, as `line:col: message`.
    var warnings: [String] { diagnostics.filter { $0.severity == .warning }.map(\.positioned) }

    /// Whether `lines` (indentation stripped on both sides) appear in a row in the output.
    func contains(_ lines: String) -> Bool {
        let wanted = lines.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let have = swift.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !wanted.isEmpty, wanted.count <= have.count else { return false }
        return (0...(have.count - wanted.count)).contains { start in
            Array(have[start..<(start + wanted.count)]) == wanted
        }
    }

    /// `swiftc -typecheck -swift-version 6 -warnings-as-errors` over the output; what it printed when it failed.
    func typecheck() async throws -> String? {
        let sources = files.map { folder + "/Snippet/" + $0.path }
        let result = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Snippet"]
                + ["-I", GeneratedWarningTests.modules] + sources, in: folder)
        return result.status == 0 ? nil : result.output
    }
}
