/// The object a `$ref` target holds, decoded as the kind its references expect. A target that is itself a
/// `$ref` holds `.reference`, and ``ResolvedDocument`` follows such chains.
public enum ResolvedComponent: Sendable {
    case schema(RefOr<Schema>)
    case response(RefOr<Response>)
    case parameter(RefOr<Parameter>)
    case example(RefOr<Example>)
    case requestBody(RefOr<RequestBody>)
    case header(RefOr<Header>)
    case securityScheme(RefOr<SecurityScheme>)
    case link(RefOr<Link>)
    case callback(RefOr<Callback>)
    case pathItem(RefOr<PathItem>)

    public var kind: ComponentKind {
        switch self {
        case .schema: .schema
        case .response: .response
        case .parameter: .parameter
        case .example: .example
        case .requestBody: .requestBody
        case .header: .header
        case .securityScheme: .securityScheme
        case .link: .link
        case .callback: .callback
        case .pathItem: .pathItem
        }
    }

    /// The reference this component forwards to, when it is one.
    var forwardedReference: Reference? {
        switch self {
        case .schema(let value): value.reference
        case .response(let value): value.reference
        case .parameter(let value): value.reference
        case .example(let value): value.reference
        case .requestBody(let value): value.reference
        case .header(let value): value.reference
        case .securityScheme(let value): value.reference
        case .link(let value): value.reference
        case .callback(let value): value.reference
        case .pathItem(let value): value.reference
        }
    }

    /// Decodes `node` as an object of `kind` (or a reference to one).
    static func decode(_ node: Node, as kind: ComponentKind, with decoder: OpenAPIDecoder) -> ResolvedComponent? {
        switch kind {
        case .schema: decoder.refOr(node).map(Self.schema)
        case .response: decoder.refOr(node).map(Self.response)
        case .parameter: decoder.refOr(node).map(Self.parameter)
        case .example: decoder.refOr(node).map(Self.example)
        case .requestBody: decoder.refOr(node).map(Self.requestBody)
        case .header: decoder.refOr(node).map(Self.header)
        case .securityScheme: decoder.refOr(node).map(Self.securityScheme)
        case .link: decoder.refOr(node).map(Self.link)
        case .callback: decoder.refOr(node).map(Self.callback)
        case .pathItem: decoder.refOr(node).map(Self.pathItem)
        }
    }
}

/// An OpenAPI object that ``ResolvedDocument/resolve(_:)`` can look up through references.
public protocol Resolvable: Sendable {
    /// The object as `Self`, when `component` holds this kind.
    static func extract(from component: ResolvedComponent) -> RefOr<Self>?
}

extension Schema: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Schema>? {
        if case .schema(let value) = component { return value }
        return nil
    }
}

extension Response: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Response>? {
        if case .response(let value) = component { return value }
        return nil
    }
}

extension Parameter: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Parameter>? {
        if case .parameter(let value) = component { return value }
        return nil
    }
}

extension Example: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Example>? {
        if case .example(let value) = component { return value }
        return nil
    }
}

extension RequestBody: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<RequestBody>? {
        if case .requestBody(let value) = component { return value }
        return nil
    }
}

extension Header: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Header>? {
        if case .header(let value) = component { return value }
        return nil
    }
}

extension SecurityScheme: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<SecurityScheme>? {
        if case .securityScheme(let value) = component { return value }
        return nil
    }
}

extension Link: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Link>? {
        if case .link(let value) = component { return value }
        return nil
    }
}

extension Callback: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<Callback>? {
        if case .callback(let value) = component { return value }
        return nil
    }
}

extension PathItem: Resolvable {
    public static func extract(from component: ResolvedComponent) -> RefOr<PathItem>? {
        if case .pathItem(let value) = component { return value }
        return nil
    }
}
