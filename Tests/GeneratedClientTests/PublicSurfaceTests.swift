import Foundation
import TestSupport
import Testing

/// What an app that imports the runtime or a generated client gets besides their own types: nothing on Foundation's
/// or the standard library's types, read from the modules' symbol graphs (as DocC reads them).
@Suite struct PublicSurfaceTests {
    /// The built modules next to the test bundle.
    static let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("Modules").path

    /// This package's modules, which generated clients may extend (Stripe's clients add `stripeAccount:` to
    /// `RequestOptions`).
    static let ownModules: Set<String> = [
        "SpecgenRuntime", "SpecgenWebhooks", "StripeClient", "PersonioClient", "ShapesClient",
    ]

    /// The one kind of member allowed on another module's type: `KeyedDecodingContainer.decode(_:forKey:)` and
    /// `KeyedEncodingContainer.encode(_:forKey:)` overloads that take only the runtime's property wrappers, which keep
    /// a wrapped optional property optional on the wire and cannot be called with anything else.
    static let wrappersWithOptionalCoding = ["Indirect<Wrapped?>", "UnixTime<Wrapped?>"]

    @Test(arguments: ["SpecgenRuntime", "SpecgenWebhooks", "StripeClient", "PersonioClient", "ShapesClient"])
    func addsNothingToOtherModulesTypes(module: String) async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("symbols-\(UUID())")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let extract = try await ChildProcess.run(
            [
                "swift", "symbolgraph-extract", "-module-name", module, "-I", Self.modules,
                "-target", try await Self.targetTriple(), "-minimum-access-level", "public",
                "-output-dir", output.path,
            ], in: output.path)
        #expect(extract.status == 0, "\(extract.output)")

        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(files.contains("\(module).symbols.json"), "no symbol graph for \(module): \(files)")
        for file in files where file.hasPrefix(module + "@") {
            let extended = String(file.dropFirst(module.count + 1).dropLast(".symbols.json".count))
            guard !Self.ownModules.contains(extended) else { continue }
            let graph = try JSONDecoder().decode(
                SymbolGraph.self, from: Data(contentsOf: output.appendingPathComponent(file)))
            for symbol in graph.symbols {
                let declaration = symbol.declarationFragments.map(\.spelling).joined()
                let takesOnlyAWrapper =
                    ["decode(_:forKey:)", "encode(_:forKey:)"].contains(symbol.pathComponents.last)
                    && Self.wrappersWithOptionalCoding.contains { declaration.contains($0) }
                #expect(
                    takesOnlyAWrapper,
                    "\(module) adds to \(extended)'s \(symbol.pathComponents.joined(separator: ".")): \(declaration)")
            }
            let conformances = graph.relationships.filter { $0.kind == "conformsTo" }
            #expect(
                conformances.isEmpty, "\(module) makes \(extended)'s types conform to its protocols: \(conformances)")
        }
    }

    /// The target the modules were built for (`x86_64-unknown-linux-gnu`).
    private static func targetTriple() async throws -> String {
        let info = try await ChildProcess.run(
            ["swift", "-print-target-info"], in: FileManager.default.currentDirectoryPath)
        struct TargetInfo: Decodable {
            struct Target: Decodable { var triple: String }
            var target: Target
        }
        return try JSONDecoder().decode(TargetInfo.self, from: Data(info.output.utf8)).target.triple
    }

    /// The parts of a symbol graph file this test reads.
    private struct SymbolGraph: Decodable {
        struct Symbol: Decodable {
            struct Fragment: Decodable { var spelling: String }
            var pathComponents: [String]
            var declarationFragments: [Fragment]
        }
        struct Relationship: Decodable, CustomStringConvertible {
            var kind: String
            var source: String
            var target: String
            var description: String { "\(source) → \(target)" }
        }
        var symbols: [Symbol]
        var relationships: [Relationship]
    }
}
