/// `oneOf` and `anyOf` lowered to ``Union``s: which variants there are, how they are told apart, and what the
/// cases are called.
extension TypeLowering {
    func lowerUnion(
        _ schema: Schema,
        variants: [RefOr<Schema>],
        qualifiedName: String,
        nested: inout [NamedType],
        log: inout DiagnosticLog
    ) -> Union {
        let schemas = variants.map { rules.resolved.resolve($0).map(rules.mergedAllOf) }
        let discriminator = schema.discriminator?.propertyName ?? implicitDiscriminator(schemas)
        // `none` and `some` would read as `Optional`'s where the union is optional.
        var usedNames: Set<String> = ["unknown", "hashValue", "none", "some"]
        var cases: [Union.Case] = []
        let sharedWords = Self.sharedLeadingWords(of: variants.compactMap { $0.reference?.componentName })
        // Each case's variant, for the checks that tell the variants apart.
        var variantOfCase: [Int] = []
        for (index, variant) in variants.enumerated() {
            if discriminator == nil, let constants = constants(of: variant) {
                for constant in constants {
                    let name = SwiftNaming.unique(
                        SwiftNaming.memberName(constant.isEmpty ? "empty" : constant), among: usedNames,
                        suffix: "Value")
                    usedNames.insert(name)
                    cases.append(Union.Case(name: name, type: .string, tags: [], match: nil, constant: constant))
                    variantOfCase.append(index)
                }
                continue
            }
            let placeholder = rules.resolved.resolve(variant)?.title ?? "variant \(index + 1)"
            let type = typeReference(variant, parent: qualifiedName, property: placeholder, nested: &nested, log: &log)
            let tags =
                discriminator.map { discriminatorTags(of: variant, key: $0, mapping: schema.discriminator?.mapping) }
                ?? []
            let name = SwiftNaming.unique(
                caseName(variant, type: type, tags: tags, droppingWords: sharedWords), among: usedNames)
            usedNames.insert(name)
            cases.append(Union.Case(name: name, type: type, tags: tags, match: nil))
            variantOfCase.append(index)
        }
        let matches = self.matches(of: schemas)
        for index in cases.indices where cases[index].tags.isEmpty && cases[index].constant == nil {
            cases[index].match = matches[variantOfCase[index]]
        }
        let isIndirect = variants.contains { variant in
            variant.reference.map(rules.resolved.isRecursive) ?? false
        }
        return Union(discriminator: discriminator, cases: cases, isIndirect: isIndirect)
    }

    // MARK: - Telling variants apart

    /// What each variant (its schema, resolved and merged) requires of a value: its required properties that some
    /// other variant does not require, and the values it pins, down required objects (Stripe's v2 errors pin
    /// `error.code`); for a variant that is itself a tagged union, one of its tags. `nil` for a variant with none.
    private func matches(of schemas: [Schema?]) -> [Union.Match?] {
        let requiredSets = schemas.map { Set($0?.required ?? []) }
        let sharedRequired = requiredSets.dropFirst().reduce(requiredSets.first ?? []) { $0.intersection($1) }
        return schemas.map { schema in
            if let schema, let tagged = taggedUnionMatch(schema) { return tagged }
            guard let schema, !schema.properties.isEmpty else { return nil }
            let required = schema.required.filter { !sharedRequired.contains($0) && schema.properties[$0] != nil }
            let pinned = pins(of: schema, at: [], depth: 0)
            guard !required.isEmpty || !pinned.isEmpty else { return nil }
            return Union.Match(isObject: true, required: required.map { [$0] }, pinned: pinned)
        }
    }

    /// A union told apart by a tag (`{oneOf: [Cat, Dog], discriminator: {propertyName: kind}}`) takes only values
    /// whose tag it knows: without that, a variant tried before it that accepts any object (all its properties
    /// optional) would take them, and drop their members.
    private func taggedUnionMatch(_ schema: Schema) -> Union.Match? {
        guard let variants = rules.unionVariants(schema), variants.count > 1 else { return nil }
        let variantSchemas = variants.map { rules.resolved.resolve($0).map(rules.mergedAllOf) }
        guard let key = schema.discriminator?.propertyName ?? implicitDiscriminator(variantSchemas) else { return nil }
        var tags: [String] = []
        for variant in variants {
            for tag in discriminatorTags(of: variant, key: key, mapping: schema.discriminator?.mapping)
            where !tags.contains(tag) {
                tags.append(tag)
            }
        }
        guard !tags.isEmpty else { return nil }
        return Union.Match(isObject: true, required: [], pinned: [.init(path: [key], values: tags)])
    }

    /// The properties of `schema` pinned to one value, and those of its required object properties, three levels deep.
    private func pins(of schema: Schema, at path: [String], depth: Int) -> [Union.Match.Pin] {
        guard depth < 3 else { return [] }
        var pins: [Union.Match.Pin] = []
        for (key, property) in schema.properties {
            let values = pinnedValues(property)
            if values.count == 1 {
                pins.append(.init(path: path + [key], values: values))
            } else if values.isEmpty, schema.required.contains(key),
                let child = rules.resolved.resolve(property).map(rules.mergedAllOf), !child.properties.isEmpty
            {
                pins += self.pins(of: child, at: path + [key], depth: depth + 1)
            }
        }
        return pins
    }

    /// A property every variant pins to its own values (`object: {enum: [card]}`, `type: {const: dog}`), as Stripe's
    /// polymorphic fields do with `object`: it discriminates even where the spec names no discriminator.
    private func implicitDiscriminator(_ variantSchemas: [Schema?]) -> String? {
        let schemas = variantSchemas.compactMap { $0 }
        guard schemas.count == variantSchemas.count, let first = schemas.first else { return nil }
        let common = first.properties.keys.filter { key in schemas.allSatisfy { $0.properties[key] != nil } }
        let preferred = ["object", "type", "kind"].filter(common.contains) + common.sorted()
        for key in preferred {
            var seen: Set<String> = []
            let tagSets = schemas.map { pinnedValues($0.properties[key]) }
            guard tagSets.allSatisfy({ !$0.isEmpty }),
                tagSets.allSatisfy({ $0.allSatisfy { seen.insert($0).inserted } })
            else { continue }
            return key
        }
        return nil
    }

    /// The discriminator values that select `variant`: from the mapping, else the values the variant pins its
    /// discriminator property to, else the component name (OpenAPI's implicit mapping).
    private func discriminatorTags(of variant: RefOr<Schema>, key: String, mapping: OrderedMap<String>?) -> [String] {
        if let mapping, let reference = variant.reference {
            let mapped = mapping.filter { _, target in
                target == reference.raw || target == reference.componentName
                    || "#/components/schemas/" + target == reference.raw
            }.map(\.key)
            if !mapped.isEmpty { return mapped }
        }
        if let schema = rules.resolved.resolve(variant).map(rules.mergedAllOf) {
            let pinned = pinnedValues(schema.properties[key])
            if !pinned.isEmpty { return pinned }
        }
        return variant.reference?.componentName.map { [$0] } ?? []
    }

    /// The string values a property schema allows when it lists them (`const`, or `enum`).
    private func pinnedValues(_ property: RefOr<Schema>?) -> [String] {
        guard let schema = property.flatMap(rules.resolved.resolve) else { return [] }
        if let constant = schema.const?.scalar, !constant.isNull { return [constant.value] }
        return (schema.enumValues ?? []).compactMap { $0.scalar.flatMap { $0.isNull ? nil : $0.value } }
    }

    /// The values of a variant that is an inline enum of strings, which become cases of their own; `nil` for other
    /// variants.
    private func constants(of variant: RefOr<Schema>) -> [String]? {
        guard variant.reference == nil, let schema = rules.resolved.resolve(variant),
            schema.types.isEmpty || schema.types == [.string], schema.properties.isEmpty,
            let values = schema.enumValues, !values.isEmpty
        else { return nil }
        let strings = values.compactMap { $0.scalar.flatMap { $0.isNull ? nil : $0.value } }
        // Without a type, values that read as numbers or booleans may not be strings on the wire.
        let isText = { (value: String) in Double(value) == nil && !["true", "false"].contains(value) }
        guard strings.count == values.count, schema.types == [.string] || strings.allSatisfy(isText) else {
            return nil
        }
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }
    }

    // MARK: - Names

    /// The parts that every one of several component names begins with, parts being what separators (`.`, `_`,
    /// `-`) divide (`v2.error.not_found`, `v2.error` share `v2`, `error`; `OptionOne`, `OptionTwo` share none),
    /// which case names leave out; none for fewer than two names.
    static func sharedLeadingWords(of names: [String]) -> Int {
        guard names.count >= 2 else { return 0 }
        let parts = names.map(Self.parts)
        var count = 0
        while parts.allSatisfy({ $0.count > count }), Set(parts.map { $0[count] }).count == 1 { count += 1 }
        return count
    }

    /// A name's parts between separators: `v2.error.not_found` → `v2`, `error`, `not`, `found`.
    private static func parts(_ name: String) -> [Substring] {
        name.split { !$0.isLetter && !$0.isNumber }
    }

    /// A variant's case: its tag, its component's name without the parts all the union's components share
    /// (`notFound` for `v2.error.not_found`; the last part for the one that has no more, `error` for `v2.error`), or
    /// what its type is.
    private func caseName(
        _ variant: RefOr<Schema>, type: TypeReference, tags: [String], droppingWords shared: Int = 0
    ) -> String {
        if tags.count == 1 { return SwiftNaming.memberName(tags[0]) }
        if let name = variant.reference?.componentName {
            let parts = Self.parts(name)
            let kept = parts.count > shared ? parts.dropFirst(shared) : parts.suffix(1)
            return SwiftNaming.memberName(kept.joined(separator: " "))
        }
        switch type {
        case .string: return "string"
        case .int, .int32: return "integer"
        case .double, .float, .decimal: return "number"
        case .bool: return "boolean"
        case .date, .unixTime: return "date"
        case .url: return "url"
        case .data, .binary: return "data"
        case .fileUpload: return "file"
        case .jsonValue: return "value"
        case .array: return "array"
        case .dictionary: return "dictionary"
        case .listPage: return "list"
        case .optional(let wrapped), .expandable(let wrapped), .clearable(let wrapped):
            return caseName(variant, type: wrapped, tags: tags)
        case .named(let name): return SwiftNaming.memberName(String(name.split(separator: ".").last ?? "value"))
        }
    }
}
