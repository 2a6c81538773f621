/// A Security Scheme Object: how the API authenticates calls.
public struct SecurityScheme: Sendable {
    public enum Kind: Sendable {
        /// An API key in a header, query parameter or cookie.
        case apiKey(name: String, location: Parameter.Location)
        /// HTTP authentication: `bearer`, `basic`, … (the scheme lowercased).
        case http(scheme: String, bearerFormat: String?)
        case oauth2(OAuthFlows)
        case openIdConnect(url: String)
        case mutualTLS
    }

    public var kind: Kind
    public var description: String?
    public var extensions: [String: Node]
    public var mark: Mark

    public struct OAuthFlows: Sendable {
        public var implicit: OAuthFlow?
        public var password: OAuthFlow?
        public var clientCredentials: OAuthFlow?
        public var authorizationCode: OAuthFlow?
        public var extensions: [String: Node] = [:]
    }

    public struct OAuthFlow: Sendable {
        public var authorizationURL: String?
        public var tokenURL: String?
        public var refreshURL: String?
        /// Scope name → description.
        public var scopes: OrderedMap<String>
        public var extensions: [String: Node]
    }
}

/// A Security Requirement Object: scheme names (from `components.securitySchemes`) with the scopes each needs.
/// All schemes of one requirement apply together; a list of requirements offers alternatives.
public struct SecurityRequirement: Sendable {
    public var schemes: OrderedMap<[String]>
    public var mark: Mark
}

extension SecurityScheme: ReferenceableObject {
    static let kind = ComponentKind.securityScheme

    private enum KindName: String, CaseIterable {
        case apiKey, http, oauth2, openIdConnect, mutualTLS
    }

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var kindName: KindName?
        var description: String?
        var name: String?
        var location: Parameter.Location?
        var scheme: String?
        var bearerFormat: String?
        var flows: OAuthFlows?
        var openIdConnectURL: String?
        let extensions = decoder.object(node, "Security Scheme") { key, value in
            switch key {
            case "type": kindName = decoder.enumeration(value, KindName.self)
            case "description": description = decoder.string(value)
            case "name": name = decoder.string(value)
            case "in": location = decoder.enumeration(value, Parameter.Location.self)
            case "scheme": scheme = decoder.string(value)
            case "bearerFormat": bearerFormat = decoder.string(value)
            case "flows": flows = OAuthFlows(decoding: value, with: decoder)
            case "openIdConnectUrl": openIdConnectURL = decoder.string(value)
            default: break
            }
        }
        guard let extensions else { return nil }
        let kind: Kind
        switch kindName {
        case nil:
            decoder.missing("type", in: node, of: "Security Scheme")
            return nil
        case .apiKey:
            guard let name, let location, location != .path else {
                decoder.error(
                    "an apiKey security scheme needs 'name' and 'in' (query, header or cookie)", at: node.mark)
                return nil
            }
            kind = .apiKey(name: name, location: location)
        case .http:
            guard let scheme else {
                decoder.missing("scheme", in: node, of: "Security Scheme")
                return nil
            }
            kind = .http(scheme: scheme.lowercased(), bearerFormat: bearerFormat)
        case .oauth2:
            guard let flows else {
                decoder.missing("flows", in: node, of: "Security Scheme")
                return nil
            }
            kind = .oauth2(flows)
        case .openIdConnect:
            guard let openIdConnectURL else {
                decoder.missing("openIdConnectUrl", in: node, of: "Security Scheme")
                return nil
            }
            kind = .openIdConnect(url: openIdConnectURL)
        case .mutualTLS:
            kind = .mutualTLS
        }
        self.init(kind: kind, description: description, extensions: extensions, mark: node.mark)
    }
}

extension SecurityScheme.OAuthFlows {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        let extensions = decoder.object(node, "OAuth Flows") { key, value in
            let flow = { SecurityScheme.OAuthFlow(decoding: value, with: decoder) }
            switch key {
            case "implicit": implicit = flow()
            case "password": password = flow()
            case "clientCredentials": clientCredentials = flow()
            case "authorizationCode": authorizationCode = flow()
            default: break
            }
        }
        guard let extensions else { return nil }
        self.extensions = extensions
    }
}

extension SecurityScheme.OAuthFlow {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var authorizationURL: String?
        var tokenURL: String?
        var refreshURL: String?
        var scopes = OrderedMap<String>()
        let extensions = decoder.object(node, "OAuth Flow") { key, value in
            switch key {
            case "authorizationUrl": authorizationURL = decoder.string(value)
            case "tokenUrl": tokenURL = decoder.string(value)
            case "refreshUrl": refreshURL = decoder.string(value)
            case "scopes": scopes = decoder.map(value, decoder.string) ?? scopes
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            authorizationURL: authorizationURL,
            tokenURL: tokenURL,
            refreshURL: refreshURL,
            scopes: scopes,
            extensions: extensions
        )
    }
}

extension SecurityRequirement {
    static func decodeList(_ node: Node, with decoder: OpenAPIDecoder) -> [SecurityRequirement]? {
        decoder.array(node) { item in
            decoder.map(item, decoder.strings).map { SecurityRequirement(schemes: $0, mark: item.mark) }
        }
    }
}
