/// `$ref`s where OpenAPI allows none — an operation of a path item, a `properties` map, a media type object, an
/// object's `description` or `summary` — which bundlers (`redocly bundle`, json-schema-ref-parser) resolve anyway.
/// Each is replaced by the node it points at in the same file, with a warning at the `$ref`; one it cannot follow is
/// left for the decoder to report.
enum StrayReferences {
    /// `root` with its stray `$ref`s replaced; warnings go to `log`.
    static func inlined(_ root: Node, files: SourceFiles, log: inout DiagnosticLog) -> Node {
        guard root["openapi"] != nil else { return root }
        var walk = Walk(root: root, files: files, log: log)
        let result = walk.visit(root, place: .document, key: nil, parentPlace: nil) ?? root
        log = walk.log
        return result
    }

    private struct Walk {
        let root: Node
        let files: SourceFiles
        var log: DiagnosticLog
        /// How many stray references were followed in a row, so that a chain of them cannot loop.
        private var depth = 0

        init(root: Node, files: SourceFiles, log: DiagnosticLog) {
            self.root = root
            self.files = files
            self.log = log
        }

        /// The node with its stray references replaced, or `nil` when nothing in it changed.
        mutating func visit(_ node: Node, place: DocumentPlace, key: String?, parentPlace: DocumentPlace?) -> Node? {
            guard let entries = node.mapping else {
                guard let items = node.sequence else { return nil }
                // Copied only once something in it changed: most of a spec has no stray reference.
                var visited: [Node]?
                for (index, item) in items.enumerated() {
                    guard let result = visit(item, place: place.child(String(index)), key: nil, parentPlace: place)
                    else { continue }
                    if visited == nil { visited = items }
                    visited![index] = result
                }
                return visited.map { Node(.sequence($0), mark: node.mark) }
            }
            if let what = strayPhrase(place: place, key: key, parentPlace: parentPlace),
                let reference = entries.first(where: { $0.key == "$ref" }), depth < 32,
                let target = localTarget(reference.value)
            {
                log.report(
                    .warning(
                        "$ref in \(what), where OpenAPI allows none: resolved to what it points at, as bundlers do",
                        at: files.location(of: reference.value.mark),
                        hint: "write the object in place, or bundle the spec (redocly bundle)"))
                depth += 1
                defer { depth -= 1 }
                return visit(target, place: place, key: key, parentPlace: parentPlace) ?? target
            }
            // Below a place the structure does not pin down (an example, an extension) everything is a value.
            if case .unconstrained = place { return nil }
            var visited: [Node.Entry]?
            for (index, entry) in entries.enumerated() {
                guard
                    let result = visit(entry.value, place: place.child(entry.key), key: entry.key, parentPlace: place)
                else { continue }
                if visited == nil { visited = entries }
                visited![index].value = result
            }
            return visited.map { Node(.mapping($0), mark: node.mark) }
        }

        /// What the place is, when a `$ref` may not stand there; `nil` where one may (or where anything goes).
        private func strayPhrase(place: DocumentPlace, key: String?, parentPlace: DocumentPlace?) -> String? {
            switch place {
            case .operation: return "an operation"
            case .mediaType: return "a media type object"
            case .collection(of: .object(.schema)) where key == "properties": return "a properties map"
            case .unconstrained where key == "description" || key == "summary":
                switch parentPlace {
                case .operation?, .object?, .mediaType?: return "a \(key!)"
                default: return nil
                }
            default: return nil
            }
        }

        /// The node a `#/…` reference points at in this file; `nil` for other references or a dangling one.
        private func localTarget(_ value: Node) -> Node? {
            guard let text = value.scalar?.value, text.hasPrefix("#"),
                let pointer = JSONPointer(fragment: String(text.dropFirst()))
            else { return nil }
            var node = root
            for token in pointer.tokens {
                guard let child = RefResolver.child(of: node, token) else { return nil }
                node = child
            }
            return node
        }
    }
}
