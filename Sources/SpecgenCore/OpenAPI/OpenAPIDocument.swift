/// A typed OpenAPI 3.0 or 3.1 document, as written: references are kept, not yet resolved.
public struct OpenAPIDocument: Sendable {
    /// The `openapi` field as written, such as `3.0.3`.
    public var openapi: String
    public var version: OpenAPIVersion
    public var info: Info
    public var jsonSchemaDialect: String?
    public var servers: [Server]
    /// Path templates (`/v1/customers/{customer}`) → path items, in spec order.
    public var paths: OrderedMap<RefOr<PathItem>>
    /// 3.1 webhooks: requests the API sends, by name.
    public var webhooks: OrderedMap<RefOr<PathItem>>
    public var components: Components
    /// Security requirements for every operation that does not set its own.
    public var security: [SecurityRequirement]
    public var tags: [Tag]
    public var externalDocs: ExternalDocumentation?
    public var extensions: [String: Node]
    public var mark: Mark

    /// Number of operations over all inline path items.
    public var operationCount: Int {
        paths.values.reduce(0) { $0 + ($1.value?.operations.count ?? 0) }
    }
}

extension OpenAPIDocument {
    /// The OpenAPI version a document's root declares, or the error that stops it from being read.
    static func version(of root: Node, files: SourceFiles) -> Result<(OpenAPIVersion, warning: Diagnostic?), Diagnostic>
    {
        let location = files.location(of: root.mark)
        guard let entries = root.mapping else {
            return .failure(.error("an OpenAPI document is a mapping, found \(root.kindDescription)", at: location))
        }
        if let swagger = entries.first(where: { $0.key == "swagger" }) {
            return .failure(
                .error(
                    "this is a Swagger \(swagger.value.scalar?.value ?? "2.0") document; Specgen reads OpenAPI 3.0 and 3.1",
                    at: files.location(of: swagger.keyMark),
                    hint: "convert it to OpenAPI 3 first, for example with swagger2openapi or editor.swagger.io"
                )
            )
        }
        guard let field = entries.first(where: { $0.key == "openapi" }) else {
            return .failure(
                .error(
                    "not an OpenAPI document: the root has no 'openapi' field",
                    at: location,
                    hint: "an OpenAPI document starts with `openapi: 3.0.3` or `openapi: 3.1.0`"
                )
            )
        }
        let text = field.value.scalar?.value ?? ""
        if let version = OpenAPIVersion(text) { return .success((version, nil)) }
        let parts = text.split(separator: ".")
        if parts.count >= 2, parts[0] == "3", let minor = Int(parts[1]), minor > 1 {
            let warning = Diagnostic.warning(
                "OpenAPI \(text) is newer than Specgen knows; it is read as 3.1",
                at: files.location(of: field.value.mark)
            )
            return .success((.openAPI31, warning))
        }
        return .failure(
            .error(
                "unsupported OpenAPI version '\(text)'",
                at: files.location(of: field.value.mark),
                hint: "Specgen reads OpenAPI 3.0.x and 3.1.x"
            )
        )
    }

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var openapi = ""
        var info: Info?
        var jsonSchemaDialect: String?
        var servers: [Server] = []
        var paths = OrderedMap<RefOr<PathItem>>()
        var webhooks = OrderedMap<RefOr<PathItem>>()
        var components = Components()
        var security: [SecurityRequirement] = []
        var tags: [Tag] = []
        var externalDocs: ExternalDocumentation?
        let extensions = decoder.object(node, "OpenAPI") { key, value in
            switch key {
            case "openapi": openapi = decoder.string(value) ?? ""
            case "info": info = Info(decoding: value, with: decoder)
            case "jsonSchemaDialect": jsonSchemaDialect = decoder.string(value)
            case "servers": servers = Server.decodeList(value, with: decoder)
            case "paths": paths = Self.decodePaths(value, with: decoder)
            case "webhooks": webhooks = decoder.refOrMap(value) ?? webhooks
            case "components": components = Components(decoding: value, with: decoder) ?? components
            case "security": security = SecurityRequirement.decodeList(value, with: decoder) ?? []
            case "tags": tags = decoder.array(value) { Tag(decoding: $0, with: decoder) } ?? []
            case "externalDocs": externalDocs = ExternalDocumentation(decoding: value, with: decoder)
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let info else {
            decoder.missing("info", in: node, of: "OpenAPI")
            return nil
        }
        self.init(
            openapi: openapi,
            version: decoder.version,
            info: info,
            jsonSchemaDialect: jsonSchemaDialect,
            servers: servers,
            paths: paths,
            webhooks: webhooks,
            components: components,
            security: security,
            tags: tags,
            externalDocs: externalDocs,
            extensions: extensions,
            mark: node.mark
        )
    }

    private static func decodePaths(_ node: Node, with decoder: OpenAPIDecoder) -> OrderedMap<RefOr<PathItem>> {
        var paths = OrderedMap<RefOr<PathItem>>()
        decoder.objectEntries(node, "Paths") { entry in
            guard entry.key.hasPrefix("/") else {
                decoder.error(
                    "path '\(entry.key)' does not start with '/'",
                    at: entry.keyMark,
                    hint: "write paths as `/v1/customers`"
                )
                return
            }
            if let item: RefOr<PathItem> = decoder.refOr(entry.value) { paths[entry.key] = item }
        }
        return paths
    }
}
