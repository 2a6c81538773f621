/// The Info Object: the API's title and version, with optional contact and license.
public struct Info: Sendable {
    public var title: String
    public var version: String
    public var summary: String?
    public var description: String?
    public var termsOfService: String?
    public var contact: Contact?
    public var license: License?
    public var extensions: [String: Node]

    public struct Contact: Sendable {
        public var name: String?
        public var url: String?
        public var email: String?
        public var extensions: [String: Node] = [:]
    }

    public struct License: Sendable {
        public var name: String?
        public var identifier: String?
        public var url: String?
        public var extensions: [String: Node] = [:]
    }
}

extension Info {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var title: String?
        var version: String?
        var summary: String?
        var description: String?
        var termsOfService: String?
        var contact: Contact?
        var license: License?
        let extensions = decoder.object(node, "Info") { key, value in
            switch key {
            case "title": title = decoder.string(value)
            case "version": version = decoder.string(value)
            case "summary": summary = decoder.string(value)
            case "description": description = decoder.string(value)
            case "termsOfService": termsOfService = decoder.string(value)
            case "contact": contact = Contact(decoding: value, with: decoder)
            case "license": license = License(decoding: value, with: decoder)
            default: break
            }
        }
        guard let extensions else { return nil }
        if title == nil { decoder.missing("title", in: node, of: "Info") }
        if version == nil { decoder.missing("version", in: node, of: "Info") }
        self.init(
            title: title ?? "",
            version: version ?? "",
            summary: summary,
            description: description,
            termsOfService: termsOfService,
            contact: contact,
            license: license,
            extensions: extensions
        )
    }
}

extension Info.Contact {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        let extensions = decoder.object(node, "Contact") { key, value in
            switch key {
            case "name": name = decoder.string(value)
            case "url": url = decoder.string(value)
            case "email": email = decoder.string(value)
            default: break
            }
        }
        guard let extensions else { return nil }
        self.extensions = extensions
    }
}

extension Info.License {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        let extensions = decoder.object(node, "License") { key, value in
            switch key {
            case "name": name = decoder.string(value)
            case "identifier": identifier = decoder.string(value)
            case "url": url = decoder.string(value)
            default: break
            }
        }
        guard let extensions else { return nil }
        self.extensions = extensions
    }
}
