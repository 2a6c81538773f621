/// What an untagged union checks before it tries a variant, so that a value decodes as the variant it fits rather
/// than the first one that merely tolerates it (open enums accept any string).
extension JSONValue {
    /// Whether the value is a JSON object.
    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// Whether the member at `path` (object keys from the top) is present and not `null`.
    public func has(_ path: [String]) -> Bool {
        guard let value = member(at: path) else { return false }
        return value != .null
    }

    /// Whether the member at `path` is one of `values`: a string equal to one, or a number or boolean whose text is.
    public func has(_ path: [String], in values: [String]) -> Bool {
        switch member(at: path) {
        case .string(let text)?: values.contains(text)
        case .int(let number)?: values.contains(String(number))
        case .bool(let flag)?: values.contains(flag ? "true" : "false")
        default: false
        }
    }

    private func member(at path: [String]) -> JSONValue? {
        var current = self
        for key in path {
            guard let next = current[key] else { return nil }
            current = next
        }
        return current
    }
}
