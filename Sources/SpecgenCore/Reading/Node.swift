/// A YAML or JSON value as read from a spec: a scalar, a sequence or a mapping, each with its position.
///
/// Aliases are already expanded; the tree is a value and shares storage where the source shared anchors.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Entry])
    }

    /// One key–value pair of a mapping; mappings keep the source order of their keys.
    public struct Entry: Sendable {
        public var key: String
        public var keyMark: Mark
        public var value: Node

        public init(key: String, keyMark: Mark, value: Node) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }
    }

    public var content: Content
    /// Where the node starts in its file.
    public var mark: Mark

    public init(_ content: Content, mark: Mark) {
        self.content = content
        self.mark = mark
    }

    // MARK: - Access

    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value for `key` in a mapping; `nil` for other nodes or a missing key. Linear in the mapping's size.
    public subscript(key: String) -> Node? {
        mapping?.first(where: { $0.key == key })?.value
    }

    /// How the node is named in messages: "a mapping", "a sequence", "a string", "an integer", …
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar(let scalar): scalar.kindDescription
        }
    }
}
