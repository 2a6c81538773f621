/// An untagged union tries its branches in order on the same value; a branch that is a union leading back to the
/// first one (`Void: {oneOf: [{$ref: Void}, …]}`, or `A: oneOf [B, …]` with `B: oneOf [A, …]`) would try it again on
/// that value, forever. Such a branch adds no value the others do not take: this pass drops it.
enum UnionCycles {
    /// A branch dropped: the qualified name of the union and the branch's case name.
    struct DroppedCase: Equatable {
        var union: String
        var caseName: String
    }

    /// `types` (top-level, with their nested types) without the union branches that lead back to their union.
    static func droppingBranchesThatLeadBack(_ types: [NamedType]) -> (types: [NamedType], dropped: [DroppedCase]) {
        var kinds = TypeTree.kinds(types)
        /// The union a type reference stands for on the same value: itself, through optionals and aliases.
        func union(_ reference: TypeReference, seen: Set<String> = []) -> String? {
            switch reference {
            case .optional(let wrapped): return union(wrapped, seen: seen)
            case .named(let name) where !seen.contains(name):
                switch kinds[name] {
                case .union?: return name
                case .alias(let target)?: return union(target, seen: seen.union([name]))
                default: return nil
                }
            default: return nil
            }
        }
        /// The unions an untagged union tries on the same value.
        func branches(_ name: String) -> [String] {
            guard case .union(let value)? = kinds[name], value.discriminator == nil else { return [] }
            return value.cases.compactMap { union($0.type) }
        }
        var dropped: [DroppedCase] = []
        // Nested unions first: cutting a branch's way back keeps the branch itself in its parent.
        let acyclic = TypeTree.mappingKinds(types) { name, kind in
            guard case .union(var value) = kind, value.discriminator == nil else { return kind }
            value.cases.removeAll { item in
                guard let branch = union(item.type), TypeTree.reaches(name, from: [branch], links: branches) else {
                    return false
                }
                dropped.append(DroppedCase(union: name, caseName: item.name))
                return true
            }
            kinds[name] = .union(value)
            return .union(value)
        }
        return (acyclic, dropped)
    }
}
