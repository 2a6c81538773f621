import Foundation
import SpecgenCore
import Testing

@Suite struct SpecReaderTests {
    @Test func typesScalarsByTheCoreSchema() throws {
        let root = try readFixture("Reading/scalars.yaml")
        let kind = { (key: String) in root[key]?.scalar?.kind }
        #expect(root["plain-int"]?.scalar?.int == 200)
        #expect(kind("quoted-int") == .string)
        #expect(kind("single-quoted") == .string)
        #expect(root["bool-true"]?.scalar?.bool == true)
        #expect(root["bool-upper"]?.scalar?.bool == false)
        #expect(kind("quoted-bool") == .string)
        #expect(root["float"]?.scalar?.double == 1.5)
        #expect(root["exponent"]?.scalar?.double == 2500)
        #expect(root["hex"]?.scalar?.int == 31)
        #expect(root["octal"]?.scalar?.int == 15)
        #expect(kind("null-tilde") == .null)
        #expect(kind("null-word") == .null)
        #expect(kind("empty") == .null)
        #expect(kind("date-like") == .string)
        #expect(root["date-like"]?.scalar?.value == "2020-01-01")
        #expect(kind("version-like") == .string)
        #expect(kind("tagged") == .string)
        #expect(root["infinity"]?.scalar?.double == .infinity)
        #expect(root["literal"]?.scalar?.value == "line one\nline two\n")
        #expect(root["literal"]?.scalar?.style == .literal)
        #expect(root["folded"]?.scalar?.value == "folded text\n")
    }

    @Test func keysAreStringsEvenWhenTheyLookLikeNumbers() throws {
        let responses = try #require(try readFixture("Reading/scalars.yaml")["responses"]?.mapping)
        #expect(responses.map(\.key) == ["200", "404"])
    }

    @Test func keepsMappingKeysInSourceOrder() throws {
        let root = try readFixture("Reading/scalars.yaml")
        #expect(root.mapping?.prefix(4).map(\.key) == ["plain-int", "quoted-int", "single-quoted", "bool-true"])
    }

    @Test func everyNodeKnowsItsFileLineAndColumn() throws {
        var files = SourceFiles()
        let path = Fixtures.path("Reading/positions.json")
        let root = try SpecReader().read(contentsOf: path, as: files.id(for: path))
        let operation = try #require(root["paths"]?["/pets"]?["get"])
        #expect(files.path(of: operation.mark.file) == path)
        #expect((operation.mark.line, operation.mark.column) == (5, 22))
        let description = try #require(operation["responses"]?["200"]?["description"])
        #expect((description.mark.line, description.mark.column) == (5, 60))
    }

    @Test func expandsAnchorsAliasesAndMergeKeys() throws {
        let root = try readFixture("Reading/anchors.yaml")
        #expect(root["copy"]?["maxLength"]?.scalar?.int == 10)
        #expect(root["name"]?.mapping?.map(\.key) == ["description", "type", "maxLength"])
        #expect(root["again"]?.sequence?.compactMap(\.scalar?.value) == ["a", "b"])
        // An alias node is positioned where the alias is written, not at its anchor.
        #expect(root["copy"]?.mark.line == 7)
    }

    @Test func readsJSONThroughLibyaml() throws {
        let root = try readFixture("Reading/positions.json")
        #expect(root["openapi"]?.scalar?.value == "3.1.0")
        #expect(root["openapi"]?.scalar?.kind == .string)
    }

    @Test func readsUTF16WithByteOrderMark() throws {
        let text = "openapi: 3.0.3\ninfo: {title: Wide, version: \"1\"}\n"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        var files = SourceFiles()
        let root = try SpecReader().read(data, path: "wide.yaml", as: files.id(for: "wide.yaml"))
        #expect(root["info"]?["title"]?.scalar?.value == "Wide")
    }
}
