import Foundation

/// An example value of a spec as JSON text, its plain YAML scalars read as the schema at their place says.
///
/// YAML leaves the type of an unquoted scalar to the reader: `2020-01-01` is a timestamp to YAML 1.1 and `40` a
/// number. Where the schema asks for a string, such a scalar is the string as written; where it asks for a number or
/// a boolean and the text is one, it is that; elsewhere YAML 1.2's core rules apply (`null`, `true`, numbers, else a
/// string — never a date). Quoted scalars are always strings.
struct ExampleJSON {
    let resolved: ResolvedDocument

    func text(_ node: Node, schema: RefOr<Schema>?) -> String {
        var output = ""
        write(node, schema: schema.flatMap(resolved.resolve), depth: 0, into: &output)
        return output
    }

    private func write(_ node: Node, schema: Schema?, depth: Int, into output: inout String) {
        switch node.content {
        case .mapping(let entries):
            output += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(entry.key, into: &output)
                output += ":"
                write(
                    entry.value, schema: depth < 64 ? member(entry.key, of: schema) : nil, depth: depth + 1,
                    into: &output)
            }
            output += "}"
        case .sequence(let items):
            output += "["
            let itemSchema = depth < 64 ? schema?.items.flatMap(resolved.resolve) : nil
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, schema: itemSchema, depth: depth + 1, into: &output)
            }
            output += "]"
        case .scalar(let scalar):
            writeScalar(scalar, types: schema.map(allowedTypes) ?? [], into: &output)
        }
    }

    /// The schema of the member `key`: a property (also of `allOf` parts), else `additionalProperties`.
    private func member(_ key: String, of schema: Schema?) -> Schema? {
        guard let schema else { return nil }
        if let property = schema.properties[key] { return resolved.resolve(property) }
        for part in schema.allOf {
            if let found = member(key, of: resolved.resolve(part)) { return found }
        }
        if case .schema(let values)? = schema.additionalProperties { return resolved.resolve(values) }
        return nil
    }

    /// The JSON types a schema allows, its `allOf` parts' included.
    private func allowedTypes(_ schema: Schema) -> Set<Schema.JSONType> {
        var types = Set(schema.types)
        if schema.isNullable { types.insert(.null) }
        for part in schema.allOf { types.formUnion(resolved.resolve(part).map { Set($0.types) } ?? []) }
        return types
    }

    private func writeScalar(_ scalar: Scalar, types: Set<Schema.JSONType>, into output: inout String) {
        let kind = scalar.kind
        let allowed: Bool =
            switch kind {
            case .null: types.contains(.null)
            case .boolean: types.contains(.boolean)
            case .integer: types.contains(.integer) || types.contains(.number)
            case .float: types.contains(.number)
            case .string: true
            }
        // A plain scalar where the schema wants a string is the text as written.
        if scalar.style == .plain, scalar.tag == .none, !allowed, types.contains(.string) {
            return Self.writeString(scalar.value, into: &output)
        }
        switch kind {
        case .null: output += "null"
        case .boolean: output += scalar.bool == true ? "true" : "false"
        case .integer:
            if let value = scalar.int { output += String(value) } else { writeNumber(scalar, into: &output) }
        case .float: writeNumber(scalar, into: &output)
        case .string: Self.writeString(scalar.value, into: &output)
        }
    }

    /// A finite number in JSON's notation; `.inf` and `.nan` have none and stay text.
    private func writeNumber(_ scalar: Scalar, into output: inout String) {
        guard let value = scalar.double, value.isFinite else { return Self.writeString(scalar.value, into: &output) }
        output += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
