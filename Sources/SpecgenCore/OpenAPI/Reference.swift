import Foundation

/// A `$ref`, as written and as a target that the resolver can look up.
public struct Reference: Sendable {
    /// The `$ref` text as the spec wrote it.
    public var raw: String
    /// The file and pointer it names; `nil` for a remote URL, which is never fetched.
    public var target: RefTarget?
    /// 3.1 allows `summary` and `description` beside `$ref`; they override the target's.
    public var summary: String?
    public var description: String?
    /// Where the `$ref` is written.
    public var mark: Mark

    /// The component name when the reference points at `#/components/<section>/<name>`.
    public var componentName: String? {
        guard let tokens = target?.pointer.tokens, tokens.count == 3, tokens[0] == "components" else { return nil }
        return tokens[2]
    }
}

/// The place a reference names: a file (standardized path) and a JSON pointer into it.
public struct RefTarget: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var pointer: JSONPointer

    public init(path: String, pointer: JSONPointer) {
        self.path = path
        self.pointer = pointer
    }

    public var description: String { "\(path)#\(pointer)" }
}

extension RefTarget: Comparable {
    /// Orders by path, then by pointer tokens; used to report in a stable order.
    public static func < (lhs: RefTarget, rhs: RefTarget) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        return lhs.pointer.tokens.lexicographicallyPrecedes(rhs.pointer.tokens)
    }
}

/// Either a `$ref` or the object itself, wherever OpenAPI allows a Reference Object.
public indirect enum RefOr<Value> {
    case reference(Reference)
    case value(Value)

    /// The inline value, or `nil` for a reference.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The reference, or `nil` for an inline value.
    public var reference: Reference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }
}

extension RefOr: Sendable where Value: Sendable {}
