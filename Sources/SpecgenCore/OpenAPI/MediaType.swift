import Foundation

/// A Media Type Object: the schema and examples of one content type of a body, response or parameter.
public struct MediaType: Sendable {
    public var schema: RefOr<Schema>?
    public var example: Node?
    public var examples: OrderedMap<RefOr<Example>>
    /// Per-property encoding of form and multipart bodies, keyed by property name.
    public var encoding: OrderedMap<Encoding>
    public var extensions: [String: Node]
    public var mark: Mark

    /// An Encoding Object: how one property of a form or multipart body is serialized.
    public struct Encoding: Sendable {
        public var contentType: String?
        public var headers: OrderedMap<RefOr<Header>>
        public var style: Parameter.Style?
        public var explode: Bool?
        public var allowReserved: Bool
        public var extensions: [String: Node]
    }
}

extension MediaType {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var schema: RefOr<Schema>?
        var example: Node?
        var examples = OrderedMap<RefOr<Example>>()
        var encoding = OrderedMap<Encoding>()
        let extensions = decoder.object(node, "Media Type") { key, value in
            switch key {
            case "schema": schema = decoder.refOr(value)
            case "example": example = value
            case "examples": examples = decoder.refOrMap(value) ?? examples
            case "encoding": encoding = decoder.map(value) { Encoding(decoding: $0, with: decoder) } ?? encoding
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            schema: schema,
            example: example,
            examples: examples,
            encoding: encoding,
            extensions: extensions,
            mark: node.mark
        )
    }

    /// Decodes a `content` map. A key without a type part that ends in `json` (Personio's `problem+json`)
    /// gets a warning and is read as `application/…`; any other key that is not `type/subtype` is an error.
    static func decodeContent(_ node: Node, with decoder: OpenAPIDecoder) -> OrderedMap<MediaType> {
        guard let entries = node.mapping else {
            decoder.typeMismatch(expected: "a mapping of media types", found: node)
            return OrderedMap()
        }
        var content = OrderedMap<MediaType>()
        for entry in entries {
            decoder.at(.key(entry.key)) {
                guard let mediaType = MediaType(decoding: entry.value, with: decoder) else { return }
                let key = entry.key
                let essence = key.prefix(while: { $0 != ";" })
                if essence.utf8.contains(UInt8(ascii: "/")) {
                    content[key] = mediaType
                } else if essence.lowercased().trimmingCharacters(in: .whitespaces).hasSuffix("json") {
                    decoder.warning(
                        "media type '\(key)' has no type part; it is treated as 'application/\(key)'",
                        at: entry.keyMark,
                        hint: "write the full media type, such as `application/problem+json`"
                    )
                    content["application/" + key] = mediaType
                } else {
                    decoder.error(
                        "'\(key)' is not a media type",
                        at: entry.keyMark,
                        hint: "media types are `type/subtype`, such as `application/json`"
                    )
                }
            }
        }
        return content
    }
}

extension MediaType.Encoding {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var contentType: String?
        var headers = OrderedMap<RefOr<Header>>()
        var style: Parameter.Style?
        var explode: Bool?
        var allowReserved = false
        let extensions = decoder.object(node, "Encoding") { key, value in
            switch key {
            case "contentType": contentType = decoder.string(value)
            case "headers": headers = decoder.refOrMap(value) ?? headers
            case "style": style = decoder.enumeration(value, Parameter.Style.self)
            case "explode": explode = decoder.bool(value)
            case "allowReserved": allowReserved = decoder.bool(value) ?? false
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            contentType: contentType,
            headers: headers,
            style: style,
            explode: explode,
            allowReserved: allowReserved,
            extensions: extensions
        )
    }
}
