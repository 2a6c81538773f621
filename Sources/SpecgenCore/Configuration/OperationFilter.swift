/// The `include:` section of `specgen.yaml`: only the operations a team uses are generated, with the types they
/// reach.
///
/// ```yaml
/// include:
///   paths: [/v1/customers, /v1/payment_intents]   # path prefixes, segment by segment
///   operations: [GetBalance]                       # operationIds
///   tags: [Billing]
/// ```
///
/// An operation is generated when any entry names it; without `include`, every operation is.
public struct OperationFilter: Sendable, Equatable {
    /// One name of the section, and where specgen.yaml writes it (for the warning when it names nothing).
    public struct Entry: Sendable, Equatable {
        public var value: String
        public var location: SourceLocation?

        public init(_ value: String, at location: SourceLocation? = nil) {
            self.value = value
            self.location = location
        }
    }

    /// Path prefixes: `/v1/customers` takes `/v1/customers/{customer}/tax_ids`, not `/v1/customers_search`.
    public var paths: [Entry]
    public var operations: [Entry]
    public var tags: [Entry]

    public init(paths: [Entry] = [], operations: [Entry] = [], tags: [Entry] = []) {
        self.paths = paths
        self.operations = operations
        self.tags = tags
    }

    /// Whether the section is absent, so that every operation is generated.
    public var includesEverything: Bool { paths.isEmpty && operations.isEmpty && tags.isEmpty }

    /// Whether the operation at `path` (a path key without its `#fragment`) is generated.
    func includes(path: String, operationID: String?, tags operationTags: [String]) -> Bool {
        if includesEverything { return true }
        if paths.contains(where: { Self.path(path, startsWith: $0.value) }) { return true }
        if let operationID, operations.contains(where: { $0.value == operationID }) { return true }
        return tags.contains { tag in operationTags.contains(tag.value) }
    }

    /// Whether `path`'s segments begin with `prefix`'s.
    static func path(_ path: String, startsWith prefix: String) -> Bool {
        let segments = path.split(separator: "/")
        let prefixSegments = prefix.split(separator: "/")
        return prefixSegments.count <= segments.count && zip(segments, prefixSegments).allSatisfy { $0 == $1 }
    }

    /// Reads the `include:` mapping of lists of strings.
    static func decode(_ node: Node, files: SourceFiles) -> Result<OperationFilter, Diagnostic> {
        let sections = ["paths", "operations", "tags"]
        let expected = "path prefixes, operationIds or tags"
        guard let entries = node.mapping else {
            return .failure(
                .error(
                    "'include' expects a mapping with \(sections.joined(separator: ", ")), found \(node.kindDescription)",
                    at: files.location(of: node.mark)))
        }
        var filter = OperationFilter()
        for entry in entries {
            guard sections.contains(entry.key) else {
                return .failure(
                    .error(
                        "unknown key '\(entry.key)' in 'include'", at: files.location(of: entry.keyMark),
                        hint: "valid keys: paths (path prefixes), operations (operationIds), tags"))
            }
            guard let items = entry.value.sequence else {
                return .failure(
                    .error(
                        "'include.\(entry.key)' expects a list of strings, found \(entry.value.kindDescription)",
                        at: files.location(of: entry.value.mark), hint: "such as [\(Self.example(entry.key))]"))
            }
            var values: [Entry] = []
            for item in items {
                guard let scalar = item.scalar, !scalar.isNull, !scalar.value.isEmpty else {
                    return .failure(
                        .error(
                            "'include.\(entry.key)' lists \(expected), found \(item.kindDescription)",
                            at: files.location(of: item.mark)))
                }
                if entry.key == "paths", !scalar.value.hasPrefix("/") {
                    return .failure(
                        .error(
                            "'\(scalar.value)' is no path: paths start with /", at: files.location(of: item.mark),
                            hint: "write the path as the spec's paths do, such as /\(scalar.value)"))
                }
                values.append(Entry(scalar.value, at: files.location(of: item.mark)))
            }
            switch entry.key {
            case "paths": filter.paths = values
            case "operations": filter.operations = values
            default: filter.tags = values
            }
        }
        guard !filter.includesEverything else {
            return .failure(
                .error(
                    "'include' names no operation", at: files.location(of: node.mark),
                    hint: "list paths, operations or tags, or remove 'include' to generate every operation"))
        }
        return .success(filter)
    }

    private static func example(_ section: String) -> String {
        switch section {
        case "paths": "/v1/customers"
        case "operations": "GetBalance"
        default: "Billing"
        }
    }
}
