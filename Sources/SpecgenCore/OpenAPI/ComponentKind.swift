/// The kinds of object a `$ref` can point at, one for each section of `components`.
public enum ComponentKind: String, Sendable, CaseIterable {
    case schema, response, parameter, example, requestBody, header, securityScheme, link, callback, pathItem

    /// The `components` section that holds this kind: `schemas`, `requestBodies`, …
    public var section: String {
        switch self {
        case .requestBody: "requestBodies"
        default: rawValue + "s"
        }
    }

    /// The kind named in a message: "a schema", "a request body", …
    public var phrase: String {
        switch self {
        case .schema: "a schema"
        case .response: "a response"
        case .parameter: "a parameter"
        case .example: "an example"
        case .requestBody: "a request body"
        case .header: "a header"
        case .securityScheme: "a security scheme"
        case .link: "a link"
        case .callback: "a callback"
        case .pathItem: "a path item"
        }
    }

    public init?(section: String) {
        guard let kind = Self.allCases.first(where: { $0.section == section }) else { return nil }
        self = kind
    }
}

/// An OpenAPI object that may stand in `components` and be the target of a `$ref`.
protocol ReferenceableObject: Sendable {
    static var kind: ComponentKind { get }
    init?(decoding node: Node, with decoder: OpenAPIDecoder)
}
