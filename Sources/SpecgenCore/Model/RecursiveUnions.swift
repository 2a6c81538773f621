/// A union that holds itself in its own storage — as a branch, through a branch's property, through another union —
/// does not compile unless it is `indirect`: this pass finds every union on such a cycle and marks it.
enum RecursiveUnions {
    /// `types` (top-level, with their nested types) with every union on a cycle of inline storage marked indirect.
    static func markingIndirect(_ types: [NamedType]) -> [NamedType] {
        var heldInline: [String: [String]] = [:]
        func index(_ type: NamedType, qualifiedName: String) {
            heldInline[qualifiedName] = type.kind.typesHeldInline
            for child in type.nestedTypes { index(child, qualifiedName: qualifiedName + "." + child.name) }
        }
        for type in types { index(type, qualifiedName: type.name) }
        func reachesItself(_ start: String) -> Bool {
            var seen: Set<String> = []
            var pending = heldInline[start] ?? []
            while let name = pending.popLast() {
                if name == start { return true }
                guard seen.insert(name).inserted else { continue }
                pending += heldInline[name] ?? []
            }
            return false
        }
        func marked(_ type: NamedType, qualifiedName: String) -> NamedType {
            var type = type
            if case .union(var union) = type.kind, !union.isIndirect, reachesItself(qualifiedName) {
                union.isIndirect = true
                type.kind = .union(union)
            }
            type.nestedTypes = type.nestedTypes.map { marked($0, qualifiedName: qualifiedName + "." + $0.name) }
            return type
        }
        return types.map { marked($0, qualifiedName: $0.name) }
    }
}

extension NamedType.Kind {
    /// The generated types a value of this kind stores inline (not behind an array, a map or `@Indirect`).
    var typesHeldInline: [String] {
        switch self {
        case .structure(let properties):
            properties.filter { $0.wrapper != .indirect }.flatMap(\.type.typesHeldInline)
        case .union(let union): union.isIndirect ? [] : union.cases.flatMap(\.type.typesHeldInline)
        case .alias(let target), .wrapper(let target): target.typesHeldInline
        case .enumeration: []
        }
    }
}
