/// Error bodies that several operations spell out alike, declared once: Stripe's v2 delete, update, enable and
/// disable each document `oneOf: [idempotency_error, not_found, v2.error]`, which is one
/// `V2CoreEventDestinationsIDError` instead of four enums that differ only in name.
enum SharedErrorBodies {
    /// `lowered` with each group of identical top-level error bodies written in paths declared once, under the name
    /// their operations share without the HTTP verb (`DeleteV2CoreEventDestinationsIDError` and
    /// `PostV2CoreEventDestinationsIDEnableError` → `V2CoreEventDestinationsIDError`). A group whose shared name is
    /// taken, or says nothing, stays as it is.
    static func merging(_ lowered: LoweredTypes) -> LoweredTypes {
        let errorBodies = Set(
            lowered.topLevel.roots.filter { $0.target.pointer.tokens.first == "paths" && $0.name.hasSuffix("Error") }
                .map(\.name))
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for type in lowered.types where errorBodies.contains(type.name) && type.nestedTypes.isEmpty {
            let shape = SharedShapes.describe(type) { $0 }
            if groups[shape] == nil { order.append(shape) }
            groups[shape, default: []].append(type.name)
        }
        var taken = lowered.reservedNames.union(lowered.types.map(\.name))
        var renames: [String: String] = [:]
        // Larger groups first: when two groups would share a name, the one that saves more declarations takes it.
        for shape in order.enumerated().sorted(by: {
            (groups[$0.element]!.count, -$0.offset) > (groups[$1.element]!.count, -$1.offset)
        }).map(\.element) {
            guard let names = groups[shape], names.count > 1, let name = sharedName(names), !taken.contains(name)
            else { continue }
            taken.insert(name)
            for old in names { renames[old] = name }
        }
        guard !renames.isEmpty else { return lowered }
        var declared: Set<String> = []
        var types: [NamedType] = []
        for type in lowered.types {
            guard let name = renames[type.name] else {
                types.append(type.renamingReferences { AliasMembers.renamed($0, by: renames) })
                continue
            }
            // The first of a group is declared under the shared name, where it was; the others are gone.
            guard declared.insert(name).inserted else { continue }
            var merged = type.renamingReferences { AliasMembers.renamed($0, by: renames) }
            merged.name = name
            types.append(merged)
        }
        var topLevel = lowered.topLevel
        topLevel.names = topLevel.names.mapValues { renames[$0] ?? $0 }
        for index in topLevel.roots.indices {
            topLevel.roots[index].name = renames[topLevel.roots[index].name] ?? topLevel.roots[index].name
        }
        return LoweredTypes(
            types: types, topLevel: topLevel, reservedNames: lowered.reservedNames.union(Set(renames.values)))
    }

    /// The words the names begin with once an HTTP verb is taken off each, then `Error`; `nil` when they share
    /// fewer than two words.
    private static func sharedName(_ names: [String]) -> String? {
        let verbs: Set<String> = ["Get", "Post", "Put", "Patch", "Delete", "Head", "Options"]
        let wordLists = names.map { name -> [String] in
            var words = Self.words(String(name.dropLast("Error".count)))
            if let first = words.first, verbs.contains(first) { words.removeFirst() }
            return words
        }
        var common = wordLists[0]
        for words in wordLists.dropFirst() { common = Array(zip(common, words).prefix { $0 == $1 }.map(\.0)) }
        guard common.count >= 2 else { return nil }
        return common.joined() + "Error"
    }

    /// `PostV2CoreEventDestinationsIDDisable` → `Post`, `V2`, `Core`, `Event`, `Destinations`, `ID`, `Disable`: a
    /// word starts at an upper-case letter after a lower-case one or a digit, or before a lower-case one.
    private static func words(_ name: String) -> [String] {
        let characters = Array(name)
        var words: [String] = []
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let startsWord =
                character.isUppercase
                && (previous?.isLowercase == true || previous?.isNumber == true
                    || (previous?.isUppercase == true && next?.isLowercase == true))
            if words.isEmpty || startsWord { words.append("") }
            words[words.count - 1].append(character)
        }
        return words
    }
}
