import ArgumentParser
import Foundation

/// The API folders of a package: the folders of `Specs/` that hold a specgen.yaml.
enum SpecsFolder {
    /// `Specs/<api>` for every such folder under `packageRoot`, sorted; an error when there is none.
    static func apiFolders(in packageRoot: String) throws -> [String] {
        let specs = URL(fileURLWithPath: packageRoot).appendingPathComponent("Specs")
        let children = (try? FileManager.default.contentsOfDirectory(atPath: specs.path)) ?? []
        let folders = children.sorted().map { "Specs/" + $0 }.filter {
            FileManager.default.fileExists(atPath: packageRoot + "/" + $0 + "/specgen.yaml")
        }
        guard !folders.isEmpty else {
            throw ValidationError(
                "no folder of Specs/ holds a specgen.yaml; run from the package root or name a folder")
        }
        return folders
    }
}
