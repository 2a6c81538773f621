/// A Schema Object: the whole OpenAPI 3.0 Schema Object and the JSON Schema 2020-12 keywords OpenAPI 3.1 adds.
///
/// Normalized while decoding: 3.0's `nullable` and 3.1's `"null"` in a type array both set ``isNullable``;
/// 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` become the 3.1 numeric form; a `$ref` with sibling
/// keywords becomes the first entry of ``allOf``; boolean schemas are `{}` (`true`) and `{not: {}}` (`false`).
public struct Schema: Sendable {
    /// The JSON types named by `type`, in the order written; empty when the schema names none.
    public var types: [JSONType] = []
    public var format: String?
    public var title: String?
    public var description: String?
    /// `nullable: true` (3.0) or `"null"` among the types (3.1).
    public var isNullable = false
    public var const: Node?
    public var enumValues: [Node]?
    public var defaultValue: Node?
    public var example: Node?
    /// 3.1 `examples` (an array of values).
    public var examples: [Node]?

    public var properties = OrderedMap<RefOr<Schema>>()
    public var required: [String] = []
    public var additionalProperties: AdditionalProperties?
    public var patternProperties = OrderedMap<RefOr<Schema>>()
    public var propertyNames: RefOr<Schema>?
    public var minProperties: Int?
    public var maxProperties: Int?

    public var items: RefOr<Schema>?
    public var prefixItems: [RefOr<Schema>] = []
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems = false

    public var allOf: [RefOr<Schema>] = []
    public var anyOf: [RefOr<Schema>] = []
    public var oneOf: [RefOr<Schema>] = []
    public var not: RefOr<Schema>?
    public var discriminator: Discriminator?
    /// 3.1 `$defs` (and the older `definitions`), schemas local to this one.
    public var definitions = OrderedMap<RefOr<Schema>>()

    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var contentMediaType: String?
    public var contentEncoding: String?

    public var isReadOnly = false
    public var isWriteOnly = false
    public var isDeprecated = false
    public var xml: XML?
    public var externalDocs: ExternalDocumentation?
    public var extensions: [String: Node] = [:]
    /// JSON Schema keywords the schema uses that shape values but that Specgen does not generate (`if`, `then`,
    /// `else`, `dependentSchemas`, `dependentRequired`, `unevaluatedProperties`, `unevaluatedItems`), in order.
    public var ungeneratedKeywords: [String] = []
    public var mark: Mark

    public init(mark: Mark) {
        self.mark = mark
    }

    /// Whether every value is valid: the schema says nothing but annotations (`{}`, a `description`, a `title`).
    public var constrainsNothing: Bool {
        types.isEmpty && format == nil && !isNullable && const == nil && enumValues == nil && properties.isEmpty
            && required.isEmpty && additionalProperties == nil && patternProperties.isEmpty && propertyNames == nil
            && minProperties == nil && maxProperties == nil && items == nil && prefixItems.isEmpty && minItems == nil
            && maxItems == nil && !uniqueItems && allOf.isEmpty && anyOf.isEmpty && oneOf.isEmpty && not == nil
            && discriminator == nil && minimum == nil && maximum == nil && exclusiveMinimum == nil
            && exclusiveMaximum == nil && multipleOf == nil && minLength == nil && maxLength == nil && pattern == nil
            && contentMediaType == nil && contentEncoding == nil && extensions.isEmpty && ungeneratedKeywords.isEmpty
    }

    public enum JSONType: String, Sendable, CaseIterable {
        case string, number, integer, boolean, array, object, null
    }

    /// `additionalProperties`: `true`/`false` or a schema for the values.
    public enum AdditionalProperties: Sendable {
        case allowed(Bool)
        case schema(RefOr<Schema>)
    }

    public struct Discriminator: Sendable {
        public var propertyName: String
        /// Discriminator value → `$ref` text or schema name, in spec order.
        public var mapping: OrderedMap<String>
        public var extensions: [String: Node]
    }

    public struct XML: Sendable {
        public var name: String?
        public var namespace: String?
        public var prefix: String?
        public var isAttribute = false
        public var isWrapped = false
        public var extensions: [String: Node] = [:]
    }
}

extension Schema: ReferenceableObject {
    static let kind = ComponentKind.schema

    /// Keywords that may stand beside `$ref` without turning it into a schema of its own.
    private static let referenceAnnotations: Set<String> = ["$ref", "description", "summary"]

    /// Whether a mapping with `$ref` also carries schema keywords (such as `nullable`), which 3.1 applies
    /// together with the reference; such a mapping decodes as a schema whose `allOf` starts with the reference.
    static func needsOwnKeywords(_ entries: [Node.Entry]) -> Bool {
        entries.contains { !referenceAnnotations.contains($0.key) && !$0.key.hasPrefix("x-") }
    }

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        self.init(mark: node.mark)
        if let flag = node.scalar?.bool, decoder.version >= .openAPI31 {
            if !flag { not = .value(Schema(mark: node.mark)) }
            return
        }
        var exclusiveMinimumFlag = false
        var exclusiveMaximumFlag = false
        let extensions = decoder.object(node, "Schema") { key, value in
            switch key {
            case "$ref":
                if let reference = decoder.reference(value, kind: .schema) {
                    allOf.insert(.reference(reference), at: 0)
                }
            case "type": types = Self.decodeTypes(value, decoder) ?? []
            case "format": format = decoder.string(value)
            case "title": title = decoder.string(value)
            case "description": description = decoder.string(value)
            case "nullable": isNullable = decoder.bool(value) ?? false
            case "const": const = value
            case "enum": enumValues = decoder.array(value) { $0 }
            case "default": defaultValue = value
            case "example": example = value
            case "examples": examples = value.sequence
            case "properties": properties = decoder.refOrMap(value) ?? properties
            case "required": required = Self.decodeRequired(value, decoder)
            case "additionalProperties": additionalProperties = Self.decodeAdditionalProperties(value, decoder)
            case "patternProperties": patternProperties = decoder.refOrMap(value) ?? patternProperties
            case "propertyNames": propertyNames = decoder.refOr(value)
            case "minProperties": minProperties = decoder.int(value)
            case "maxProperties": maxProperties = decoder.int(value)
            case "items": items = decoder.refOr(value)
            case "prefixItems": prefixItems = decoder.refOrArray(value) ?? []
            case "minItems": minItems = decoder.int(value)
            case "maxItems": maxItems = decoder.int(value)
            case "uniqueItems": uniqueItems = decoder.bool(value) ?? false
            case "allOf": allOf += decoder.refOrArray(value) ?? []
            case "anyOf": anyOf = decoder.refOrArray(value) ?? []
            case "oneOf": oneOf = decoder.refOrArray(value) ?? []
            case "not": not = decoder.refOr(value)
            case "discriminator": discriminator = Discriminator(decoding: value, with: decoder)
            case "$defs", "definitions": definitions = decoder.refOrMap(value) ?? definitions
            case "minimum": minimum = decoder.number(value)
            case "maximum": maximum = decoder.number(value)
            case "exclusiveMinimum":
                if value.scalar?.kind == .boolean {
                    exclusiveMinimumFlag = decoder.bool(value) ?? false
                } else {
                    exclusiveMinimum = decoder.number(value)
                }
            case "exclusiveMaximum":
                if value.scalar?.kind == .boolean {
                    exclusiveMaximumFlag = decoder.bool(value) ?? false
                } else {
                    exclusiveMaximum = decoder.number(value)
                }
            case "multipleOf": multipleOf = decoder.number(value)
            case "minLength": minLength = decoder.int(value)
            case "maxLength": maxLength = decoder.int(value)
            case "pattern": pattern = decoder.string(value)
            case "contentMediaType": contentMediaType = decoder.string(value)
            case "contentEncoding": contentEncoding = decoder.string(value)
            case "readOnly": isReadOnly = decoder.bool(value) ?? false
            case "writeOnly": isWriteOnly = decoder.bool(value) ?? false
            case "deprecated": isDeprecated = decoder.bool(value) ?? false
            case "xml": xml = XML(decoding: value, with: decoder)
            case "externalDocs": externalDocs = ExternalDocumentation(decoding: value, with: decoder)
            case "if", "then", "else", "dependentSchemas", "dependentRequired", "unevaluatedProperties",
                "unevaluatedItems":
                ungeneratedKeywords.append(key)
            default: break
            }
        }
        guard let extensions else { return nil }
        self.extensions = extensions
        if types.contains(.null) {
            isNullable = true
            types.removeAll { $0 == .null }
        }
        if exclusiveMinimumFlag, let bound = minimum {
            exclusiveMinimum = bound
            minimum = nil
        }
        if exclusiveMaximumFlag, let bound = maximum {
            exclusiveMaximum = bound
            maximum = nil
        }
    }

    private static func decodeTypes(_ node: Node, _ decoder: OpenAPIDecoder) -> [JSONType]? {
        if node.sequence != nil {
            return decoder.array(node) { decodeType($0, decoder) }
        }
        return decodeType(node, decoder).map { [$0] }
    }

    private static func decodeType(_ node: Node, _ decoder: OpenAPIDecoder) -> JSONType? {
        guard let name = decoder.string(node) else { return nil }
        guard let type = JSONType(rawValue: name) else {
            let hint =
                name == "file"
                ? "`type: file` is Swagger 2.0; use `type: string, format: binary`"
                : "JSON Schema types are string, number, integer, boolean, array, object and null"
            decoder.error("unknown type '\(name)'", at: node.mark, hint: hint)
            return nil
        }
        return type
    }

    private static func decodeRequired(_ node: Node, _ decoder: OpenAPIDecoder) -> [String] {
        if node.scalar?.kind == .boolean {
            decoder.error(
                "`required` of a schema lists property names, found a boolean",
                at: node.mark,
                hint: "list the required properties in the object schema: `required: [name]`"
            )
            return []
        }
        return decoder.strings(node) ?? []
    }

    private static func decodeAdditionalProperties(_ node: Node, _ decoder: OpenAPIDecoder) -> AdditionalProperties? {
        if let flag = node.scalar?.bool { return .allowed(flag) }
        return decoder.refOr(node).map(AdditionalProperties.schema)
    }

    /// Calls `body` with every reference in this schema and its inline subschemas, without following references.
    public func forEachReference(_ body: (Reference) -> Void) {
        func visit(_ schema: RefOr<Schema>?) {
            switch schema {
            case .reference(let reference): body(reference)
            case .value(let schema): schema.forEachReference(body)
            case nil: break
            }
        }
        for subschema in properties.values { visit(subschema) }
        for subschema in patternProperties.values { visit(subschema) }
        for subschema in definitions.values { visit(subschema) }
        if case .schema(let subschema) = additionalProperties { visit(subschema) }
        visit(propertyNames)
        visit(items)
        visit(not)
        for subschema in prefixItems { visit(subschema) }
        for subschema in allOf { visit(subschema) }
        for subschema in anyOf { visit(subschema) }
        for subschema in oneOf { visit(subschema) }
    }
}

extension Schema.Discriminator {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var propertyName: String?
        var mapping = OrderedMap<String>()
        let extensions = decoder.object(node, "Discriminator") { key, value in
            switch key {
            case "propertyName": propertyName = decoder.string(value)
            case "mapping": mapping = decoder.map(value, decoder.string) ?? mapping
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let propertyName else {
            decoder.missing("propertyName", in: node, of: "Discriminator")
            return nil
        }
        self.init(propertyName: propertyName, mapping: mapping, extensions: extensions)
    }
}

extension Schema.XML {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        let extensions = decoder.object(node, "XML") { key, value in
            switch key {
            case "name": name = decoder.string(value)
            case "namespace": namespace = decoder.string(value)
            case "prefix": prefix = decoder.string(value)
            case "attribute": isAttribute = decoder.bool(value) ?? false
            case "wrapped": isWrapped = decoder.bool(value) ?? false
            default: break
            }
        }
        guard let extensions else { return nil }
        self.extensions = extensions
    }
}
