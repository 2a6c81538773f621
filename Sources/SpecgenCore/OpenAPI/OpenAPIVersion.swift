/// The OpenAPI versions Specgen reads; they differ in schemas (3.1 is JSON Schema 2020-12) and a few fields.
public enum OpenAPIVersion: Sendable, Comparable {
    /// OpenAPI 3.0.x: JSON Schema draft-05-like schemas with `nullable`.
    case openAPI30
    /// OpenAPI 3.1.x: JSON Schema 2020-12 schemas.
    case openAPI31

    /// Parses `3.0.x` / `3.1.x` (also `3.0`, `3.1`); `nil` for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: ".")
        guard parts.count >= 2, parts.count <= 3, parts[0] == "3", parts.dropFirst(2).allSatisfy({ Int($0) != nil })
        else { return nil }
        switch parts[1] {
        case "0": self = .openAPI30
        case "1": self = .openAPI31
        default: return nil
        }
    }
}
