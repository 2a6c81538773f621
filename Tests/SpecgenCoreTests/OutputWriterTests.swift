import Foundation
import SpecgenCore
import Testing

@Suite struct OutputWriterTests {
    private let header = GeneratedFile.headerPrefix + " from Specs/test — do not edit.\n"

    private func file(_ path: String, _ body: String) -> GeneratedFile {
        GeneratedFile(path: path, contents: header + body)
    }

    /// The file's inode: the same after a write only if the file was left alone (hard-linked into the new state).
    private func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        try #require(lstat(path, &info) == 0)
        return UInt64(info.st_ino)
    }

    @Test func writesNewFilesAndLeavesUnchangedOnesUntouched() throws {
        let folder = try temporaryFolder([:])
        let writer = OutputWriter(folder: folder)
        let first = try writer.write([file("Models/A.swift", "a\n"), file("Models/B.swift", "b\n")])
        #expect(first.written == ["Models/A.swift", "Models/B.swift"])
        let (a, b) = (try inode(folder + "/Models/A.swift"), try inode(folder + "/Models/B.swift"))
        let second = try writer.write([file("Models/A.swift", "a\n"), file("Models/B.swift", "b2\n")])
        #expect(second.unchanged == ["Models/A.swift"])
        #expect(second.written == ["Models/B.swift"])
        #expect(try inode(folder + "/Models/A.swift") == a)
        #expect(try inode(folder + "/Models/B.swift") != b)
        #expect(try String(contentsOfFile: folder + "/Models/B.swift", encoding: .utf8) == header + "b2\n")
    }

    @Test func deletesOnlyFilesItGeneratedThatAreNoLongerProduced() throws {
        let folder = try temporaryFolder(["Handwritten.swift": "struct Mine {}\n", "notes.txt": "keep\n"])
        let writer = OutputWriter(folder: folder)
        _ = try writer.write([file("Models/A.swift", "a\n"), file("Models/Old.swift", "old\n")])
        let report = try writer.write([file("Models/A.swift", "a\n")])
        #expect(report.deleted == ["Models/Old.swift"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/Models/Old.swift"))
        #expect(FileManager.default.fileExists(atPath: folder + "/Handwritten.swift"))
        #expect(FileManager.default.fileExists(atPath: folder + "/notes.txt"))
    }

    @Test func checkModeReportsDriftAndWritesNothing() throws {
        let folder = try temporaryFolder([:])
        let writer = OutputWriter(folder: folder)
        _ = try writer.write([file("A.swift", "a\n"), file("Gone.swift", "gone\n")])
        let report = try writer.write([file("A.swift", "changed\n"), file("New.swift", "new\n")], checkOnly: true)
        #expect(report.written == ["A.swift", "New.swift"])
        #expect(report.deleted == ["Gone.swift"])
        #expect(!report.isUpToDate)
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == header + "a\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/New.swift"))
        #expect(FileManager.default.fileExists(atPath: folder + "/Gone.swift"))
        #expect(try writer.write([file("A.swift", "a\n"), file("Gone.swift", "gone\n")], checkOnly: true).isUpToDate)
        #expect(report.drift.map(\.path) == ["A.swift", "New.swift", "Gone.swift"])
        #expect(report.drift.map(\.kind) == [.outOfDate, .missing, .extra])
        #expect(report.drift[0].excerpt.lines == ["@@ -1,2 +1,2 @@", " " + header.dropLast(), "-a", "+changed"])
        #expect(report.drift[1].excerpt.lines == ["@@ -0,0 +1,2 @@", "+" + header.dropLast(), "+new"])
        #expect(report.drift[2].excerpt.lines == ["@@ -1,2 +0,0 @@", "-" + header.dropLast(), "-gone"])
    }

    @Test func diffExcerptsShowContextAndCutLongHunks() {
        let old = (1...40).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 20\n", with: "line twenty\n")
        let excerpt = DiffExcerpt(old: old, new: new)
        #expect(
            excerpt.lines == [
                "@@ -17,7 +17,7 @@", " line 17", " line 18", " line 19", "-line 20", "+line twenty", " line 21",
                " line 22", " line 23",
            ])
        #expect(excerpt.omitted == 0)
        let rewritten = DiffExcerpt(old: old, new: old.uppercased())
        #expect(rewritten.lines.count == 13 && rewritten.omitted == 68)
        #expect(rewritten.rendered().hasSuffix("    … 68 more lines"))
        #expect(DiffExcerpt(old: old, new: old).lines.isEmpty)
    }

    @Test func manyFilesAreWrittenWholeAndLeaveNoTemporaryFiles() throws {
        let folder = try temporaryFolder([:])
        let writer = OutputWriter(folder: folder)
        let files = (0..<300).map { file("Models/T\($0).swift", String(repeating: "line \($0)\n", count: $0)) }
        #expect(try writer.write(files).written.count == 300)
        let changed = files.enumerated().map {
            $0.offset.isMultiple(of: 3) ? file($0.element.path, "changed\n") : $0.element
        }
        let report = try writer.write(changed)
        #expect(report.written.count == 100 && report.unchanged.count == 200)
        for file in changed {
            #expect(try String(contentsOfFile: folder + "/" + file.path, encoding: .utf8) == file.contents)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/Models")
        #expect(names.count == 300 && names.allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func symbolicLinksAreNeitherFollowedNorDeleted() throws {
        let folder = try temporaryFolder(["Models/A.swift": header + "a\n"])
        let outside = try temporaryFolder(["Outside.swift": header + "outside\n"])
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/Models/Link.swift", withDestinationPath: outside + "/Outside.swift")
        let report = try OutputWriter(folder: folder).write([file("Models/B.swift", "b\n")])
        #expect(report.deleted == ["Models/A.swift"])
        #expect(FileManager.default.fileExists(atPath: outside + "/Outside.swift"))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/Models/Link.swift")) != nil)
    }

    @Test func linksInPlaceOfGeneratedFilesOrFoldersAreRefused() throws {
        let folder = try temporaryFolder(["Models/A.swift": header + "a\n"])
        let outside = try temporaryFolder(["Outside.swift": "not generated\n"])
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/Models/B.swift", withDestinationPath: outside + "/Outside.swift")
        try FileManager.default.createSymbolicLink(atPath: folder + "/Resources", withDestinationPath: outside)
        let writer = OutputWriter(folder: folder)
        let fileLink = #expect(throws: Diagnostic.self) { try writer.write([file("Models/B.swift", "b\n")]) }
        #expect(fileLink?.message.contains("Models/B.swift: it is a symbolic link") == true)
        let folderLink = #expect(throws: Diagnostic.self) { try writer.write([file("Resources/R.swift", "r\n")]) }
        #expect(folderLink?.message.contains("/Resources: it is a symbolic link") == true)
        #expect(try String(contentsOfFile: outside + "/Outside.swift", encoding: .utf8) == "not generated\n")
        #expect(!FileManager.default.fileExists(atPath: outside + "/R.swift"))
    }

    @Test func pathsLeavingTheFolderAreRefused() throws {
        let folder = try temporaryFolder([:])
        for path in ["../Escape.swift", "/tmp/Escape.swift", "Models/../../Escape.swift", "Models//A.swift"] {
            #expect(throws: Diagnostic.self) { try OutputWriter(folder: folder + "/Out").write([file(path, "x\n")]) }
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/Escape.swift"))
    }

    @Test func unwritableFolderIsADiagnostic() throws {
        let folder = try temporaryFolder(["blocker": "a file where a folder should be\n"])
        let error = #expect(throws: Diagnostic.self) {
            try OutputWriter(folder: folder + "/blocker").write([file("A.swift", "a\n")])
        }
        #expect(error?.message.hasPrefix("cannot write \(folder)/blocker") == true, "\(String(describing: error))")
        #expect(error?.hint?.hasSuffix("the output is unchanged") == true)
        #expect(
            try String(contentsOfFile: folder + "/blocker", encoding: .utf8) == "a file where a folder should be\n")
    }
}
