/// The step of Lower that keeps only the types a client reaches, when specgen.yaml's `include` generates some of the
/// operations: the types its operations, resources and settings name, and every type those refer to, at any depth.
/// Names stay as a full generation chooses them, so including another path never renames a type.
enum ReachableTypes {
    /// `types` without those that nothing in `client` reaches, in their order.
    static func pruning(_ types: [NamedType], reachableFrom client: ClientModel) -> [NamedType] {
        let byName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var reached: Set<String> = []
        var pending = references(of: client)
        while let name = pending.popLast() {
            let topLevel = String(name.prefix { $0 != "." })
            guard reached.insert(topLevel).inserted, let type = byName[topLevel] else { continue }
            pending += references(of: type)
        }
        return types.filter { reached.contains($0.name) }
    }

    /// The type names the client's operations, nested types and settings mention.
    private static func references(of client: ClientModel) -> [String] {
        var names = client.errorBody.namedTypes + client.commonHeaders.flatMap(\.type.namedTypes)
        names += client.operations.flatMap(references(of:)) + client.nestedTypes.flatMap(references(of:))
        var resources = client.resources
        while let resource = resources.popLast() {
            names += resource.operations.flatMap(references(of:)) + resource.nestedTypes.flatMap(references(of:))
            resources += resource.resources
        }
        return names
    }

    private static func references(of operation: ClientModel.Operation) -> [String] {
        var names: [String] = []
        _ = operation.mappingTypes { type in
            names += type.namedTypes
            return type
        }
        return names
    }

    /// The type names a type's members, cases or target mention, and those of its nested types.
    private static func references(of type: NamedType) -> [String] {
        var names: [String] = []
        _ = type.renamingReferences { name in
            names.append(name)
            return name
        }
        return names
    }
}
