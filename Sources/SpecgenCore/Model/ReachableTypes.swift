/// The step of Lower that keeps only the types a client reaches, when specgen.yaml's `include` generates some of the
/// operations: the types its operations, resources and settings name, and every type those refer to, at any depth.
/// Names stay as a full generation chooses them, so including another path never renames a type.
///
/// An expandable field (Stripe's `Expandable<Customer>`) does not make its object reachable: it always holds the ID,
/// and the object only when a request asks for it. Its object stays typed when something else reaches it; otherwise
/// the field becomes `Expandable<JSONValue>` (the ID, and the expanded object as JSON), so that a few resources do not
/// pull in every object they link to.
enum ReachableTypes {
    /// `types` without those that nothing in `client` reaches, in their order, with expandable fields whose object
    /// is not kept holding `JSONValue`.
    static func pruning(_ types: [NamedType], reachableFrom client: ClientModel) -> [NamedType] {
        let byName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var reached: Set<String> = []
        var pending = references(of: client)
        while let name = pending.popLast() {
            let topLevel = topLevelName(of: name)
            guard reached.insert(topLevel).inserted, let type = byName[topLevel] else { continue }
            pending += references(of: type, qualifiedName: type.name).direct
        }
        return types.filter { reached.contains($0.name) }.map {
            keepingExpandables(of: $0, qualifiedName: $0.name, within: reached)
        }
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

    /// Every type name `type`'s members and nested types mention, the objects of expandable fields included (the
    /// client's nested types are request and response shapes, walked whole).
    private static func references(of type: NamedType) -> [String] {
        var names: [String] = []
        _ = type.renamingReferences { name in
            names.append(name)
            return name
        }
        return names
    }

    /// The type names `type` (declared as `qualifiedName`) and its nested types mention: `direct`ly, and only as the
    /// object of an expandable field (`expandable`, with the names the nested types such a field holds mention).
    private static func references(
        of type: NamedType, qualifiedName: String
    ) -> (direct: [String], expandable: [String]) {
        var direct: [String] = []
        var expandable: [String] = []
        for reference in memberTypes(of: type.kind) {
            direct += reference.namedTypesOutsideExpandables
            expandable += reference.expandableObjects
        }
        // Only this type's own expandable fields make a nested type theirs alone: one a sibling's field mentions is
        // kept typed (``keepingExpandables``), so it is walked like any other.
        let ownExpandable = Set(expandable)
        for child in type.nestedTypes {
            let childName = qualifiedName + "." + child.name
            let childReferences = references(of: child, qualifiedName: childName)
            if ownExpandable.contains(childName) {
                expandable += childReferences.direct + childReferences.expandable
            } else {
                direct += childReferences.direct
                expandable += childReferences.expandable
            }
        }
        return (direct, expandable)
    }

    /// The types a kind's properties, cases or target have.
    private static func memberTypes(of kind: NamedType.Kind) -> [TypeReference] {
        switch kind {
        case .structure(let properties): properties.map(\.type)
        case .union(let union): union.cases.map(\.type)
        case .alias(let target), .wrapper(let target): [target]
        case .enumeration: []
        }
    }

    /// `type` (declared as `qualifiedName`) with each expandable field whose object mentions a type outside `kept`
    /// holding `JSONValue`, and the nested types that only such fields held dropped.
    private static func keepingExpandables(
        of type: NamedType, qualifiedName: String, within kept: Set<String>
    ) -> NamedType {
        let nestedByName = Dictionary(
            type.nestedTypes.map { (qualifiedName + "." + $0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var visiting: Set<String> = []
        func isKept(_ name: String) -> Bool {
            guard let nested = nestedByName[name] else { return kept.contains(topLevelName(of: name)) }
            // A nested type that leads back to itself is kept as far as that path goes.
            guard visiting.insert(name).inserted else { return true }
            defer { visiting.remove(name) }
            let mentioned = references(of: nested, qualifiedName: name)
            return (mentioned.direct + mentioned.expandable).allSatisfy(isKept)
        }
        func withKeptObjects(_ reference: TypeReference) -> TypeReference {
            let objects = reference.expandableObjects
            guard !objects.isEmpty, !objects.allSatisfy(isKept) else { return reference }
            return reference.withExpandableObjects(.jsonValue)
        }
        var result = type
        switch type.kind {
        case .structure(var properties):
            for index in properties.indices {
                let original = properties[index].type
                properties[index].type = withKeptObjects(original)
                if properties[index].type != original {
                    properties[index].documentation = documented(properties[index].documentation)
                }
            }
            result.kind = .structure(properties)
        case .union(var union):
            for index in union.cases.indices { union.cases[index].type = withKeptObjects(union.cases[index].type) }
            result.kind = .union(union)
        case .alias(let target): result.kind = .alias(withKeptObjects(target))
        case .wrapper(let target): result.kind = .wrapper(withKeptObjects(target))
        case .enumeration: break
        }
        result.nestedTypes = type.nestedTypes.map {
            keepingExpandables(of: $0, qualifiedName: qualifiedName + "." + $0.name, within: kept)
        }
        // A nested type that only a field now holding `JSONValue` mentioned is declared no more.
        let before = Set(references(of: type))
        let after = Set(references(of: result))
        result.nestedTypes.removeAll { child in
            let childName = qualifiedName + "." + child.name
            return before.contains(childName) && !after.contains(childName)
        }
        return result
    }

    private static func documented(_ documentation: String?) -> String {
        let note = "Expanded, the object is a `JSONValue`: its type is not generated with this spec's `include`."
        guard let documentation, !documentation.isEmpty else { return note }
        return documentation + "\n\n" + note
    }

    private static func topLevelName(of name: String) -> String {
        String(name.prefix { $0 != "." })
    }
}

extension TypeReference {
    /// The generated type names it mentions other than as the object of an expandable field.
    fileprivate var namedTypesOutsideExpandables: [String] {
        switch self {
        case .named(let name): [name]
        case .expandable: []
        case .array(let inner), .dictionary(let inner), .optional(let inner), .clearable(let inner),
            .listPage(let inner):
            inner.namedTypesOutsideExpandables
        default: []
        }
    }

    /// The generated type names it mentions as the object of an expandable field.
    fileprivate var expandableObjects: [String] {
        switch self {
        case .expandable(let object): object.namedTypes
        case .array(let inner), .dictionary(let inner), .optional(let inner), .clearable(let inner),
            .listPage(let inner):
            inner.expandableObjects
        default: []
        }
    }

    /// The same type with the object of each expandable field it holds replaced by `object`.
    fileprivate func withExpandableObjects(_ object: TypeReference) -> TypeReference {
        replacing {
            guard case .expandable = $0 else { return nil }
            return .expandable(object)
        }
    }
}
