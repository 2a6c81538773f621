/// The second step of Lower: the schemas of ``TopLevelTypes`` become the model's types. Inline objects, enums and
/// unions of properties become types nested in their parent, named after the property; what a schema says that is
/// not generated is a warning at its position.
///
/// A value of this type lowers one place of the spec: the schemas of a request body (``SchemaRole``), with the
/// components whose `allOf` parts are being merged on the way down. It never changes; going deeper makes a copy.
struct TypeLowering: Sendable {
    let rules: SchemaRules
    let topLevel: TopLevelTypes
    /// Names no nested type takes: the top-level names, and those of the types declared beside aliases so far.
    var reservedNames: Set<String>
    /// What the schemas being lowered are for.
    var role = SchemaRole()
    /// The components whose properties are being copied into the type being lowered (the root, and every `allOf`
    /// part merged inline on the way down): an `allOf` that reaches one of them again would copy forever.
    var componentsBeingMerged: [RefTarget] = []

    private var resolved: ResolvedDocument { rules.resolved }

    /// The top-level types, in the order the spec declares their schemas, with the passes that make them compile
    /// applied: an alias's nested types declared beside it (``AliasMembers``), aliases that reach themselves wrapped,
    /// union branches that lead back dropped (``UnionCycles``), recursive unions `indirect` (``RecursiveUnions``).
    static func lower(
        _ topLevel: TopLevelTypes, rules: SchemaRules, log: inout DiagnosticLog
    ) -> (types: [NamedType], reservedNames: Set<String>) {
        var reserved = topLevel.reservedNames
        var aliasRenames: [String: String] = [:]
        let types = topLevel.roots.flatMap { root -> [NamedType] in
            let lowering = TypeLowering(
                rules: rules, topLevel: topLevel, reservedNames: reserved, role: root.role,
                componentsBeingMerged: [root.target])
            let type = lowering.lowerNamed(
                root.schema, name: root.name, qualifiedName: root.name, origin: "#\(root.target.pointer)", log: &log)
            return AliasMembers.hoist(type, taken: &reserved, renames: &aliasRenames)
        }
        /// The schema a top-level type (or one nested in it: `Loop.Variant2`) was lowered from.
        func location(ofRootOf typeName: String) -> SourceLocation? {
            let topLevelName = String(typeName.split(separator: ".").first ?? "")
            let root = topLevel.roots.first { $0.name == topLevelName }
            return root?.schema.value.map { rules.resolved.files.location(of: $0.mark) } ?? nil
        }
        let (wrapped, meaningless) = wrappingSelfReferentialAliases(types)
        for root in topLevel.roots where meaningless.contains(root.name) {
            log.report(
                .warning(
                    "'\(root.specName)' is only itself (a reference or one-branch oneOf back to it): generated as "
                        + "JSONValue",
                    at: location(ofRootOf: root.name), hint: "say what its values are: a type, properties or items"))
        }
        let (acyclic, dropped) = UnionCycles.droppingBranchesThatLeadBack(wrapped)
        for branch in dropped {
            log.report(
                .warning(
                    "branch '\(branch.caseName)' of \(branch.union) leads back to \(branch.union) itself: not generated "
                        + "(the union's other branches take every value it would)",
                    at: location(ofRootOf: branch.union)))
        }
        return (RecursiveUnions.markingIndirect(acyclic), reserved)
    }

    /// `typealias Tree = [String: Tree]` does not compile: an alias that reaches itself through its target and other
    /// aliases becomes a wrapper struct, which breaks the cycle. An alias that reaches itself outside any array or map
    /// (`X: {oneOf: [{$ref: X}]}`) describes no value at all; it becomes `JSONValue`, and its name is returned.
    static func wrappingSelfReferentialAliases(_ types: [NamedType]) -> (types: [NamedType], meaningless: Set<String>) {
        var aliasTargets: [String: TypeReference] = [:]
        for type in types { if case .alias(let target) = type.kind { aliasTargets[type.name] = target } }
        func reaches(_ start: String, through links: (TypeReference) -> [String]) -> Bool {
            func next(_ name: String) -> [String] { aliasTargets[name].map(links) ?? [] }
            return TypeTree.reaches(start, from: next(start), links: next)
        }
        var meaningless: Set<String> = []
        let types = types.map { type in
            guard case .alias(let target) = type.kind, reaches(type.name, through: \.namedTypes) else { return type }
            var wrapper = type
            if reaches(type.name, through: \.typesHeldInline) {
                meaningless.insert(type.name)
                wrapper.kind = .alias(.jsonValue)
            } else {
                wrapper.kind = .wrapper(target)
            }
            return wrapper
        }
        return (types, meaningless)
    }

    // MARK: - Named types

    func lowerNamed(
        _ schema: RefOr<Schema>,
        name: String,
        qualifiedName: String,
        origin: String,
        log: inout DiagnosticLog
    ) -> NamedType {
        var nested: [NamedType] = []
        guard case .value(let value) = schema else {
            let type = typeReference(schema, parent: qualifiedName, property: name, nested: &nested, log: &log)
            return NamedType(
                name: name,
                origin: origin,
                documentation: schema.reference?.description,
                isDeprecated: false,
                kind: .alias(type),
                nestedTypes: nested,
                isEncodeOnly: role.isEncodeOnly
            )
        }
        let merged = rules.mergedAllOf(value)
        reportUngenerated(value, log: &log)
        let kind: NamedType.Kind
        var itemTypes: [NamedType] = []
        if let items = rules.conventions.listItems(of: merged, resolve: resolved.resolve),
            case let item = typeReference(items, parent: qualifiedName, property: "item", nested: &itemTypes, log: &log),
            itemTypes.isEmpty
        {
            // A type alias cannot hold nested types, so lists of inline items stay structs.
            kind = .alias(.listPage(item))
        } else if let enumeration = rules.enumeration(merged) {
            kind = .enumeration(enumeration)
        } else if let variants = rules.unionVariants(merged),
            rules.conventions.variantsWithoutClearMarker(variants, resolve: resolved.resolve) != nil
        {
            kind = .alias(
                typeReference(.value(merged), parent: qualifiedName, property: "Value", nested: &nested, log: &log))
        } else if let variants = rules.unionVariants(merged), variants.count > 1 {
            kind = .union(
                lowerUnion(merged, variants: variants, qualifiedName: qualifiedName, nested: &nested, log: &log))
        } else if rules.isStructure(merged) {
            kind = .structure(lowerProperties(merged, qualifiedName: qualifiedName, nested: &nested, log: &log))
        } else {
            kind = .alias(
                typeReference(.value(merged), parent: qualifiedName, property: "Value", nested: &nested, log: &log))
        }
        return NamedType(
            name: name,
            origin: origin,
            documentation: merged.description,
            isDeprecated: merged.isDeprecated,
            kind: kind,
            nestedTypes: nested,
            title: merged.title,
            isEncodeOnly: role.isEncodeOnly
        )
    }

    private func lowerProperties(
        _ schema: Schema,
        qualifiedName: String,
        nested: inout [NamedType],
        log: inout DiagnosticLog
    ) -> [Property] {
        // Every struct is `Hashable`: a property spelled `hashValue` would be taken for the deprecated requirement.
        var usedMemberNames: Set<String> = ["hashValue"]
        var properties: [Property] = []
        for (key, propertySchema) in schema.properties {
            let resolvedProperty = resolved.resolve(propertySchema)
            let isRequired = schema.required.contains(key)
            let isNullable = resolvedProperty.map(rules.isNullable) ?? false
            var type = typeReference(propertySchema, parent: qualifiedName, property: key, nested: &nested, log: &log)
            if !isRequired || isNullable { type = .optional(type) }
            var wrapper: Property.Wrapper?
            if type.containsUnixTime {
                wrapper = .unixTime
                type = type.unixTimeAsDate
            } else if case .named(let typeName) = type.unwrapped, topLevel.recursiveNames.contains(typeName) {
                wrapper = .indirect
            }
            let name = SwiftNaming.unique(SwiftNaming.memberName(key), among: usedMemberNames)
            usedMemberNames.insert(name)
            properties.append(
                Property(
                    name: name,
                    key: key,
                    type: type,
                    documentation: propertySchema.reference?.description ?? resolvedProperty?.description,
                    isDeprecated: resolvedProperty?.isDeprecated ?? false,
                    encodesNull: isRequired && isNullable,
                    wrapper: wrapper,
                    defaultLiteral: (resolvedProperty?.defaultValue ?? resolvedProperty?.const).flatMap {
                        Self.literal($0, for: type.unwrapped, among: nested)
                    }
                )
            )
        }
        return properties
    }

    // MARK: - Type references

    /// The Swift type for a schema at a property (or array element); inline objects and enums are appended to
    /// `nested` as types named after the property.
    func typeReference(
        _ schema: RefOr<Schema>,
        parent: String,
        property: String,
        nested: inout [NamedType],
        log: inout DiagnosticLog
    ) -> TypeReference {
        if case .reference(let reference) = schema {
            if let target = reference.target, let name = topLevel.names[target] { return .named(name) }
            guard let value = resolved.resolve(schema) else { return .jsonValue }
            return typeReference(.value(value), parent: parent, property: property, nested: &nested, log: &log)
        }
        guard case .value(let value) = schema else { return .jsonValue }
        let merged = rules.mergedAllOf(value)
        reportUngenerated(value, log: &log)
        let conventions = rules.conventions
        if merged.allOf.count == 1, merged.properties.isEmpty, case .reference = merged.allOf[0] {
            return typeReference(merged.allOf[0], parent: parent, property: property, nested: &nested, log: &log)
        }
        if let objects = conventions.expansionTargets(of: merged, resolve: { resolved.resolve($0) }) {
            var union = merged
            union.anyOf = objects
            union.extensions["x-expansionResources"] = nil
            return .expandable(
                typeReference(.value(union), parent: parent, property: property, nested: &nested, log: &log))
        }
        let variants = rules.unionVariants(merged)
        if let items = conventions.listItems(of: merged, resolve: resolved.resolve) {
            return .listPage(
                typeReference(items, parent: parent, property: Self.singular(property), nested: &nested, log: &log))
        }
        if let variants, let kept = conventions.variantsWithoutClearMarker(variants, resolve: resolved.resolve) {
            var value = merged
            value.oneOf = []
            value.anyOf = kept
            return .clearable(
                typeReference(.value(value), parent: parent, property: property, nested: &nested, log: &log))
        }
        if let variants, variants.count == 1 {
            return typeReference(variants[0], parent: parent, property: property, nested: &nested, log: &log)
        }
        let mergedComponents = value.allOf.compactMap { $0.reference?.target }
        if let cycle = mergedComponents.first(where: componentsBeingMerged.contains), let name = topLevel.names[cycle] {
            log.report(
                .warning(
                    "allOf includes \(name), which includes this schema: generated as \(name), without the other parts",
                    at: resolved.files.location(of: value.mark),
                    hint: "give the combination a name under components.schemas and refer to it"))
            return .named(name)
        }
        if rules.isEnumeration(merged, property: property) || rules.isStructure(merged) || (variants?.count ?? 0) > 1 {
            var inner = self
            inner.componentsBeingMerged += mergedComponents
            let siblings = Set(nested.map(\.name))
            let ancestors = Set(parent.split(separator: ".").map(String.init))
            let name = SwiftNaming.unique(Self.nestedTypeName(property, in: parent), suffix: "Value") {
                siblings.contains($0) || ancestors.contains($0) || reservedNames.contains($0)
            }
            let qualified = parent + "." + name
            nested.append(
                inner.lowerNamed(.value(merged), name: name, qualifiedName: qualified, origin: qualified, log: &log))
            return .named(qualified)
        }
        switch merged.types.first ?? Self.type(ofConstant: merged.const) {
        case .string:
            switch merged.format {
            case "date-time": return .date
            case "unix-time": return .unixTime
            case "uri", "url": return .url
            case "binary" where role.binaryIsFile: return .fileUpload
            case "byte", "binary": return .data
            case "decimal": return .decimal
            default: return .string
            }
        case .integer:
            switch merged.format {
            case "unix-time": return .unixTime
            case "int32": return .int32
            default: return .int
            }
        case .number:
            return merged.format == "float" ? .float : .double
        case .boolean:
            return .bool
        case .array:
            guard let items = merged.items else { return .array(.jsonValue) }
            return .array(
                typeReference(items, parent: parent, property: Self.singular(property), nested: &nested, log: &log))
        case .object, nil:
            if case .schema(let values) = merged.additionalProperties {
                let value = typeReference(
                    values, parent: parent, property: Self.singular(property), nested: &nested, log: &log)
                // Nullable values stay apart from absent keys: `metadata: ["color": nil]` sends `null`, which
                // Stripe reads as "remove the key".
                let isNullable = resolved.resolve(values).map(rules.isNullable) ?? false
                return .dictionary(isNullable && !value.isOptional ? .optional(value) : value)
            }
            return .jsonValue
        case .null:
            return .jsonValue
        }
    }

    /// Warns about what a schema says that the generated type does not: JSON Schema's conditionals and dependencies,
    /// tuples, pattern-named members and `not`, with what is generated instead. A schema lowered more than once
    /// warns once: the log drops repeats.
    private func reportUngenerated(_ schema: Schema, log: inout DiagnosticLog) {
        var notes: [String] = []
        if !schema.ungeneratedKeywords.isEmpty {
            let keywords = schema.ungeneratedKeywords.map { "'\($0)'" }.joined(separator: ", ")
            notes.append("\(keywords) not generated: values are read by the schema's other keywords only")
        }
        if !schema.prefixItems.isEmpty, schema.items == nil {
            notes.append("'prefixItems' (a tuple) is generated as an array of JSONValue")
        }
        if !schema.patternProperties.isEmpty, !schema.properties.isEmpty {
            notes.append("'patternProperties' not generated: members the pattern names are not kept")
        }
        if !schema.properties.isEmpty, case .schema(let values) = schema.additionalProperties,
            !(values.value?.constrainsNothing ?? false)
        {
            notes.append(
                "'additionalProperties' beside 'properties' not generated: members other than the properties are not kept"
            )
        }
        if schema.not != nil { notes.append("'not' not generated: the type accepts what the other keywords describe") }
        guard !notes.isEmpty else { return }
        log.report(.warning(notes.joined(separator: "; "), at: resolved.files.location(of: schema.mark)))
    }

    /// The JSON type of a `const` value, for a schema that pins one without naming a type.
    private static func type(ofConstant constant: Node?) -> Schema.JSONType? {
        switch constant?.scalar?.kind {
        case .string: .string
        case .integer: .integer
        case .float: .number
        case .boolean: .boolean
        case .null, nil: nil
        }
    }

    /// A default value as Swift literal text for a scalar or enum type; `nil` for anything else.
    static func literal(_ node: Node, for type: TypeReference, among nested: [NamedType]) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else { return nil }
        switch type {
        case .named(let name):
            let shortName = String(name.split(separator: ".").last ?? "")
            guard case .enumeration(let enumeration)? = nested.first(where: { $0.name == shortName })?.kind else {
                return nil
            }
            let literal = enumeration.rawType == .integer ? scalar.value : SwiftLiteral.string(scalar.value)
            return enumeration.cases.first(where: { $0.literal == literal }).map { "." + $0.name }
        case .string: return SwiftLiteral.string(scalar.value)
        case .int, .int32: return scalar.int.map(String.init)
        case .bool: return scalar.bool.map { $0 ? "true" : "false" }
        case .double, .float: return scalar.double.map { "\($0)" }
        default: return nil
        }
    }

    // MARK: - Names

    /// The name of the type nested in `parent` for `property`'s inline schema: `Kind` for `type` (`Foo.Type` is
    /// Swift's metatype syntax), `…Value` for a name generated code uses.
    static func nestedTypeName(_ property: String, in parent: String) -> String {
        let name = SwiftNaming.unescaped(SwiftNaming.typeName(property, in: parent))
        if name == "Type" { return "Kind" }
        return SwiftNaming.typesGeneratedCodeUses.contains(name) ? name + "Value" : name
    }

    /// `items` → `item`, `categories` → `category`; otherwise `…Item`.
    private static func singular(_ property: String) -> String {
        if property.hasSuffix("ies") { return String(property.dropLast(3)) + "y" }
        if property.hasSuffix("s"), !property.hasSuffix("ss") { return String(property.dropLast()) }
        return property + "_item"
    }
}
