/// Model types that a resource type of the same name hides inside the client, spelled with their module.
///
/// Resources keep the names of their paths even when a model type has that name: Stripe's `/v1/account` is the
/// resource `V1.Account` beside the model `Account`. Inside `V1` and the types nested in it, `Account` means the
/// resource, so the operations and nested types there refer to the model with the module selector
/// (`StripeClient::Account`, Swift 6.3); everywhere else the plain name stays.
struct ShadowedModelNames {
    /// The module the models are declared in.
    let module: String
    /// The names of the top-level model types.
    let modelNames: Set<String>
    /// The type names declared in the client and in the resources enclosing the code, which hide the module's.
    private(set) var enclosingNames: Set<String> = []

    init(module: String, modelNames: Set<String>) {
        self.module = module
        self.modelNames = modelNames
    }

    /// The names as seen one scope further in: inside `type`, whose nested resources and types are added.
    func entering(resources: [ClientModel.Resource], nestedTypes: [NamedType]) -> ShadowedModelNames {
        var inner = self
        inner.enclosingNames.formUnion(resources.map(\.typeName))
        inner.enclosingNames.formUnion(nestedTypes.map(\.name))
        return inner
    }

    /// `name` as code in this scope spells it: `Module::Account` when a resource hides the model `Account`.
    func spelling(_ name: String) -> String {
        let first = String(name.prefix { $0 != "." })
        guard enclosingNames.contains(first), modelNames.contains(first) else { return name }
        return module + "::" + name
    }

    /// The operation with every model type it mentions spelled for this scope.
    func qualifying(_ operation: ClientModel.Operation) -> ClientModel.Operation {
        guard !enclosingNames.isDisjoint(with: modelNames) else { return operation }
        return operation.mappingTypes { $0.mapNamed(spelling) }
    }

    /// The parameter with its type spelled for this scope.
    func qualifying(_ parameter: ClientModel.Parameter) -> ClientModel.Parameter {
        var parameter = parameter
        parameter.type = parameter.type.mapNamed(spelling)
        return parameter
    }

    /// The nested type with every model type it mentions spelled for this scope (inside it, its own nested types
    /// hide names too).
    func qualifying(_ type: NamedType) -> NamedType {
        let inner = entering(resources: [], nestedTypes: type.nestedTypes)
        guard !inner.enclosingNames.isDisjoint(with: modelNames) else { return type }
        var type = type
        type.kind = type.kind.renamingReferences(inner.spelling)
        type.nestedTypes = type.nestedTypes.map(inner.qualifying)
        return type
    }
}
