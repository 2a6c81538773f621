/// The `names:` section of `specgen.yaml`: Swift names chosen by hand where the generated ones do not suit.
///
/// ```yaml
/// names:
///   types: {v2.core.event_destination: EventDestination}     # schema name → type name
///   operations: {PostV2CoreEventDestinationsIdPing: sendPing}  # operationId → method name
///   resources: {event_destinations: destinations}              # path segment → property name
/// ```
public struct NamingOverrides: Sendable, Equatable {
    public var types: [String: String] = [:]
    public var operations: [String: String] = [:]
    public var resources: [String: String] = [:]

    public init(types: [String: String] = [:], operations: [String: String] = [:], resources: [String: String] = [:]) {
        self.types = types
        self.operations = operations
        self.resources = resources
    }

    /// Reads the `names:` mapping; every value must already be a valid Swift name of its kind.
    static func decode(_ node: Node, files: SourceFiles) -> Result<NamingOverrides, Diagnostic> {
        let sections = ["types", "operations", "resources"]
        guard let entries = node.mapping else {
            return .failure(
                .error(
                    "'names' expects a mapping with \(sections.joined(separator: ", "))",
                    at: files.location(of: node.mark)))
        }
        var overrides = NamingOverrides()
        for entry in entries {
            guard sections.contains(entry.key) else {
                return .failure(
                    .error(
                        "unknown key '\(entry.key)' in 'names'",
                        at: files.location(of: entry.keyMark),
                        hint: "valid keys: types (schema name → type name), operations (operationId → method name), "
                            + "resources (path segment → property name)"
                    )
                )
            }
            guard let pairs = entry.value.mapping else {
                return .failure(
                    .error(
                        "'names.\(entry.key)' expects a mapping, found \(entry.value.kindDescription)",
                        at: files.location(of: entry.value.mark))
                )
            }
            var names: [String: String] = [:]
            for pair in pairs {
                guard let value = pair.value.scalar?.value, !(pair.value.scalar?.isNull ?? true) else {
                    return .failure(.error("a new name must be a string", at: files.location(of: pair.value.mark)))
                }
                let isType = entry.key == "types"
                let valid = isType ? SwiftNaming.typeName(value) == value : SwiftNaming.memberName(value) == value
                guard valid else {
                    return .failure(
                        .error(
                            "'\(value)' is not a valid Swift \(isType ? "type" : "member") name",
                            at: files.location(of: pair.value.mark),
                            hint: isType
                                ? "use UpperCamelCase letters and digits, such as `EventDestination`"
                                : "use lowerCamelCase letters and digits, such as `sendPing`"
                        )
                    )
                }
                names[pair.key] = value
            }
            switch entry.key {
            case "types": overrides.types = names
            case "operations": overrides.operations = names
            default: overrides.resources = names
            }
        }
        return .success(overrides)
    }
}
