import Foundation

/// Decodes one file's ``Node`` tree into typed OpenAPI values.
///
/// Wrong types become diagnostics with the node's position and its document path
/// (`paths./v1/customers.get.responses.200`), and decoding goes on so that all problems are reported.
/// Every `$ref` met is recorded in ``references`` for the resolver.
final class OpenAPIDecoder {
    enum PathComponent {
        case key(String)
        case index(Int)
    }

    let files: SourceFiles
    /// Standardized path of the file being decoded; relative `$ref`s start from its folder.
    let filePath: String
    var version: OpenAPIVersion
    private(set) var log: DiagnosticLog
    private(set) var references: [(reference: Reference, kind: ComponentKind)] = []
    private var path: [PathComponent]

    init(
        files: SourceFiles,
        filePath: String,
        version: OpenAPIVersion,
        log: DiagnosticLog = DiagnosticLog(),
        at path: [PathComponent] = []
    ) {
        self.files = files
        self.filePath = filePath
        self.version = version
        self.log = log
        self.path = path
    }

    // MARK: - Diagnostics

    var documentPath: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    func error(_ message: String, at mark: Mark, hint: String? = nil) {
        log.report(.error(message, at: files.location(of: mark), documentPath: documentPath, hint: hint))
    }

    func warning(_ message: String, at mark: Mark, hint: String? = nil) {
        log.report(.warning(message, at: files.location(of: mark), documentPath: documentPath, hint: hint))
    }

    func typeMismatch(expected: String, found node: Node, hint: String? = nil) {
        error("expected \(expected), found \(node.kindDescription)", at: node.mark, hint: hint)
    }

    /// Runs `body` with `component` appended to the document path.
    func at<T>(_ component: PathComponent, _ body: () -> T) -> T {
        path.append(component)
        defer { path.removeLast() }
        return body()
    }

    // MARK: - Objects

    /// Calls `body` for each key of a mapping (with the key on the document path) except `x-` extensions,
    /// which it returns. Reports a type mismatch and returns `nil` when `node` is not a mapping.
    @discardableResult
    func object(_ node: Node, _ name: String, _ body: (String, Node) -> Void) -> [String: Node]? {
        objectEntries(node, name) { body($0.key, $0.value) }
    }

    /// ``object(_:_:_:)`` for objects whose keys are data (paths, status codes) and need the key's position.
    @discardableResult
    func objectEntries(_ node: Node, _ name: String, _ body: (Node.Entry) -> Void) -> [String: Node]? {
        guard case .mapping(let entries) = node.content else {
            typeMismatch(expected: "a mapping (\(name) Object)", found: node)
            return nil
        }
        var extensions: [String: Node] = [:]
        for entry in entries {
            if entry.key.hasPrefix("x-") {
                extensions[entry.key] = entry.value
                continue
            }
            path.append(.key(entry.key))
            body(entry)
            path.removeLast()
        }
        return extensions
    }

    /// Reports a required field the object lacks; a field that is present but failed to decode was reported already.
    func missing(_ key: String, in node: Node, of name: String) {
        guard node[key] == nil else { return }
        error("\(name) Object is missing the required field '\(key)'", at: node.mark)
    }

    // MARK: - Scalars

    /// Any non-null scalar's text: `version: 1.0` reads as the string "1.0".
    func string(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node.content, !scalar.isNull else {
            typeMismatch(expected: "a string", found: node)
            return nil
        }
        return scalar.value
    }

    func bool(_ node: Node) -> Bool? {
        guard let value = node.scalar?.bool else {
            typeMismatch(expected: "a boolean (true or false)", found: node)
            return nil
        }
        return value
    }

    func int(_ node: Node) -> Int? {
        guard let value = node.scalar?.int else {
            typeMismatch(expected: "an integer", found: node)
            return nil
        }
        return value
    }

    func number(_ node: Node) -> Double? {
        guard let value = node.scalar?.double else {
            typeMismatch(expected: "a number", found: node)
            return nil
        }
        return value
    }

    /// A scalar that must be one of `cases`' raw values.
    func enumeration<E: RawRepresentable & CaseIterable>(
        _ node: Node,
        _: E.Type,
        hint: (String) -> String? = { _ in nil }
    ) -> E? where E.RawValue == String {
        guard let text = string(node) else { return nil }
        guard let value = E(rawValue: text) else {
            let choices = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            error("'\(text)' is not one of \(choices)", at: node.mark, hint: hint(text))
            return nil
        }
        return value
    }

    // MARK: - Collections

    func array<T>(_ node: Node, _ element: (Node) -> T?) -> [T]? {
        guard case .sequence(let items) = node.content else {
            typeMismatch(expected: "a sequence", found: node)
            return nil
        }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            path.append(.index(index))
            if let value = element(item) { result.append(value) }
            path.removeLast()
        }
        return result
    }

    func strings(_ node: Node) -> [String]? {
        array(node, string)
    }

    func map<T>(_ node: Node, _ value: (Node) -> T?) -> OrderedMap<T>? {
        guard case .mapping(let entries) = node.content else {
            typeMismatch(expected: "a mapping", found: node)
            return nil
        }
        var result = OrderedMap<T>()
        for entry in entries {
            path.append(.key(entry.key))
            if let decoded = value(entry.value) { result[entry.key] = decoded }
            path.removeLast()
        }
        return result
    }

    // MARK: - References

    /// A Reference Object or an inline `T`.
    func refOr<T: ReferenceableObject>(_ node: Node) -> RefOr<T>? {
        if case .mapping(let entries) = node.content, let ref = entries.first(where: { $0.key == "$ref" }),
            T.kind != .schema || !Schema.needsOwnKeywords(entries)
        {
            return reference(ref.value, beside: entries, kind: T.kind).map(RefOr.reference)
        }
        return T(decoding: node, with: self).map(RefOr.value)
    }

    func refOrMap<T: ReferenceableObject>(_ node: Node) -> OrderedMap<RefOr<T>>? {
        map(node, refOr)
    }

    func refOrArray<T: ReferenceableObject>(_ node: Node) -> [RefOr<T>]? {
        array(node, refOr)
    }

    /// Decodes the value of a `$ref` key and records it for the resolver.
    func reference(_ node: Node, beside entries: [Node.Entry] = [], kind: ComponentKind) -> Reference? {
        let referenceNode = node
        return at(.key("$ref")) {
            guard let raw = string(referenceNode) else { return nil }
            var reference = Reference(raw: raw, target: nil, mark: referenceNode.mark)
            for entry in entries {
                switch entry.key {
                case "summary": reference.summary = entry.value.scalar?.value
                case "description": reference.description = entry.value.scalar?.value
                default: break
                }
            }
            if Self.isRemote(raw) {
                error(
                    "remote reference '\(raw)' is not fetched",
                    at: referenceNode.mark,
                    hint: "download the document next to the spec and refer to it by relative path"
                )
                return reference
            }
            guard let target = target(of: raw, at: referenceNode.mark) else { return nil }
            reference.target = target
            references.append((reference, kind))
            return reference
        }
    }

    private func target(of raw: String, at mark: Mark) -> RefTarget? {
        let hashIndex = raw.firstIndex(of: "#")
        let filePart = String(raw[..<(hashIndex ?? raw.endIndex)])
        let fragment = hashIndex.map { String(raw[raw.index(after: $0)...]) } ?? ""
        guard let pointer = JSONPointer(fragment: fragment) else {
            error(
                "'\(raw)' is not a JSON pointer reference",
                at: mark,
                hint:
                    "write `#/components/schemas/Name` or `file.yaml#/path/to/object`; `~1` stands for `/`, `~0` for `~`"
            )
            return nil
        }
        guard !filePart.isEmpty else { return RefTarget(path: filePath, pointer: pointer) }
        guard let relative = filePart.removingPercentEncodingIfValid() else {
            error("'\(raw)' has a malformed percent escape in its file part", at: mark)
            return nil
        }
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        let path = URL(fileURLWithPath: relative, relativeTo: directory).standardizedFileURL.path
        return RefTarget(path: path, pointer: pointer)
    }

    /// A URI with a scheme (`https:`, `urn:`) rather than a relative path.
    private static func isRemote(_ raw: String) -> Bool {
        guard let colon = raw.firstIndex(of: ":"), colon > raw.startIndex else { return false }
        let scheme = raw[..<colon]
        return scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }
}
