/// A Path Item Object: the operations on one path, and parameters they all share.
public struct PathItem: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case get, put, post, delete, options, head, patch, trace
    }

    public var summary: String?
    public var description: String?
    /// The operations, in the order the spec lists them.
    public var operations: [(method: Method, operation: Operation)]
    public var servers: [Server]
    /// Parameters that apply to every operation on the path (an operation's own override them by name and location).
    public var parameters: [RefOr<Parameter>]
    public var extensions: [String: Node]
    public var mark: Mark
}

extension PathItem: ReferenceableObject {
    static let kind = ComponentKind.pathItem

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var summary: String?
        var description: String?
        var operations: [(method: Method, operation: Operation)] = []
        var servers: [Server] = []
        var parameters: [RefOr<Parameter>] = []
        let extensions = decoder.object(node, "Path Item") { key, value in
            if let method = Method(rawValue: key) {
                if let operation = Operation(decoding: value, with: decoder) { operations.append((method, operation)) }
                return
            }
            switch key {
            case "summary": summary = decoder.string(value)
            case "description": description = decoder.string(value)
            case "servers": servers = Server.decodeList(value, with: decoder)
            case "parameters": parameters = decoder.refOrArray(value) ?? []
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            summary: summary,
            description: description,
            operations: operations,
            servers: servers,
            parameters: parameters,
            extensions: extensions,
            mark: node.mark
        )
    }
}
