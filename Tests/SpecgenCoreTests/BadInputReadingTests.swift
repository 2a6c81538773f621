import Foundation
import SpecgenCore
import Testing

/// Each broken file fails with one positioned error: the message, its line:column, and a hint where one helps.
@Suite struct BadInputReadingTests {
    private func failure(_ fixture: String) -> Diagnostic? {
        do {
            _ = try readFixture("Reading/" + fixture)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedYAMLReportsLibyamlsProblemAndPosition() throws {
        let error = try #require(failure("malformed.yaml"))
        #expect(error.positioned == "4:11: mapping values are not allowed in this context")
        #expect(error.hint?.contains("indented differently") == true)
        #expect(error.location?.path == Fixtures.path("Reading/malformed.yaml"))
    }

    @Test func unterminatedJSONSaysTheFileEndsInsideAValue() throws {
        let error = try #require(failure("unterminated.json"))
        #expect(error.positioned.hasPrefix("5:1: did not find expected node content"))
        #expect(error.hint == "the file ends inside a value: a bracket, brace or quote is not closed")
    }

    @Test func tabIndentationIsExplained() throws {
        let error = try #require(failure("tab-indentation.yaml"))
        #expect(error.positioned.hasPrefix("3:1: found character that cannot start any token"))
        #expect(error.hint == "YAML does not allow tabs for indentation; indent with spaces")
    }

    @Test func duplicateKeyNamesBothPlaces() throws {
        let error = try #require(failure("duplicate-key.yaml"))
        #expect(error.positioned == "11:5: duplicate key 'get' in this mapping (first at line 7, column 5)")
    }

    @Test func duplicateKeyInALargeMappingIsFound() throws {
        let keys = (0..<50).map { "k\($0): \($0)\n" }.joined() + "k17: again\n"
        let error = try #require(readingError(Data(keys.utf8)))
        #expect(error.positioned == "51:1: duplicate key 'k17' in this mapping (first at line 18, column 1)")
    }

    @Test func nonScalarKeyIsAnError() throws {
        let error = try #require(failure("complex-key.yaml"))
        #expect(error.positioned == "6:5: mapping keys must be strings, found a sequence")
    }

    @Test func aliasBombStopsAtTheExpansionLimit() throws {
        let error = try #require(failure("alias-bomb.yaml"))
        #expect(error.positioned == "8:10: aliases expand to more than 100000 nodes")
    }

    @Test func aliasExpansionLimitIsConfigurable() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(readingError(Data(text.utf8), limits: ReadingLimits(maxAliasExpansion: 8)) == nil)
        let error = try #require(readingError(Data(text.utf8), limits: ReadingLimits(maxAliasExpansion: 7)))
        #expect(error.positioned == "2:9: aliases expand to more than 7 nodes")
    }

    @Test func tenThousandDeepNestingFailsCleanly() throws {
        let text = "root: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let error = try #require(readingError(Data(text.utf8)))
        #expect(error.positioned == "1:262: nesting is deeper than 256 levels")
    }

    @Test func deepBlockMappingsFailCleanly() throws {
        let text = (0..<1_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        let error = try #require(readingError(Data(text.utf8)))
        #expect(error.message == "nesting is deeper than 256 levels")
    }

    @Test func emptyFileIsAnError() throws {
        #expect(
            try #require(failure("empty.yaml")).positioned
                == "1:1: the file is empty: it holds no YAML or JSON document")
        #expect(try #require(failure("only-comment.yaml")).message.hasPrefix("the file is empty"))
    }

    @Test func binaryFileIsRecognised() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += (0..<200).map { UInt8($0) }
        let error = try #require(readingError(Data(bytes)))
        #expect(error.positioned == "1:1: this is a binary file, not YAML or JSON")
    }

    @Test func invalidUTF8PointsAtTheBrokenCharacter() throws {
        let error = try #require(failure("invalid-utf8.yaml"))
        #expect(error.positioned == "3:14: invalid text encoding: invalid trailing UTF-8 octet")
        #expect(error.hint?.contains("UTF-8") == true)
    }

    @Test func secondDocumentIsAnError() throws {
        let error = try #require(failure("multiple-documents.yaml"))
        #expect(error.positioned == "4:1: the file holds more than one YAML document")
    }

    @Test func undefinedAliasIsAnError() throws {
        let error = try #require(readingError(Data("a: *missing\n".utf8)))
        #expect(error.positioned == "1:4: alias *missing names no anchor defined before it")
    }

    @Test func oversizedFileIsRejectedBeforeParsing() throws {
        let error = try #require(
            readingError(Data(repeating: UInt8(ascii: "a"), count: 100), limits: ReadingLimits(maxFileSize: 99)))
        #expect(error.positioned == "1:1: the file is 100 bytes, more than the limit of 99")
    }

    @Test func missingFileNamesThePath() throws {
        var files = SourceFiles()
        let error = #expect(throws: Diagnostic.self) {
            try SpecReader().read(contentsOf: "/nonexistent/spec.yaml", as: files.id(for: "/nonexistent/spec.yaml"))
        }
        #expect(error?.severity == .error)
        #expect(error?.message == "no such file: /nonexistent/spec.yaml")
        #expect(error?.hint == "check the path; relative paths start from the current folder")
    }
}
