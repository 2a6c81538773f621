/// A Response Object: the headers, content and links of one response.
public struct Response: Sendable {
    public var description: String?
    public var headers: OrderedMap<RefOr<Header>>
    public var content: OrderedMap<MediaType>
    public var links: OrderedMap<RefOr<Link>>
    public var extensions: [String: Node]
    public var mark: Mark
}

/// The Responses Object of an operation: responses by status code, range (`4XX`) or `default`, in spec order.
public struct Responses: Sendable {
    public enum Key: Hashable, Sendable, CustomStringConvertible {
        /// One status code, 100…599.
        case status(Int)
        /// A class of codes: `4XX` is `.range(4)`.
        case range(Int)
        case `default`

        /// Parses `200`, `4XX` (or `4xx`) and `default`.
        public init?(_ text: String) {
            if text == "default" {
                self = .default
            } else if text.count == 3, let code = Int(text), (100...599).contains(code) {
                self = .status(code)
            } else if text.count == 3, text.uppercased().hasSuffix("XX"), let digit = Int(text.prefix(1)),
                (1...5).contains(digit)
            {
                self = .range(digit)
            } else {
                return nil
            }
        }

        public var description: String {
            switch self {
            case .status(let code): "\(code)"
            case .range(let digit): "\(digit)XX"
            case .default: "default"
            }
        }
    }

    public var entries: [(key: Key, response: RefOr<Response>)]
    public var extensions: [String: Node]

    /// The response for exactly `key`, if the spec has one.
    public subscript(key: Key) -> RefOr<Response>? {
        entries.first(where: { $0.key == key })?.response
    }
}

extension Response: ReferenceableObject {
    static let kind = ComponentKind.response

    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var description: String?
        var headers = OrderedMap<RefOr<Header>>()
        var content = OrderedMap<MediaType>()
        var links = OrderedMap<RefOr<Link>>()
        let extensions = decoder.object(node, "Response") { key, value in
            switch key {
            case "description": description = decoder.string(value)
            case "headers": headers = decoder.refOrMap(value) ?? headers
            case "content": content = MediaType.decodeContent(value, with: decoder)
            case "links": links = decoder.refOrMap(value) ?? links
            default: break
            }
        }
        guard let extensions else { return nil }
        self.init(
            description: description,
            headers: headers,
            content: content,
            links: links,
            extensions: extensions,
            mark: node.mark
        )
    }
}

extension Responses {
    init?(decoding node: Node, with decoder: OpenAPIDecoder) {
        var entries: [(key: Key, response: RefOr<Response>)] = []
        let extensions = decoder.objectEntries(node, "Responses") { entry in
            guard let responseKey = Key(entry.key) else {
                decoder.error(
                    "response key '\(entry.key)' is not a status code (100–599), a range such as 4XX, or default",
                    at: entry.keyMark
                )
                return
            }
            if let response: RefOr<Response> = decoder.refOr(entry.value) { entries.append((responseKey, response)) }
        }
        guard let extensions else { return nil }
        self.init(entries: entries, extensions: extensions)
    }
}
