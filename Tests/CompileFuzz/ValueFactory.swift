/// Makes a JSON value that a schema of the fuzzer's documents accepts, for the round-trip oracle: every required
/// property, some optional ones, one branch of a union (with its discriminator's value), a member of an enum, and
/// strings in the shape their format says. `nil` when no finite value is found within the depth limit (a required
/// property that leads back to its own schema).
struct ValueFactory {
    var random: SplitMix
    /// The document's component schemas, by name, for `$ref`s.
    let components: [String: JSONTree]
    /// How deep values nest before optional parts are left out and further requirements give up.
    static let depthLimit = 6

    init(seed: UInt64, components: [String: JSONTree]) {
        random = SplitMix(seed: seed)
        self.components = components
    }

    mutating func value(for schema: JSONTree, depth: Int = 0) -> JSONTree? {
        guard depth <= Self.depthLimit else { return nil }
        if case .string(let reference)? = schema["$ref"] {
            let name = String(reference.dropFirst("#/components/schemas/".count))
            return components[name].flatMap { value(for: $0, depth: depth + 1) }
        }
        if let constant = schema["const"] { return constant }
        if case .array(let values)? = schema["enum"] { return random.pick(values) }
        if case .array(let parts)? = schema["allOf"] { return merged(parts, beside: schema, depth: depth) }
        if case .array(let branches)? = schema["oneOf"] ?? schema["anyOf"] {
            return branch(of: branches, discriminator: schema["discriminator"], depth: depth)
        }
        let types: [String]
        switch schema["type"] {
        case .string(let type)?: types = [type]
        case .array(let list)?: types = list.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: types = []
        }
        if types == ["null"] { return .null }
        if schema["nullable"] == .bool(true) || types.contains("null"), random.chance(20) { return .null }
        switch types.first(where: { $0 != "null" }) {
        case "string": return .string(string(format: schema["format"]))
        case "integer": return .integer(random.pick([-3, 0, 1, 42, 1_000]))
        case "number": return .number(random.pick([0.5, -1.25, 3, 1e3]))
        case "boolean": return .bool(random.chance(50))
        case "array":
            var elements: [JSONTree] = []
            if case .array(let prefix)? = schema["prefixItems"] {
                for item in prefix {
                    guard let element = value(for: item, depth: depth + 1) else { return nil }
                    elements.append(element)
                }
            }
            if let items = schema["items"], depth < Self.depthLimit - 1 {
                for _ in 0..<Int.random(in: 0...2, using: &random) {
                    if let element = value(for: items, depth: depth + 1) { elements.append(element) }
                }
            }
            return .array(elements)
        case "object", nil: return object(schema, depth: depth)
        default: return nil
        }
    }

    /// An object with every required property and about half of the optional ones.
    private mutating func object(_ schema: JSONTree, depth: Int) -> JSONTree? {
        var members: [JSONTree.Member] = []
        let required: [String] =
            if case .array(let keys)? = schema["required"] {
                keys.compactMap { if case .string(let key) = $0 { key } else { nil } }
            } else { [] }
        if case .object(let properties)? = schema["properties"] {
            for property in properties {
                let isRequired = required.contains(property.key)
                guard isRequired || (depth < Self.depthLimit - 1 && random.chance(50)) else { continue }
                guard let value = value(for: property.value, depth: depth + 1) else {
                    if isRequired { return nil }
                    continue
                }
                members.append(.init(key: property.key, value: value))
            }
        }
        // Beside properties, additional members are not generated (Specgen warns): only maps get them.
        if case .object(let values)? = schema["additionalProperties"], members.isEmpty, schema["properties"] == nil,
            random.chance(50),
            !members.contains(where: { $0.key == "extra" }),
            let value = value(for: .object(values), depth: depth + 1)
        {
            members.append(.init(key: "extra", value: value))
        }
        return .object(members)
    }

    /// The parts of an `allOf` as one object: each part's members, then the schema's own.
    private mutating func merged(_ parts: [JSONTree], beside schema: JSONTree, depth: Int) -> JSONTree? {
        var members: [JSONTree.Member] = []
        for part in parts + [schema.setting("allOf", to: .array([]))] {
            guard let value = value(for: part, depth: depth + 1) else { return nil }
            guard case .object(let partMembers) = value else { return value }
            for member in partMembers where !members.contains(where: { $0.key == member.key }) {
                members.append(member)
            }
        }
        return .object(members)
    }

    /// A value of one branch; under a discriminator, the discriminating property names the branch as the mapping (or
    /// the component's name) says.
    private mutating func branch(of branches: [JSONTree], discriminator: JSONTree?, depth: Int) -> JSONTree? {
        guard !branches.isEmpty else { return nil }
        let chosen = random.pick(branches)
        guard let value = value(for: chosen, depth: depth + 1) else { return nil }
        guard let discriminator, case .string(let property)? = discriminator["propertyName"],
            case .string(let reference)? = chosen["$ref"], case .object(var members) = value
        else { return value }
        var tag = String(reference.dropFirst("#/components/schemas/".count))
        if case .object(let mapping)? = discriminator["mapping"],
            let entry = mapping.first(where: { $0.value == .string(reference) })
        {
            tag = entry.key
        }
        members.removeAll { $0.key == property }
        members.insert(.init(key: property, value: .string(tag)), at: 0)
        return .object(members)
    }

    /// A string of the shape `format` says, written as the generated types write it back.
    private mutating func string(format: JSONTree?) -> String {
        switch format {
        case .string("date-time")?: "2024-02-29T12:34:56.000Z"
        case .string("date")?: "2024-02-29"
        case .string("byte")?, .string("binary")?: "aGVsbG8="
        case .string("uuid")?: "6f1c2a8e-0000-4000-8000-00000000abcd"
        case .string("email")?: "a@example.com"
        case .string("uri")?: "https://example.com/a?b=c"
        default: random.pick(["", "text", "größe", "a\"b\\c", "line\nbreak", "🙂"])
        }
    }
}
