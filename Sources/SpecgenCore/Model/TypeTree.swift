/// The generated types as the passes after lowering walk them: every type, nested ones included, by its qualified
/// name (`Pet.Kind`), and the references between them as a graph.
enum TypeTree {
    /// The kind of every type of `types` and below, by qualified name.
    static func kinds(_ types: [NamedType]) -> [String: NamedType.Kind] {
        var kinds: [String: NamedType.Kind] = [:]
        func index(_ type: NamedType, qualifiedName: String) {
            kinds[qualifiedName] = type.kind
            for child in type.nestedTypes { index(child, qualifiedName: qualifiedName + "." + child.name) }
        }
        for type in types { index(type, qualifiedName: type.name) }
        return kinds
    }

    /// `types` with the kind of each type, nested ones first, passed through `transform` with its qualified name.
    static func mappingKinds(
        _ types: [NamedType], _ transform: (String, NamedType.Kind) -> NamedType.Kind
    ) -> [NamedType] {
        func mapped(_ type: NamedType, qualifiedName: String) -> NamedType {
            var type = type
            type.nestedTypes = type.nestedTypes.map { mapped($0, qualifiedName: qualifiedName + "." + $0.name) }
            type.kind = transform(qualifiedName, type.kind)
            return type
        }
        return types.map { mapped($0, qualifiedName: $0.name) }
    }

    /// Whether following `links` from the names in `start` reaches `target`.
    static func reaches(_ target: String, from start: [String], links: (String) -> [String]) -> Bool {
        var seen: Set<String> = []
        var pending = start
        while let name = pending.popLast() {
            if name == target { return true }
            guard seen.insert(name).inserted else { continue }
            pending += links(name)
        }
        return false
    }
}
