import CYAML

/// Builds a ``Node`` tree from YAML or JSON bytes with libyaml's event API.
///
/// The tree is built with an explicit stack, so nesting never recurses; depth, alias expansion,
/// duplicate keys, non-scalar keys and multiple documents are checked as events arrive.
struct YAMLParser {
    let limits: ReadingLimits
    let file: SourceFileID
    let path: String

    /// A sequence or mapping being built.
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        /// Nodes built before this one started, to size its subtree for alias accounting.
        var nodesBefore: Int
        var items: [Node] = []
        var entries: [Node.Entry] = []
        var pendingKey: (key: String, mark: Mark, isMerge: Bool)?
        /// Key positions by name, built once a mapping grows past a few keys.
        var keyIndex: [String: Int]?
        /// Mappings named by `<<` merge keys, applied when the mapping ends.
        var merges: [(entries: [Node.Entry], mark: Mark)] = []
    }

    private struct Anchored {
        var node: Node
        var size: Int
    }

    func parse(_ bytes: UnsafeRawBufferPointer) throws(Diagnostic) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic.error(
                "libyaml could not start a parser (out of memory?)", at: location(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(
            &parser,
            bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
            bytes.count
        )

        var state = BuildState()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser, bytes)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try handle(event, &state)
        }
        return state.root
    }

    private struct BuildState {
        var frames: [Frame] = []
        var anchors: [String: Anchored] = [:]
        var root: Node?
        var documents = 0
        var nodeCount = 0
        var expandedByAliases = 0
    }

    // MARK: - Events

    private func handle(_ event: yaml_event_t, _ state: inout BuildState) throws(Diagnostic) {
        let mark = self.mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            state.documents += 1
            if state.documents > 1 {
                throw error(
                    "the file holds more than one YAML document",
                    at: mark,
                    hint: "a spec is one document: remove the `---` separator and what follows, or split the file"
                )
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let scalar = Scalar(
                string(data.value, count: data.length),
                style: style(data.style),
                tag: tag(data.tag)
            )
            let node = Node(.scalar(scalar), mark: mark)
            state.nodeCount += 1
            if let anchor = data.anchor { state.anchors[string(anchor)] = Anchored(node: node, size: 1) }
            try add(node, isPlainScalar: scalar.style == .plain, &state)
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor)
            guard let anchored = state.anchors[name] else {
                throw error("alias *\(name) names no anchor defined before it", at: mark)
            }
            state.expandedByAliases += anchored.size
            state.nodeCount += anchored.size
            if state.expandedByAliases > limits.maxAliasExpansion {
                throw error(
                    "aliases expand to more than \(limits.maxAliasExpansion) nodes",
                    at: mark,
                    hint: "the file repeats anchors inside anchors (an \"alias bomb\"); write the content out"
                )
            }
            try add(Node(anchored.node.content, mark: mark), isPlainScalar: false, &state)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if state.frames.count >= limits.maxDepth {
                throw error(
                    "nesting is deeper than \(limits.maxDepth) levels",
                    at: mark,
                    hint: "no spec needs this depth; the file is likely generated wrongly or hostile"
                )
            }
            let anchor =
                event.type == YAML_SEQUENCE_START_EVENT
                ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            state.frames.append(
                Frame(
                    isMapping: event.type == YAML_MAPPING_START_EVENT,
                    mark: mark,
                    anchor: anchor.map(string),
                    nodesBefore: state.nodeCount
                )
            )
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            var frame = state.frames.removeLast()
            state.nodeCount += 1
            let node: Node
            if frame.isMapping {
                applyMerges(&frame)
                node = Node(.mapping(frame.entries), mark: frame.mark)
            } else {
                node = Node(.sequence(frame.items), mark: frame.mark)
            }
            if let anchor = frame.anchor {
                state.anchors[anchor] = Anchored(node: node, size: state.nodeCount - frame.nodesBefore)
            }
            try add(node, isPlainScalar: false, &state)
        default:
            break
        }
    }

    /// Places a finished node in its parent: a sequence item, a mapping key, a mapping value, or the root.
    private func add(_ node: Node, isPlainScalar: Bool, _ state: inout BuildState) throws(Diagnostic) {
        guard !state.frames.isEmpty else {
            state.root = node
            return
        }
        let top = state.frames.count - 1
        guard state.frames[top].isMapping else {
            state.frames[top].items.append(node)
            return
        }
        guard let pending = state.frames[top].pendingKey else {
            guard case .scalar(let key) = node.content else {
                throw error(
                    "mapping keys must be strings, found \(node.kindDescription)",
                    at: node.mark,
                    hint: "OpenAPI objects are keyed by names; quote the key or remove the `?` complex key"
                )
            }
            let isMerge = isPlainScalar && key.value == "<<"
            if !isMerge, let first = firstMark(of: key.value, in: state.frames[top]) {
                throw error(
                    "duplicate key '\(key.value)' in this mapping (first at line \(first.line), column \(first.column))",
                    at: node.mark,
                    hint: "YAML and JSON keys must be unique within a mapping; remove or rename one"
                )
            }
            state.frames[top].pendingKey = (key.value, node.mark, isMerge)
            return
        }
        state.frames[top].pendingKey = nil
        if pending.isMerge {
            try addMerge(node, to: &state.frames[top])
            return
        }
        let entryCount = state.frames[top].entries.count
        state.frames[top].entries.append(Node.Entry(key: pending.key, keyMark: pending.mark, value: node))
        if state.frames[top].keyIndex != nil {
            state.frames[top].keyIndex![pending.key] = entryCount
        } else if entryCount >= 8 {
            state.frames[top].keyIndex = Dictionary(
                state.frames[top].entries.enumerated().map { ($0.element.key, $0.offset) },
                uniquingKeysWith: { first, _ in first }
            )
        }
    }

    private func firstMark(of key: String, in frame: Frame) -> Mark? {
        if let index = frame.keyIndex {
            return index[key].map { frame.entries[$0].keyMark }
        }
        if let pending = frame.pendingKey, pending.key == key { return pending.mark }
        return frame.entries.first(where: { $0.key == key })?.keyMark
    }

    // MARK: - Merge keys

    private func addMerge(_ node: Node, to frame: inout Frame) throws(Diagnostic) {
        switch node.content {
        case .mapping(let entries):
            frame.merges.append((entries, node.mark))
        case .sequence(let items):
            for item in items {
                guard case .mapping(let entries) = item.content else {
                    throw error("a `<<` merge key takes mappings, found \(item.kindDescription)", at: item.mark)
                }
                frame.merges.append((entries, item.mark))
            }
        case .scalar:
            throw error("a `<<` merge key takes a mapping, found \(node.kindDescription)", at: node.mark)
        }
    }

    /// Adds merged keys the mapping does not set itself; earlier merge sources win over later ones.
    private func applyMerges(_ frame: inout Frame) {
        guard !frame.merges.isEmpty else { return }
        var present = Set(frame.entries.map(\.key))
        for merge in frame.merges {
            for entry in merge.entries where present.insert(entry.key).inserted {
                frame.entries.append(entry)
            }
        }
    }

    // MARK: - Conversions

    private func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(file: file, line: UInt32(mark.line + 1), column: UInt32(mark.column + 1))
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private func error(_ message: String, at mark: Mark, hint: String? = nil) -> Diagnostic {
        .error(message, at: location(line: Int(mark.line), column: Int(mark.column)), hint: hint)
    }

    private func string(_ pointer: UnsafeMutablePointer<UInt8>) -> String {
        String(cString: pointer)
    }

    private func string(_ pointer: UnsafeMutablePointer<UInt8>?, count: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func tag(_ pointer: UnsafeMutablePointer<UInt8>?) -> Scalar.Tag {
        guard let pointer else { return .none }
        switch String(cString: pointer) {
        case "!", "tag:yaml.org,2002:str": return .string
        case "tag:yaml.org,2002:int": return .integer
        case "tag:yaml.org,2002:float": return .float
        case "tag:yaml.org,2002:bool": return .boolean
        case "tag:yaml.org,2002:null": return .null
        default: return .other
        }
    }

    // MARK: - libyaml errors

    private func syntaxError(_ parser: yaml_parser_t, _ bytes: UnsafeRawBufferPointer) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        switch parser.error {
        case YAML_READER_ERROR:
            let (line, column) = Self.lineAndColumn(
                ofOffset: Self.sequenceStart(parser.problem_offset, in: bytes), in: bytes)
            let isEncoding = problem.contains("UTF-8") || problem.contains("UTF-16") || problem.contains("octet")
            return .error(
                isEncoding ? "invalid text encoding: \(problem)" : problem,
                at: location(line: line, column: column),
                hint: isEncoding
                    ? "specs must be UTF-8 (or UTF-16 with a byte order mark); re-save the file as UTF-8" : nil
            )
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let problemMark = parser.problem_mark
            var message = problem
            if let context = parser.context {
                let contextMark = parser.context_mark
                message +=
                    " (\(String(cString: context)), from line \(contextMark.line + 1), column \(contextMark.column + 1))"
            }
            return .error(
                message,
                at: location(line: problemMark.line + 1, column: problemMark.column + 1),
                hint: hint(forProblemAt: problemMark.index, in: bytes, problem: problem)
            )
        default:
            return .error("libyaml failed: \(problem)", at: location(line: 1, column: 1))
        }
    }

    private func hint(forProblemAt offset: Int, in bytes: UnsafeRawBufferPointer, problem: String) -> String? {
        if problem.hasPrefix("mapping values are not allowed") {
            return
                "a key is indented differently from its siblings, or a plain value contains ': '; fix the indentation or quote the value"
        }
        if offset >= bytes.count {
            return "the file ends inside a value: a bracket, brace or quote is not closed"
        }
        if bytes[offset] == UInt8(ascii: "\t") {
            return "YAML does not allow tabs for indentation; indent with spaces"
        }
        return nil
    }

    /// The offset of the UTF-8 sequence that the byte at `offset` belongs to: libyaml reports a bad
    /// trailing byte at its own offset, but users need to see the character it was meant to continue.
    static func sequenceStart(_ offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var index = min(offset, bytes.count) - 1
        while index >= 0, offset - index <= 3 {
            let byte = bytes[index]
            if byte & 0xC0 == 0xC0 { return index }  // the lead byte of the sequence
            if byte & 0xC0 != 0x80 { break }  // ASCII: the problem byte starts its own sequence
            index -= 1
        }
        return offset
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    static func lineAndColumn(ofOffset offset: Int, in bytes: UnsafeRawBufferPointer) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
