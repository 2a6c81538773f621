/// Makes random but valid OpenAPI documents (3.0 and 3.1) from a seed: component schemas of every shape and nesting,
/// operations with parameters of every location and style, request bodies of every media type, several responses
/// and security schemes. The same seed always makes the same document.
struct SpecFactory {
    var random: SplitMix
    /// Whether the document is OpenAPI 3.1 (type arrays, `const`, `null` branches) rather than 3.0.
    let isVersion31: Bool
    /// The component schemas, in the order they were made.
    var components: [(name: String, schema: JSONTree)] = []
    /// What each component name was decided to be, so that references can ask for an object.
    var shapes: [String: Shape] = [:]

    /// The kinds of schema the factory makes.
    enum Shape: CaseIterable {
        case string, integer, number, boolean, stringEnum, integerEnum, object, array, map, oneOf, anyOf
        case discriminated, allOf, reference
    }

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
        isVersion31 = random.chance(40)
    }

    /// The document of `seed`.
    static func document(seed: UInt64) -> JSONTree {
        var factory = SpecFactory(seed: seed)
        return factory.document()
    }

    mutating func document() -> JSONTree {
        let count = Int.random(in: 1...5, using: &random)
        var names: [String] = []
        while names.count < count {
            let name = random.pick(NamePools.components)
            if !names.contains(name) { names.append(name) }
        }
        for name in names {
            shapes[name] = random.pick(Shape.allCases.filter { $0 != .reference })
        }
        for name in names {
            components.append((name, schema(shape: shapes[name]!, depth: 0)))
        }
        let security = securitySchemes()
        var document: [JSONTree.Member] = [
            .init(key: "openapi", value: .string(isVersion31 ? "3.1.0" : "3.0.3")),
            .init(
                key: "info",
                value: .object(["title": .string("Fuzzed"), "version": .string("1"), "description": description()])),
            .init(key: "servers", value: .array([.object(["url": .string("https://api.example.com/v1")])])),
        ]
        document.append(.init(key: "paths", value: paths(security: security.map(\.key))))
        if isVersion31, random.chance(30) {
            document.append(.init(key: "webhooks", value: webhooks()))
        }
        if !security.isEmpty, random.chance(70) {
            document.append(
                .init(
                    key: "security",
                    value: .array([.object([.init(key: random.pick(security).key, value: .array([]))])])))
        }
        attachExamples()
        var componentMembers: [JSONTree.Member] = [
            .init(key: "schemas", value: .object(components.map { .init(key: $0.name, value: $0.schema) }))
        ]
        if !security.isEmpty {
            componentMembers.append(.init(key: "securitySchemes", value: .object(security)))
        }
        document.append(.init(key: "components", value: .object(componentMembers)))
        return .object(document)
    }

    /// Gives most component schemas an `example` that they accept (``ValueFactory``), for the round-trip oracle.
    mutating func attachExamples() {
        let schemas = Dictionary(components.map { ($0.name, $0.schema) }) { first, _ in first }
        for index in components.indices where components[index].schema["$ref"] == nil && random.chance(60) {
            var values = ValueFactory(seed: random.next(), components: schemas)
            if let example = values.value(for: components[index].schema) {
                components[index].schema = components[index].schema.setting("example", to: example)
            }
        }
    }

    // MARK: - Schemas

    /// A schema of a random shape; deeper schemas lean towards references and scalars, so that documents stay small.
    mutating func schema(depth: Int) -> JSONTree {
        let shallow: [Shape] = [.string, .integer, .number, .boolean, .stringEnum, .integerEnum, .reference]
        let shape = depth >= 3 || random.chance(depth * 25) ? random.pick(shallow) : random.pick(Shape.allCases)
        return schema(shape: shape, depth: depth)
    }

    mutating func schema(shape: Shape, depth: Int) -> JSONTree {
        var schema: JSONTree
        switch shape {
        case .string:
            schema = .object(["type": .string("string")])
            if random.chance(40) {
                schema = schema.setting(
                    "format",
                    to: .string(
                        random.pick(["date-time", "date", "byte", "binary", "uuid", "email", "uri", "password"])))
            }
        case .integer:
            schema = .object(["type": .string("integer")])
            if random.chance(50) { schema = schema.setting("format", to: .string(random.pick(["int32", "int64"]))) }
        case .number:
            schema = .object(["type": .string("number")])
            if random.chance(50) { schema = schema.setting("format", to: .string(random.pick(["float", "double"]))) }
        case .boolean: schema = .object(["type": .string("boolean")])
        case .stringEnum:
            if isVersion31, random.chance(15) { return .object(["const": .string(random.pick(NamePools.enumStrings))]) }
            schema = .object([
                "type": .string("string"), "enum": .array(values(NamePools.enumStrings).map(JSONTree.string)),
            ])
        case .integerEnum:
            schema = .object([
                "type": .string("integer"), "enum": .array(values(NamePools.enumIntegers).map(JSONTree.integer)),
            ])
        case .object: schema = object(depth: depth)
        case .array:
            schema = .object(["type": .string("array"), "items": self.schema(depth: depth + 1)])
            if isVersion31, random.chance(10) {
                schema = schema.setting("prefixItems", to: .array([self.schema(depth: depth + 1)]))
            }
        case .map:
            schema = .object(["type": .string("object"), "additionalProperties": self.schema(depth: depth + 1)])
        case .oneOf, .anyOf:
            let branches = (0..<Int.random(in: 1...3, using: &random)).map { _ in self.schema(depth: depth + 1) }
            schema = .object([shape == .oneOf ? "oneOf" : "anyOf": .array(branches)])
        case .discriminated: schema = discriminated(depth: depth)
        case .allOf:
            let objects = shapes.filter { $0.value == .object }.map(\.key).sorted()
            var parts = objects.isEmpty ? [] : [reference(to: random.pick(objects))]
            parts.append(object(depth: depth + 1))
            schema = .object(["allOf": .array(parts)])
        case .reference:
            return reference(to: random.pick(shapes.keys.sorted()))
        }
        if random.chance(20) { schema = schema.setting("description", to: description()) }
        return schema
    }

    /// An object of up to five properties, some required, some nullable, sometimes with additional properties.
    mutating func object(depth: Int, properties names: [String] = []) -> JSONTree {
        var keys: [String] = []
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            let key = random.pick(NamePools.properties)
            if !keys.contains(key) { keys.append(key) }
        }
        var properties: [JSONTree.Member] = []
        for key in keys {
            var property = schema(depth: depth + 1)
            if random.chance(20) { property = nullable(property) }
            properties.append(.init(key: key, value: property))
        }
        let required = keys.filter { _ in random.chance(50) }
        var object: JSONTree = .object(["type": .string("object"), "properties": .object(properties)])
        if !required.isEmpty { object = object.setting("required", to: .array(required.map(JSONTree.string))) }
        if random.chance(15) {
            object = object.setting(
                "additionalProperties", to: random.chance(50) ? .bool(random.chance(50)) : schema(depth: depth + 1))
        }
        if isVersion31, random.chance(8) {
            object = object.setting("unevaluatedProperties", to: .bool(false))
        }
        return object
    }

    /// `schema`, also allowing `null`: `nullable` in 3.0, a type array or a `null` branch in 3.1.
    mutating func nullable(_ schema: JSONTree) -> JSONTree {
        if !isVersion31 {
            return schema["$ref"] == nil
                ? schema.setting("nullable", to: .bool(true))
                : .object(["allOf": .array([schema]), "nullable": .bool(true)])
        }
        if case .string(let type)? = schema["type"] {
            return schema.setting("type", to: .array([.string(type), .string("null")]))
        }
        return .object(["anyOf": .array([schema, .object(["type": .string("null")])])])
    }

    /// A `oneOf` of new object components that each hold the discriminating property, with or without a mapping.
    mutating func discriminated(depth: Int) -> JSONTree {
        let property = random.pick(["type", "kind", "object", "Type", "@type", "self"])
        var branches: [String] = []
        var mapping: [JSONTree.Member] = []
        for _ in 0..<Int.random(in: 2...3, using: &random) {
            var name = random.pick(NamePools.components)
            while shapes[name] != nil { name += "X" }
            shapes[name] = .object
            branches.append(name)
            var branch = object(depth: depth + 1)
            guard case .object(var members)? = branch["properties"] else { continue }
            members.removeAll { $0.key == property }
            members.insert(.init(key: property, value: .object(["type": .string("string")])), at: 0)
            branch = branch.setting("properties", to: .object(members))
            var required = [property]
            if case .array(let others)? = branch["required"] {
                required += others.compactMap { if case .string(let key) = $0, key != property { key } else { nil } }
            }
            branch = branch.setting("required", to: .array(required.map(JSONTree.string)))
            components.append((name, branch))
            if random.chance(50) {
                mapping.append(
                    .init(
                        key: random.pick(NamePools.enumStrings) + "\(mapping.count)",
                        value: .string("#/components/schemas/\(name)")))
            }
        }
        var discriminator: JSONTree = .object(["propertyName": .string(property)])
        if !mapping.isEmpty { discriminator = discriminator.setting("mapping", to: .object(mapping)) }
        return .object(["oneOf": .array(branches.map(reference(to:))), "discriminator": discriminator])
    }

    func reference(to name: String) -> JSONTree {
        .object(["$ref": .string("#/components/schemas/" + name)])
    }

    /// One to four distinct values of `pool`, rarely with a repeat.
    mutating func values<T: Equatable>(_ pool: [T]) -> [T] {
        var values: [T] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let value = random.pick(pool)
            if !values.contains(value) || random.chance(5) { values.append(value) }
        }
        return values
    }

    mutating func description() -> JSONTree {
        .string(random.pick(NamePools.descriptions))
    }
}
