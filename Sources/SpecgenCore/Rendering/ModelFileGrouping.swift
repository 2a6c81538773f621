/// Which model types share a file: types whose names begin with the same words (`PaymentIntent`,
/// `PaymentIntentNextAction`, `PaymentIntentProcessing`) go into one file named after those words, as long as it
/// stays within ``lineLimit`` lines; a larger family splits by one more word. A type with no relatives keeps a file
/// of its own, named after it. Mid-size files compile faster and write faster than one file per small type, and
/// adding a type only ever changes its own family's file.
struct ModelFileGrouping {
    /// The most lines a file of several types may have; one type alone may have more.
    static let lineLimit = 2000

    /// One file: its name without `.swift`, and the indices of its types in the order they were given.
    struct File: Equatable {
        var name: String
        var members: [Int]
    }

    /// The files for types of these (unescaped) names and rendered line counts, sorted by name. A module cannot hold
    /// two files of one name, whatever their folders, so a family whose name is `taken` by another generated file
    /// (`Resources/V2.swift`) splits by one more word, and a lone type's file is then `…Model`. Compared
    /// case-insensitively, as macOS's file system does.
    static func files(names: [String], lineCounts: [Int], taken: Set<String> = []) -> [File] {
        let words = names.map(Self.words)
        let taken = Set(taken.map { $0.lowercased() })
        var files: [File] = []
        func split(_ members: [Int], depth: Int) {
            var families: [String: [Int]] = [:]
            for index in members {
                families[words[index].prefix(depth).joined(), default: []].append(index)
            }
            for (prefix, family) in families {
                if family.count == 1 {
                    let name = names[family[0]]
                    files.append(File(name: taken.contains(name.lowercased()) ? name + "Model" : name, members: family))
                } else if !taken.contains(prefix.lowercased()),
                    family.reduce(0, { $0 + lineCounts[$1] }) <= lineLimit
                        || family.allSatisfy({ words[$0].count <= depth })
                {
                    files.append(File(name: prefix, members: family.sorted()))
                } else {
                    split(family, depth: depth + 1)
                }
            }
        }
        split(Array(names.indices), depth: 1)
        return files.sorted { $0.name < $1.name }
    }

    /// A type name's words: `PaymentIntentNextAction` → `Payment`, `Intent`, `Next`, `Action`; `V2CoreEvent` →
    /// `V2`, `Core`, `Event`; `URLSource` → `URL`, `Source`.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            let startsWord =
                character.isUppercase
                && !current.isEmpty
                && (!(current.last?.isUppercase ?? false)
                    || (index + 1 < characters.count && characters[index + 1].isLowercase))
            if startsWord {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
