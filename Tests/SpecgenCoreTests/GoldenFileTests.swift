import Foundation
import TestSupport
import Testing

@testable import SpecgenCore

/// The committed output for each API in Specs/ is exactly what the generator produces now. After a deliberate
/// change, run `swift run specgen generate` and review the diff like code.
@Suite struct GoldenFileTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path

    @Test(arguments: ["Specs/stripe", "Specs/personio", "Tests/ShapeFixtures"])
    func committedOutputMatchesAFreshGeneration(apiFolder: String) throws {
        let configuration = try GeneratorConfiguration.load(
            apiFolder: Self.packageRoot + "/" + apiFolder,
            packageRoot: Self.packageRoot
        ).get()
        let result = Generator().generate(configuration)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics)")
        let fresh = try temporaryFolder([:])
        _ = try OutputWriter(folder: fresh).write(result.files)

        let committed = Self.swiftFiles(in: configuration.outputFolder)
        let generated = Self.swiftFiles(in: fresh)
        #expect(
            committed.keys.sorted() == generated.keys.sorted(), "run `swift run specgen generate` and review the diff")
        for (path, text) in generated.sorted(by: { $0.key < $1.key }) {
            guard let old = committed[path], old != text else { continue }
            Issue.record(
                "\(configuration.outputFolder)/\(path) differs from a fresh generation:\n\(Self.firstDifference(old, text))"
            )
        }
    }

    /// The templates compiled into specgen are those of Templates/.
    @Test func bundledTemplatesMatchTheTemplatesFolder() throws {
        let folder = URL(fileURLWithPath: Self.packageRoot + "/Templates")
        var templates: [String: String] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where url.pathExtension == "mustache" {
            templates[url.deletingPathExtension().lastPathComponent] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(!templates.isEmpty)
        #expect(
            BundledTemplates.all == templates,
            "Templates/ changed: run `swift run TemplateEmbedder` to refresh Sources/SpecgenCore/Rendering/BundledTemplates.swift"
        )
    }

    private static func swiftFiles(in folder: String) -> [String: String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        var files: [String: String] = [:]
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) ?? .init()
        where url.pathExtension == "swift" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            files[relative] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return files
    }

    /// The first differing line, with the committed and the fresh text.
    private static func firstDifference(_ committed: String, _ fresh: String) -> String {
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = fresh.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(old.count, new.count)).first(where: { old[$0] != new[$0] }) ?? min(old.count, new.count)
        let line = { (lines: [Substring]) in index < lines.count ? String(lines[index]) : "<end of file>" }
        return "line \(index + 1):\n  committed: \(line(old))\n  generated: \(line(new))"
    }
}

@Suite struct GeneratedStyleTests {
    @Test func generatedSourcesPassSwiftFormatLint() async throws {
        let lint = try await ChildProcess.run(
            [
                "swift", "format", "lint", "--strict", "-r", "Sources/StripeClient", "Sources/PersonioClient",
                "Tests/ShapeFixtures/Generated",
            ], in: GoldenFileTests.packageRoot)
        #expect(lint.status == 0)
        #expect(lint.output.isEmpty, "swift format lint findings in generated code:\n\(lint.output)")
    }
}

/// The generated code compiles without a single warning in Swift 6 mode (strict concurrency) and in Swift 5 mode.
@Suite struct GeneratedWarningTests {
    /// The built modules (`SpecgenRuntime` and its dependencies) next to the test bundle.
    static let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("Modules").path

    /// Each folder is checked as the module it is generated for, which code that refers to a model hidden by a
    /// resource spells out (`ShapesClient::Named`).
    @Test(arguments: [
        ("Sources/StripeClient", "5"), ("Sources/StripeClient", "6"),
        ("Sources/PersonioClient", "5"), ("Sources/PersonioClient", "6"),
        ("Tests/ShapeFixtures/Generated", "5"), ("Tests/ShapeFixtures/Generated", "6"),
    ])
    func typechecksWithWarningsAsErrors(folder: String, languageMode: String) async throws {
        let module = folder.hasPrefix("Sources/") ? String(folder.dropFirst("Sources/".count)) : "ShapesClient"
        let root = URL(fileURLWithPath: GoldenFileTests.packageRoot)
        let sources = (FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) ?? .init())
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
            .map { folder + "/" + $0 }
        #expect(!sources.isEmpty)
        let typecheck = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", languageMode, "-warnings-as-errors", "-module-name", module]
                + ["-I", Self.modules] + sources, in: root.path)
        #expect(typecheck.status == 0, "\(folder) in Swift \(languageMode) mode:\n\(typecheck.output)")
    }
}
