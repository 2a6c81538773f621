/// The object a `$ref` target holds, decoded as the kind its references expect: a `RefOr<T>` for the `T`
/// of ``kind``. A target that is itself a `$ref` holds `.reference`, and ``ResolvedDocument`` follows such chains.
public struct ResolvedComponent: Sendable {
    public let kind: ComponentKind
    private let value: any ReferenceOrObject & Sendable

    init<T: ReferenceableObject>(_ value: RefOr<T>) {
        kind = T.kind
        self.value = value
    }

    /// The component as `RefOr<T>`; `nil` when it holds another kind of object.
    public func `as`<T>(_: T.Type) -> RefOr<T>? {
        value as? RefOr<T>
    }

    /// The reference this component forwards to, when it is one.
    var forwardedReference: Reference? { value.reference }

    /// Decodes `node` as an object of `kind` (or a reference to one).
    static func decode(_ node: Node, as kind: ComponentKind, with decoder: OpenAPIDecoder) -> ResolvedComponent? {
        func decode<T: ReferenceableObject>(_: T.Type) -> ResolvedComponent? {
            (decoder.refOr(node) as RefOr<T>?).map(ResolvedComponent.init)
        }
        switch kind {
        case .schema: return decode(Schema.self)
        case .response: return decode(Response.self)
        case .parameter: return decode(Parameter.self)
        case .example: return decode(Example.self)
        case .requestBody: return decode(RequestBody.self)
        case .header: return decode(Header.self)
        case .securityScheme: return decode(SecurityScheme.self)
        case .link: return decode(Link.self)
        case .callback: return decode(Callback.self)
        case .pathItem: return decode(PathItem.self)
        }
    }
}

/// What ``ResolvedComponent`` needs of any `RefOr<T>` without knowing `T`.
private protocol ReferenceOrObject {
    var reference: Reference? { get }
}

extension RefOr: ReferenceOrObject {}
