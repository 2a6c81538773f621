/// An OpenAPI document whose every `$ref` has been checked and decoded: the output of the Resolve stage.
///
/// References stay in the document (so recursive schemas stay finite); look their targets up here.
public struct ResolvedDocument: Sendable {
    public let document: OpenAPIDocument
    /// Every file read: the root spec first, then the files its references named.
    public let files: SourceFiles
    /// The object at every target some `$ref` names, decoded as the kind the reference expects.
    public let components: [RefTarget: ResolvedComponent]
    /// Schema targets that reach themselves through references (directly or through other schemas).
    public let recursiveSchemas: Set<RefTarget>

    /// The object `value` stands for, following references (and chains of them); `nil` only for references
    /// the resolver reported as broken.
    public func resolve<T>(_ value: RefOr<T>) -> T? {
        var current = value
        var hops = 0
        while case .reference(let reference) = current {
            guard let target = reference.target, let next = components[target]?.as(T.self), hops < components.count
            else { return nil }
            current = next
            hops += 1
        }
        return current.value
    }

    /// Whether the schema a reference names is part of a reference cycle.
    public func isRecursive(_ reference: Reference) -> Bool {
        reference.target.map(recursiveSchemas.contains) ?? false
    }
}
