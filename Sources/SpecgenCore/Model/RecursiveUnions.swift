/// A union that holds itself in its own storage — as a branch, through a branch's property, through another union —
/// does not compile unless it is `indirect`: this pass finds every union on such a cycle and marks it.
enum RecursiveUnions {
    /// `types` (top-level, with their nested types) with every union on a cycle of inline storage marked indirect.
    static func markingIndirect(_ types: [NamedType]) -> [NamedType] {
        let heldInline = TypeTree.kinds(types).mapValues(\.typesHeldInline)
        return TypeTree.mappingKinds(types) { name, kind in
            guard case .union(var union) = kind, !union.isIndirect,
                TypeTree.reaches(name, from: heldInline[name] ?? [], links: { heldInline[$0] ?? [] })
            else { return kind }
            union.isIndirect = true
            return .union(union)
        }
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
