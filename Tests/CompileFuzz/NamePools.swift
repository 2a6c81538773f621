/// The names the fuzzer draws from: Swift keywords, names of Swift's, Foundation's and SpecgenRuntime's types, digits,
/// symbols, case-only differences and non-ASCII — the spellings that break generated code — beside ordinary words.
enum NamePools {
    /// Component keys (OpenAPI allows `[a-zA-Z0-9._-]`). `Fuzzed` is the generated module's name.
    static let components = [
        "Pet", "pet", "PET", "Type", "self", "Self", "String", "Error", "Data", "Date", "JSONValue", "APIClient",
        "Result", "Optional", "Codable", "0x", "1st", "2xx", "a-b", "a.b", "a_b", "_", "__", "Protocol", "default",
        "class", "Int", "Array", "Dictionary", "Set", "URL", "UUID", "Any", "Never", "Void", "Encoder", "Decoder",
        "CodingKeys", "Client", "Resource", "Thing", "Item", "Items", "List", "Status", "Kind", "Value", "Element",
        "Wrapped", "Body", "Response", "Request", "Operation", "Fuzzed", "Foundation", "Swift", "SpecgenRuntime",
        "v1.Thing", "Thing.v2", "thing-list", "THING_LIST", "Event", "Events", "Page", "ListPage", "Error2",
        "RequestOptions", "Authentication", "Sendable", "Hashable", "Equatable", "Decodable", "Encodable",
    ]

    /// Property names: anything a JSON key can be.
    static let properties = [
        "id", "ID", "Id", "self", "Self", "type", "Type", "class", "default", "init", "is", "as", "in", "where",
        "super", "protocol", "_", "__", "0x", "1st", "123", "a-b", "a.b", "a b", "@type", "+1", "-1", "größe", "名前",
        "emoji😀", "camelCase", "snake_case", "kebab-case", "UPPER", "data", "object", "items", "value", "values",
        "description", "hashValue", "hash", "debugDescription", "encode", "decode", "codingKeys", "CodingKeys",
        "deleted", "none", "some", "rawValue", "allCases", "unknown", "count", "isEmpty", "name", "Name", "NAME", "url",
        "URL", "uRL", "$ref", "", " ", "nil", "true", "Any", "String", "Error", "kind", "status", "next", "has_more",
    ]

    /// String enum values.
    static let enumStrings = [
        "a", "A", "b", "active", "ACTIVE", "in_progress", "in-progress", "In Progress", "", " ", "self", "Self",
        "default", "none", "unknown", "0", "1", "-1", "1.5", "a.b", "a/b", "@", "+", "-", "größe", "名前", "true",
        "false", "null", "rawValue", "allCases", "init", "_", "__", "case", "Type", "description",
    ]

    /// Integer enum values.
    static let enumIntegers = [-20, -1, 0, 1, 2, 10, 404, 2_147_483_647]

    /// Path segments that are not parameters.
    static let segments = [
        "users", "user", "v1", "v2", "2010-04-01", "0", "1-clicks", "a.b", "Type", "self", "status", "401", "items",
        "list", "search", "default", "thing.json", "Accounts", "accounts", "_", "-", "a_b", "files", "content",
        "events", "actions", "cancel", "mark-as-read", "me", "Self", "init", "client", "options",
    ]

    /// Parameter names for every location (headers draw from the ASCII tokens among them).
    static let parameters = [
        "id", "ID", "limit", "page", "self", "type", "Type", "class", "0x", "a-b", "a.b", "a[b]", "X-Request-Id",
        "x-request-id", "Accept-Language", "If-Match", "sort", "filter", "fields", "expand", "q", "include", "name",
        "default", "in", "where", "größe", "options", "body", "client", "timeout", "_",
    ]

    /// operationIds.
    static let operationIds = [
        "list", "get-thing", "getThing", "GetThing", "self", "Type", "delete", "create_item", "0op", "do it",
        "retrieve", "update", "init", "default", "list.all", "Thing/Get", "search", "ping",
    ]

    /// Tags.
    static let tags = ["pets", "Pets", "Type", "self", "a-b", "0", "Thing Admin", "größe"]

    /// Descriptions and summaries that would break a comment, a string literal or markup if copied verbatim.
    static let descriptions = [
        "A thing.", "Ends a comment */ /* here", "\"\"\" triple quotes", "Interpolation \\(x) and #\"raw\"#",
        "Line one\nLine two", "<b>HTML</b> & entities", "`code` and *stars*", "/// doc", "ünïcödé ✓", "Back\\slash",
        "#if false", "Tab\there", "- a list\n- item\n\n```\ncode\n```",
    ]
}
