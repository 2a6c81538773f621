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
        var kinds: [String: NamedType.Kind] = [:]
        var order: [String] = []
        // Nested unions first: cutting a branch's way back keeps the branch itself in its parent.
        func index(_ type: NamedType, qualifiedName: String) {
            kinds[qualifiedName] = type.kind
            for child in type.nestedTypes { index(child, qualifiedName: qualifiedName + "." + child.name) }
            order.append(qualifiedName)
        }
        for type in types { index(type, qualifiedName: type.name) }
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
        /// Whether trying `start`'s branches can reach `target` without reading into the value.
        func reaches(_ start: String, _ target: String) -> Bool {
            var seen: Set<String> = []
            var pending = [start]
            while let name = pending.popLast() {
                if name == target { return true }
                guard seen.insert(name).inserted, case .union(let value)? = kinds[name], value.discriminator == nil
                else { continue }
                pending += value.cases.compactMap { union($0.type) }
            }
            return false
        }
        var dropped: [DroppedCase] = []
        for name in order {
            guard case .union(var value)? = kinds[name], value.discriminator == nil else { continue }
            let kept = value.cases.filter { item in
                guard let branch = union(item.type), reaches(branch, name) else { return true }
                dropped.append(DroppedCase(union: name, caseName: item.name))
                return false
            }
            guard kept.count != value.cases.count else { continue }
            value.cases = kept
            kinds[name] = .union(value)
        }
        guard !dropped.isEmpty else { return (types, []) }
        func rebuilt(_ type: NamedType, qualifiedName: String) -> NamedType {
            var type = type
            type.kind = kinds[qualifiedName] ?? type.kind
            type.nestedTypes = type.nestedTypes.map { rebuilt($0, qualifiedName: qualifiedName + "." + $0.name) }
            return type
        }
        return (types.map { rebuilt($0, qualifiedName: $0.name) }, dropped)
    }
}
