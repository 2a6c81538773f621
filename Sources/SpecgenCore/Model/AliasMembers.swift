/// A type alias cannot hold nested types: `typealias Body = [Body.Item]` refers to itself, and an extension of it
/// would extend `Array`. The inline types of an alias — the items of an array of inline objects, the values of a map,
/// the branch of a one-branch `oneOf` — are declared beside it at the top level instead, named after it (`BodyItem`).
enum AliasMembers {
    /// `alias` followed by its nested types, declared at the top level under names not in `taken`; `renames` gets
    /// each old qualified name (`Body.ValueItem`) and its new one (`BodyItem`).
    static func hoist(
        _ alias: NamedType,
        taken: inout Set<String>,
        renames: inout [String: String]
    ) -> [NamedType] {
        guard case .alias = alias.kind, !alias.nestedTypes.isEmpty else { return [alias] }
        var local: [String: String] = [:]
        for child in alias.nestedTypes {
            // The placeholder member an alias's values are lowered under is `Value`: `ValueItem` → `BodyItem`.
            let suffix =
                child.name.hasPrefix("Value") && child.name.count > 5 ? String(child.name.dropFirst(5)) : child.name
            // Never the name of a type nested in it, which would then be spelled like its parent.
            let name = SwiftNaming.unique(SwiftNaming.unescaped(alias.name) + suffix) { name in
                taken.contains(name) || child.nestedTypes.contains { $0.name == name }
            }
            taken.insert(name)
            local[alias.name + "." + child.name] = name
        }
        let rename = { (name: String) in renamed(name, by: local) }
        var result = [alias.renamingReferences(rename)]
        result[0].nestedTypes = []
        for child in alias.nestedTypes {
            var declaration = child.renamingReferences(rename)
            declaration.name = local[alias.name + "." + child.name]!
            result.append(declaration)
        }
        renames.merge(local) { _, new in new }
        return result
    }

    /// `name` with a renamed prefix replaced: `Body.ValueItem.Kind` → `BodyItem.Kind`.
    static func renamed(_ name: String, by renames: [String: String]) -> String {
        if let exact = renames[name] { return exact }
        var end = name.endIndex
        while let dot = name[..<end].lastIndex(of: ".") {
            if let prefix = renames[String(name[..<dot])] { return prefix + name[dot...] }
            end = dot
        }
        return name
    }
}

extension NamedType {
    /// This type with every type reference in it, and in its nested types, passed through `rename`.
    func renamingReferences(_ rename: (String) -> String) -> NamedType {
        var type = self
        type.kind = kind.renamingReferences(rename)
        type.nestedTypes = nestedTypes.map { $0.renamingReferences(rename) }
        return type
    }
}

extension NamedType.Kind {
    /// The kind with the type references of its members, cases or target passed through `rename`; nested types are
    /// the caller's to rename.
    func renamingReferences(_ rename: (String) -> String) -> NamedType.Kind {
        switch self {
        case .structure(var properties):
            for index in properties.indices { properties[index].type = properties[index].type.mapNamed(rename) }
            return .structure(properties)
        case .union(var union):
            for index in union.cases.indices { union.cases[index].type = union.cases[index].type.mapNamed(rename) }
            return .union(union)
        case .alias(let target): return .alias(target.mapNamed(rename))
        case .wrapper(let target): return .wrapper(target.mapNamed(rename))
        case .enumeration: return self
        }
    }
}
