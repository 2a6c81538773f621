/// An Example Object: a sample value, inline or at an external URL.
public struct Example: Sendable {
    public var summary: String?
    public var description: String?
    public var value: Node?
    public var externalValue: String?
    public var extensions: [String: Node]
    public var mark: Mark
}

/// A Link Object: how a value of this response feeds another operation. Kept as written.
public struct Link: Sendable {
    public var operationRef: String?
    public var operationId: String?
    public var parameters: OrderedMap<Node>
    public var requestBody: Node?
    public var description: String?
    public var server: Server?
    public var extensions: [String: Node]
}

/// A Callback Object: requests the API makes back to the caller, kept as the node the spec wrote.
public struct Callback: Sendable {
    public var node: Node
}

extension Example: ReferenceableObject {
    static let kind = ComponentKind.example

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var summary: String?
        var description: String?
        var value: Node?
        var externalValue: String?
        let extensions = decoder.object(node, "Example") { key, field in
            switch key {
            case "summary": summary = decoder.string(field)
            case "description": description = decoder.string(field)
            case "value": value = field
            case "externalValue": externalValue = decoder.string(field)
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            summary: summary,
            description: description,
            value: value,
            externalValue: externalValue,
            extensions: extensions,
            mark: node.mark
        )
    }
}

extension Link: ReferenceableObject {
    static let kind = ComponentKind.link

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var operationRef: String?
        var operationId: String?
        var parameters = OrderedMap<Node>()
        var requestBody: Node?
        var description: String?
        var server: Server?
        let extensions = decoder.object(node, "Link") { key, value in
            switch key {
            case "operationRef": operationRef = decoder.string(value)
            case "operationId": operationId = decoder.string(value)
            case "parameters": parameters = decoder.map(value) { $0 } ?? parameters
            case "requestBody": requestBody = value
            case "description": description = decoder.string(value)
            case "server": server = Server(decoding: value, with: decoder)
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            operationRef: operationRef,
            operationId: operationId,
            parameters: parameters,
            requestBody: requestBody,
            description: description,
            server: server,
            extensions: extensions
        )
    }
}

extension Callback: ReferenceableObject {
    static let kind = ComponentKind.callback

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        guard node.mapping != nil else {
            decoder.typeMismatch(expected: "a mapping (Callback Object)", found: node)
            return nil
        }
        self.init(node: node)
    }
}
