/// An Operation Object: one HTTP method on one path.
public struct Operation: Sendable {
    public var operationId: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var parameters: [RefOr<Parameter>]
    public var requestBody: RefOr<RequestBody>?
    public var responses: Responses
    public var callbacks: OrderedMap<RefOr<Callback>>
    public var isDeprecated: Bool
    /// The operation's own security requirements; `nil` means the document's apply, `[]` means none.
    public var security: [SecurityRequirement]?
    public var servers: [Server]
    public var externalDocs: ExternalDocumentation?
    public var extensions: [String: Node]
    public var mark: Mark
}

extension Operation {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var operationId: String?
        var summary: String?
        var description: String?
        var tags: [String] = []
        var parameters: [RefOr<Parameter>] = []
        var requestBody: RefOr<RequestBody>?
        var responses: Responses?
        var callbacks = OrderedMap<RefOr<Callback>>()
        var isDeprecated = false
        var security: [SecurityRequirement]?
        var servers: [Server] = []
        var externalDocs: ExternalDocumentation?
        let extensions = decoder.object(node, "Operation") { key, value in
            switch key {
            case "operationId": operationId = decoder.string(value)
            case "summary": summary = decoder.string(value)
            case "description": description = decoder.string(value)
            case "tags": tags = decoder.strings(value) ?? []
            case "parameters": parameters = decoder.refOrArray(value) ?? []
            case "requestBody": requestBody = decoder.refOr(value)
            case "responses": responses = Responses(decoding: value, with: decoder)
            case "callbacks": callbacks = decoder.refOrMap(value) ?? callbacks
            case "deprecated": isDeprecated = decoder.bool(value) ?? false
            case "security": security = SecurityRequirement.decodeList(value, with: decoder)
            case "servers": servers = Server.decodeList(value, with: decoder)
            case "externalDocs": externalDocs = ExternalDocumentation(decoding: value, with: decoder)
            default: break
            }
        }
        guard let extensions else { return nil }
        if responses == nil, decoder.version == .openAPI30 {
            decoder.missing("responses", in: node, of: "Operation")
        }
        self.init(
            operationId: operationId,
            summary: summary,
            description: description,
            tags: tags,
            parameters: parameters,
            requestBody: requestBody,
            responses: responses ?? Responses(entries: [], extensions: [:]),
            callbacks: callbacks,
            isDeprecated: isDeprecated,
            security: security,
            servers: servers,
            externalDocs: externalDocs,
            extensions: extensions,
            mark: node.mark
        )
    }
}
