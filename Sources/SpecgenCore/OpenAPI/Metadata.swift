/// A Tag Object: a name for grouping operations, with documentation.
public struct Tag: Sendable {
    public var name: String
    public var description: String?
    public var externalDocs: ExternalDocumentation?
    public var extensions: [String: Node]
}

/// An External Documentation Object.
public struct ExternalDocumentation: Sendable {
    public var url: String
    public var description: String?
    public var extensions: [String: Node]
}

extension Tag {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var name: String?
        var description: String?
        var externalDocs: ExternalDocumentation?
        let extensions = decoder.object(node, "Tag") { key, value in
            switch key {
            case "name": name = decoder.string(value)
            case "description": description = decoder.string(value)
            case "externalDocs": externalDocs = ExternalDocumentation(decoding: value, with: decoder)
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let name else {
            decoder.missing("name", in: node, of: "Tag")
            return nil
        }
        self.init(name: name, description: description, externalDocs: externalDocs, extensions: extensions)
    }
}

extension ExternalDocumentation {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var url: String?
        var description: String?
        let extensions = decoder.object(node, "External Documentation") { key, value in
            switch key {
            case "url": url = decoder.string(value)
            case "description": description = decoder.string(value)
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let url else {
            decoder.missing("url", in: node, of: "External Documentation")
            return nil
        }
        self.init(url: url, description: description, extensions: extensions)
    }
}
