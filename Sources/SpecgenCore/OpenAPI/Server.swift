/// A Server Object: a base URL, possibly templated with `{variables}`.
public struct Server: Sendable {
    public var url: String
    public var description: String?
    public var variables: OrderedMap<Variable>
    public var extensions: [String: Node]

    public struct Variable: Sendable {
        public var defaultValue: String
        public var enumValues: [String]?
        public var description: String?
        public var extensions: [String: Node]
    }
}

extension Server {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var url: String?
        var description: String?
        var variables = OrderedMap<Variable>()
        let extensions = decoder.object(node, "Server") { key, value in
            switch key {
            case "url": url = decoder.string(value)
            case "description": description = decoder.string(value)
            case "variables": variables = decoder.map(value) { Variable(decoding: $0, with: decoder) } ?? variables
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let url else {
            decoder.missing("url", in: node, of: "Server")
            return nil
        }
        self.init(url: url, description: description, variables: variables, extensions: extensions)
    }

    static func decodeList(_ node: Node, with decoder: OpenAPIDecoder) -> [Server] {
        decoder.array(node) { Server(decoding: $0, with: decoder) } ?? []
    }
}

extension Server.Variable {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var defaultValue: String?
        var enumValues: [String]?
        var description: String?
        let extensions = decoder.object(node, "Server Variable") { key, value in
            switch key {
            case "default": defaultValue = decoder.string(value)
            case "enum": enumValues = decoder.strings(value)
            case "description": description = decoder.string(value)
            default: break
            }
        }
        guard let extensions else { return nil }
        guard let defaultValue else {
            decoder.missing("default", in: node, of: "Server Variable")
            return nil
        }
        self.init(defaultValue: defaultValue, enumValues: enumValues, description: description, extensions: extensions)
    }
}
