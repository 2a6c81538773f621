/// The OpenAPI versions Specgen reads; they differ in schemas (3.1 is JSON Schema 2020-12) and a few fields.
public enum OpenAPIVersion: Sendable, Comparable {
    case v3_0
    case v3_1

    /// Parses `3.0.x` / `3.1.x` (also `3.0`, `3.1`); `nil` for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: ".")
        guard parts.count >= 2, parts.count <= 3, parts[0] == "3", parts.dropFirst(2).allSatisfy({ Int($0) != nil })
        else { return nil }
        switch parts[1] {
        case "0": self = .v3_0
        case "1": self = .v3_1
        default: return nil
        }
    }
}
