import Foundation
import SpecgenCore
import TestSupport
import Testing

/// A spec made of hostile names and texts (Fixtures/Hostile/hostile.yaml): names that are keywords, `Self`, `Type`,
/// backticks, digits, emoji, empty or only symbols; strings with quotes, backslashes, `\(`, raw-string `#`, NUL;
/// descriptions that close comments and open functions. Its client must compile warning-free and declare nothing but
/// what generated code declares, and every hostile string must arrive in a literal unchanged.
@Suite struct HostileSpecTests {
    @Test func hostileNamesAndTextsCannotInjectCode() async throws {
        let folder = try temporaryFolder([:])
        let configuration = GeneratorConfiguration(
            specPath: Fixtures.path("Hostile/hostile.yaml"), moduleName: "Hostile", outputFolder: folder + "/Hostile",
            source: "hostile.yaml")
        let result = Generator().generate(configuration)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics)")
        _ = try OutputWriter(folder: configuration.outputFolder).write(result.files)
        let sources = result.files.map { configuration.outputFolder + "/" + $0.path }

        let typecheck = try await ChildProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Hostile"]
                + ["-I", GeneratedWarningTests.modules] + sources, in: folder)
        #expect(typecheck.status == 0, "\(typecheck.output)")

        let ast = try await ChildProcess.run(["swiftc", "-dump-parse"] + sources, in: folder).output
        // Functions: only the ones generated code always has, and the spec's two operations (the path key's
        // `#"raw"#` is a fragment, which names the first).
        let functions = Set(Self.matches(#"\(func_decl [^"]*"([^"]*)""#, in: ast))
        #expect(
            functions == ["encode(to:)", "raw(exit1:default:value:xExit1:options:)", "create(_:options:)"],
            "\(functions)")
        // Types: one for each schema and inline object or enum of the spec, the client and its resources.
        let types = Set(Self.matches(#"\((?:struct_decl|enum_decl|typealias) [^"]*"([^"]*)""#, in: ast))
        #expect(
            types == [
                "TypeValue", "SelfValue", "ProtocolValue", "Hostile123", "Value", "FuncPwn", "NestedExit1", "Class",
                "Default", "Hostile",
                "Things", "Exit1", "Pwn", "CodingKeys", "DiscriminatorKey", "Uploads",
                "UploadExit1Request",
            ], "\(types.sorted())")
        // Nothing refers to what the spec's texts spell out (`pwn` is only the property `\(pwn())` became).
        let references = Set(Self.matches(#"unresolved_decl_ref_expr [^\n]*name="([^"]*)""#, in: ast))
        #expect(references.isDisjoint(with: ["exit", "print", "fatalError", "abort"]), "\(references)")
        // The hostile strings arrive verbatim, as the literals' values (the dump escapes them, but for CR).
        let literals = Set(Self.matches(#"string_literal_expr [^\n]*value="((?:[^"\\]|\\.)*)""#, in: ast))
        for expected in [
            #"\"); exit(1); //"#, #"\\(pwn())"#, "`", #"\n}\nfunc pwn() {"#, ##"\"#); exit(1); //"##, #"#\""#,
            #"X-Key\"); exit(1); //"#, #"`\"); exit(1); //"#, "🙂", "file\\\"\r\\nX: y", #"image/png\"); exit(1); //"#,
        ] {
            #expect(literals.contains(expected), "\(expected) is not a literal; literals: \(literals.sorted())")
        }
    }

    /// `verify-examples`' program for the spec's hostile examples declares only its own functions, calls nothing the
    /// examples spell out, and carries each example as one string literal.
    @Test func hostileExamplesCannotInjectCodeIntoTheCheckProgram() async throws {
        let configuration = GeneratorConfiguration(
            specPath: Fixtures.path("Hostile/hostile.yaml"), moduleName: "Hostile",
            outputFolder: FileManager.default.temporaryDirectory.path, source: "hostile.yaml")
        let result = Generator().generate(configuration)
        let model = try #require(result.model)
        let resolved = try #require(result.resolved)
        let checks = ExampleCollector(resolved: resolved, model: model).collect().checks
        #expect(checks.map(\.swiftType) == ["TypeValue", "String"])
        let folder = try temporaryFolder([
            "main.swift": ExampleCheckProgram.mainSwift(module: "Hostile", checks: checks)
        ])
        let ast = try await ChildProcess.run(["swiftc", "-dump-parse", folder + "/main.swift"], in: folder).output
        let functions = Set(Self.matches(#"\(func_decl [^"]*"([^"]*)""#, in: ast))
        #expect(functions == ["check(_:_:_:)", "reason(_:)", "path(_:)", "checks0()"], "\(functions)")
        let references = Set(Self.matches(#"unresolved_decl_ref_expr [^\n]*name="([^"]*)""#, in: ast))
        #expect(references.isDisjoint(with: ["exit", "fatalError", "abort", "pwn"]), "\(references)")
        let literals = Set(Self.matches(#"string_literal_expr [^\n]*value="((?:[^"\\]|\\.)*)""#, in: ast))
        for check in checks {
            let dumped = check.json.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            #expect(literals.contains(dumped), "\(check.json) is not one literal; literals: \(literals.sorted())")
        }
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
