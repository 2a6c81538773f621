/// The Components Object: reusable objects by kind and name.
public struct Components: Sendable {
    public var schemas = OrderedMap<RefOr<Schema>>()
    public var responses = OrderedMap<RefOr<Response>>()
    public var parameters = OrderedMap<RefOr<Parameter>>()
    public var examples = OrderedMap<RefOr<Example>>()
    public var requestBodies = OrderedMap<RefOr<RequestBody>>()
    public var headers = OrderedMap<RefOr<Header>>()
    public var securitySchemes = OrderedMap<RefOr<SecurityScheme>>()
    public var links = OrderedMap<RefOr<Link>>()
    public var callbacks = OrderedMap<RefOr<Callback>>()
    public var pathItems = OrderedMap<RefOr<PathItem>>()
    public var extensions: [String: Node] = [:]

    public init() {}
}

extension Components {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        self.init()
        let extensions = decoder.object(node, "Components") { key, value in
            switch key {
            case "schemas": schemas = decoder.refOrMap(value) ?? schemas
            case "responses": responses = decoder.refOrMap(value) ?? responses
            case "parameters": parameters = decoder.refOrMap(value) ?? parameters
            case "examples": examples = decoder.refOrMap(value) ?? examples
            case "requestBodies": requestBodies = decoder.refOrMap(value) ?? requestBodies
            case "headers": headers = decoder.refOrMap(value) ?? headers
            case "securitySchemes": securitySchemes = decoder.refOrMap(value) ?? securitySchemes
            case "links": links = decoder.refOrMap(value) ?? links
            case "callbacks": callbacks = decoder.refOrMap(value) ?? callbacks
            case "pathItems": pathItems = decoder.refOrMap(value) ?? pathItems
            default: break
            }
        }
        guard let extensions else { return nil }
        self.extensions = extensions
    }
}
