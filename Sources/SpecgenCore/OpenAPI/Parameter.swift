/// A Parameter Object: a path, query, header or cookie value of an operation.
public struct Parameter: Sendable {
    public enum Location: String, Sendable, CaseIterable {
        case query, header, path, cookie
    }

    public enum Style: String, Sendable, CaseIterable {
        case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    }

    public var name: String
    public var location: Location
    public var description: String?
    /// Always `true` for path parameters.
    public var isRequired: Bool
    public var isDeprecated: Bool
    public var allowEmptyValue: Bool
    public var allowReserved: Bool
    /// The style as written; see ``effectiveStyle`` for the default.
    public var style: Style?
    public var explode: Bool?
    /// Either `schema` or `content` (one media type) describes the value.
    public var schema: RefOr<Schema>?
    public var content: OrderedMap<MediaType>
    public var example: Node?
    public var examples: OrderedMap<RefOr<Example>>
    public var extensions: [String: Node]
    public var mark: Mark

    /// The style in effect: as written, or the default for the location (`form` for query and cookie, else `simple`).
    public var effectiveStyle: Style {
        style ?? ((location == .query || location == .cookie) ? .form : .simple)
    }

    /// Whether arrays and objects explode: as written, or `true` exactly for `form` style.
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }
}

/// A Header Object: a Parameter Object without `name` and `in`.
public struct Header: Sendable {
    public var description: String?
    public var isRequired: Bool
    public var isDeprecated: Bool
    public var style: Parameter.Style?
    public var explode: Bool?
    public var schema: RefOr<Schema>?
    public var content: OrderedMap<MediaType>
    public var example: Node?
    public var examples: OrderedMap<RefOr<Example>>
    public var extensions: [String: Node]
    public var mark: Mark
}

/// The fields Parameter and Header Objects share, decoded once for both.
private struct SharedParameterFields {
    var description: String?
    var isRequired: Bool?
    var isDeprecated = false
    var style: Parameter.Style?
    var explode: Bool?
    var schema: RefOr<Schema>?
    var content = OrderedMap<MediaType>()
    var example: Node?
    var examples = OrderedMap<RefOr<Example>>()

    /// Decodes `key` if it is a shared field; returns whether it was.
    mutating func decode(_ key: String, _ value: Node, _ decoder: OpenAPIDecoder) -> Bool {
        switch key {
        case "description": description = decoder.string(value)
        case "required": isRequired = decoder.bool(value)
        case "deprecated": isDeprecated = decoder.bool(value) ?? false
        case "style": style = decoder.enumeration(value, Parameter.Style.self)
        case "explode": explode = decoder.bool(value)
        case "schema": schema = decoder.refOr(value)
        case "content": content = MediaType.decodeContent(value, with: decoder)
        case "example": example = value
        case "examples": examples = decoder.refOrMap(value) ?? examples
        default: return false
        }
        return true
    }

    func checkSchemaOrContent(_ node: Node, _ name: String, _ decoder: OpenAPIDecoder) {
        if schema == nil, content.isEmpty {
            let swagger = node["type"] != nil
            decoder.error(
                "\(name) has neither 'schema' nor 'content'",
                at: node.mark,
                hint: swagger
                    ? "`type` directly on a parameter is Swagger 2.0; move it into `schema: {type: …}`"
                    : "describe the value with `schema: {…}`"
            )
        }
    }
}

extension Parameter: ReferenceableObject {
    static let kind = ComponentKind.parameter

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var shared = SharedParameterFields()
        var name: String?
        var location: Location?
        var allowEmptyValue = false
        var allowReserved = false
        let extensions = decoder.object(node, "Parameter") { key, value in
            if shared.decode(key, value, decoder) { return }
            switch key {
            case "name": name = decoder.string(value)
            case "in":
                location = decoder.enumeration(value, Location.self) { text in
                    text == "body" || text == "formData"
                        ? "`in: \(text)` is Swagger 2.0; OpenAPI 3 describes bodies with the operation's `requestBody`"
                        : nil
                }
            case "allowEmptyValue": allowEmptyValue = decoder.bool(value) ?? false
            case "allowReserved": allowReserved = decoder.bool(value) ?? false
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let name, let location else {
            decoder.missing(name == nil ? "name" : "in", in: node, of: "Parameter")
            return nil
        }
        shared.checkSchemaOrContent(node, "parameter '\(name)'", decoder)
        if location == .path, shared.isRequired != true {
            decoder.warning(
                "path parameter '\(name)' is not marked `required: true`; it is treated as required",
                at: node.mark
            )
        }
        self.init(
            name: name,
            location: location,
            description: shared.description,
            isRequired: location == .path || shared.isRequired == true,
            isDeprecated: shared.isDeprecated,
            allowEmptyValue: allowEmptyValue,
            allowReserved: allowReserved,
            style: shared.style,
            explode: shared.explode,
            schema: shared.schema,
            content: shared.content,
            example: shared.example,
            examples: shared.examples,
            extensions: extensions,
            mark: node.mark
        )
    }
}

extension Header: ReferenceableObject {
    static let kind = ComponentKind.header

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var shared = SharedParameterFields()
        let extensions = decoder.object(node, "Header") { key, value in
            _ = shared.decode(key, value, decoder)
        }
        guard let extensions else { return nil }
        shared.checkSchemaOrContent(node, "header", decoder)
        self.init(
            description: shared.description,
            isRequired: shared.isRequired == true,
            isDeprecated: shared.isDeprecated,
            style: shared.style,
            explode: shared.explode,
            schema: shared.schema,
            content: shared.content,
            example: shared.example,
            examples: shared.examples,
            extensions: extensions,
            mark: node.mark
        )
    }
}
