/// A Request Body Object: the body an operation accepts, per media type.
public struct RequestBody: Sendable {
    public var description: String?
    public var content: OrderedMap<MediaType>
    public var isRequired: Bool
    public var extensions: [String: Node]
    public var mark: Mark
}

extension RequestBody: ReferenceableObject {
    static let kind = ComponentKind.requestBody

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var description: String?
        var content: OrderedMap<MediaType>?
        var isRequired = false
        let extensions = decoder.object(node, "Request Body") { key, value in
            switch key {
            case "description": description = decoder.string(value)
            case "content": content = MediaType.decodeContent(value, with: decoder)
            case "required": isRequired = decoder.bool(value) ?? false
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let content else {
            decoder.missing("content", in: node, of: "Request Body")
            return nil
        }
        self.init(
            description: description,
            content: content,
            isRequired: isRequired,
            extensions: extensions,
            mark: node.mark
        )
    }
}
