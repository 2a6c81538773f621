import ArgumentParser
import Foundation
import SpecgenCore

/// An API named on the command line: a folder holding a specgen.yaml, or a spec file, whose module is named after
/// it and whose output goes to a temporary folder (for commands that write nothing of their own).
enum APIArgument {
    /// The configuration of `name`; a positioned diagnostic when its specgen.yaml is wrong.
    static func configuration(_ name: String, packageRoot: String) throws -> Result<GeneratorConfiguration, Diagnostic>
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isFolder) else {
            throw ValidationError("no such API folder or spec file: \(name)")
        }
        if isFolder.boolValue { return GeneratorConfiguration.load(apiFolder: name, packageRoot: packageRoot) }
        let path = URL(fileURLWithPath: name).standardizedFileURL.path
        return .success(
            GeneratorConfiguration(
                specPath: path, moduleName: moduleName(forSpec: path),
                outputFolder: FileManager.default.temporaryDirectory.path, source: name))
    }

    /// `personnel-data-api-oa3.yaml` → `PersonnelDataApiOa3`.
    static func moduleName(forSpec path: String) -> String {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let words = stem.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let name = words.joined().filter { $0.isASCII }
        return name.first?.isLetter == true ? name : "API" + name
    }
}
