/// The types of an API, as the steps after type lowering take them: the declarations in order, where each schema of
/// the spec went, and indexes by qualified name derived from the declarations themselves (so a step that moves or
/// renames types never leaves an index behind).
struct LoweredTypes: Sendable {
    /// The top-level types, nested types hanging off them.
    let types: [NamedType]
    /// The schemas that became top-level types, and their names.
    let topLevel: TopLevelTypes
    /// Names no type nested in a resource, nor a resource, takes: the top-level names type lowering chose (those of
    /// schemas and of the types declared beside aliases), and names generated code uses.
    let reservedNames: Set<String>
    /// The properties of every struct, top-level or nested, by qualified name (`Page.Meta`): how paging finds a
    /// page's items and links, and a multipart body its parts.
    let structureProperties: [String: [Property]]
    /// The item type of each type that is a list page (`GetChargesResponse` → `Charge`), for auto-paging.
    let listItemTypes: [String: TypeReference]

    init(types: [NamedType], topLevel: TopLevelTypes, reservedNames: Set<String>) {
        self.types = types
        self.topLevel = topLevel
        self.reservedNames = reservedNames
        var structureProperties: [String: [Property]] = [:]
        var listItemTypes: [String: TypeReference] = [:]
        for (name, kind) in TypeTree.kinds(types) {
            switch kind {
            case .structure(let properties): structureProperties[name] = properties
            case .alias(.listPage(let item)): listItemTypes[name] = item
            default: break
            }
        }
        self.structureProperties = structureProperties
        self.listItemTypes = listItemTypes
    }

    /// These types with `types` in place of the declarations (after a step that moved them), indexes rebuilt.
    func replacingTypes(_ types: [NamedType]) -> LoweredTypes {
        LoweredTypes(types: types, topLevel: topLevel, reservedNames: reservedNames)
    }
}
