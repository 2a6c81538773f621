import Foundation

/// Resolves every `$ref` of a document: loads the files they name (each once), follows their JSON pointers,
/// checks that each lands on the kind of object expected there, and decodes it.
///
/// Work is a queue of references, so nothing recurses and cycles cannot loop: a target is decoded once and a
/// reference to a target already known is only checked. Afterwards pure reference cycles are reported and
/// recursive schemas are marked.
final class RefResolver {
    private let reader: SpecReader
    private(set) var files = SourceFiles()
    private(set) var log: DiagnosticLog
    private var version = OpenAPIVersion.openAPI30
    /// Loaded files by standardized path; `nil` for a file that could not be read.
    private var fileRoots: [String: Node?] = [:]
    private var components: [RefTarget: ResolvedComponent] = [:]
    /// Targets that do not resolve, with the reason, so each later reference to them is reported cheaply.
    private var brokenTargets: [RefTarget: (message: String, hint: String?)] = [:]
    private var pending: [(reference: Reference, kind: ComponentKind)] = []

    init(reader: SpecReader, log: DiagnosticLog) {
        self.reader = reader
        self.log = log
    }

    func resolve(rootPath: String) -> ResolvedDocument? {
        let path = URL(fileURLWithPath: rootPath).standardizedFileURL.path
        var root: Node
        do {
            root = try reader.read(contentsOf: path, as: files.id(for: path))
        } catch {
            log.report(error)
            return nil
        }
        root = StrayReferences.inlined(root, files: files, log: &log)
        fileRoots[path] = root
        switch OpenAPIDocument.version(of: root, files: files) {
        case .failure(let error):
            log.report(error)
            return nil
        case .success(let (version, warning)):
            self.version = version
            if let warning { log.report(warning) }
        }
        let decoder = OpenAPIDecoder(files: files, filePath: path, version: version, log: log)
        let document = OpenAPIDocument(decoding: root, with: decoder)
        absorb(decoder)
        guard let document else { return nil }
        register(document.components, of: path)

        var next = 0
        while next < pending.count {
            resolve(pending[next].reference, as: pending[next].kind)
            next += 1
        }
        reportReferenceCycles()
        checkSecurityRequirements(of: document)
        return ResolvedDocument(
            document: document,
            files: files,
            components: components,
            recursiveSchemas: RecursiveSchemaFinder(components: components).recursiveSchemas()
        )
    }

    private func absorb(_ decoder: OpenAPIDecoder) {
        log = decoder.log
        pending += decoder.references
    }

    // MARK: - Components already decoded

    /// Records the document's own components as resolved targets, so local references need no second decoding.
    private func register(_ components: Components, of path: String) {
        func add<T: ReferenceableObject>(_ map: OrderedMap<RefOr<T>>) {
            for (name, value) in map {
                let target = RefTarget(path: path, pointer: JSONPointer(tokens: ["components", T.kind.section, name]))
                self.components[target] = ResolvedComponent(value)
            }
        }
        add(components.schemas)
        add(components.responses)
        add(components.parameters)
        add(components.examples)
        add(components.requestBodies)
        add(components.headers)
        add(components.securitySchemes)
        add(components.links)
        add(components.callbacks)
        add(components.pathItems)
    }

    // MARK: - One reference

    private func resolve(_ reference: Reference, as kind: ComponentKind) {
        guard let target = reference.target else { return }
        if let existing = components[target] {
            if existing.kind != kind {
                report(reference, "points at \(existing.kind.phrase), but \(kind.phrase) is expected here", kind: kind)
            }
            return
        }
        if let broken = brokenTargets[target] {
            report(reference, broken.message, hint: broken.hint, kind: kind)
            return
        }
        guard let root = loadFile(target.path, for: reference, kind: kind) else { return }

        var node = root
        var place: DocumentPlace = root["openapi"] != nil ? .document : .unconstrained
        var walked = JSONPointer(tokens: [])
        for token in target.pointer.tokens {
            guard let child = Self.child(of: node, token) else {
                let message =
                    "points at nothing: \(walked.tokens.isEmpty ? "the document" : "'#\(walked)'") has no '\(token)'"
                let hint = Self.suggestion(for: token, in: node)
                brokenTargets[target] = (message, hint)
                report(reference, message, hint: hint, kind: kind)
                return
            }
            node = child
            place = place.child(token)
            walked = walked.appending(token)
        }
        guard place.admits(kind) else {
            let message = "points at \(place.phrase), but \(kind.phrase) is expected here"
            brokenTargets[target] = (message, nil)
            report(reference, message, kind: kind)
            return
        }
        let decoder = OpenAPIDecoder(
            files: files,
            filePath: target.path,
            version: version,
            log: log,
            at: target.pointer.tokens.map(OpenAPIDecoder.PathComponent.key)
        )
        let component = ResolvedComponent.decode(node, as: kind, with: decoder)
        absorb(decoder)
        if let component { components[target] = component }
    }

    private func loadFile(_ path: String, for reference: Reference, kind: ComponentKind) -> Node? {
        if let loaded = fileRoots[path] { return loaded }
        guard fileRoots.count < reader.limits.maxFiles else {
            let message = "would make the spec more than \(reader.limits.maxFiles) files, the limit"
            brokenTargets[RefTarget(path: path, pointer: JSONPointer(tokens: []))] = (message, nil)
            report(
                reference, message, hint: "raise `limits: {files: …}` in specgen.yaml if the spec is that big",
                kind: kind)
            return nil
        }
        let id = files.id(for: path)
        guard FileManager.default.fileExists(atPath: path) else {
            fileRoots[path] = .some(nil)
            let message = "names a file that does not exist: \(path)"
            brokenTargets[RefTarget(path: path, pointer: JSONPointer(tokens: []))] = (message, nil)
            report(
                reference, message, hint: "file parts of `$ref`s are relative to the file that contains them",
                kind: kind)
            return nil
        }
        do {
            let root = try reader.read(contentsOf: path, as: id)
            fileRoots[path] = root
            return root
        } catch {
            fileRoots[path] = .some(nil)
            log.report(error)
            return nil
        }
    }

    /// Reports a broken reference at its `$ref`. Examples do not shape generated code, so theirs are warnings.
    private func report(_ reference: Reference, _ problem: String, hint: String? = nil, kind: ComponentKind) {
        let location = files.location(of: reference.mark)
        let message = "$ref '\(reference.raw)' \(problem)"
        if kind == .example {
            log.report(.warning(message + "; examples do not shape the generated code, so it is skipped", at: location))
        } else {
            log.report(.error(message, at: location, hint: hint))
        }
    }

    static func child(of node: Node, _ token: String) -> Node? {
        switch node.content {
        case .mapping(let entries): entries.first(where: { $0.key == token })?.value
        case .sequence(let items): Int(token).flatMap { items.indices.contains($0) ? items[$0] : nil }
        case .scalar: nil
        }
    }

    /// "did you mean 'Customer'?" when a key of `node` is a near miss for `token`.
    private static func suggestion(for token: String, in node: Node) -> String? {
        guard let keys = node.mapping?.map(\.key), !keys.isEmpty else { return nil }
        let lowered = token.lowercased()
        let best = keys.min {
            EditDistance.between($0.lowercased(), lowered) < EditDistance.between($1.lowercased(), lowered)
        }
        guard let best, EditDistance.between(best.lowercased(), lowered) <= max(2, token.count / 3) else { return nil }
        return "did you mean '\(best)'?"
    }

    // MARK: - Whole-document checks

    /// Reports chains of references that never reach an object (`a → b → a`), once per cycle.
    /// Each target is walked once: a walk stops at a target an earlier walk already finished.
    private func reportReferenceCycles() {
        var finished: Set<RefTarget> = []
        for start in components.keys.sorted() where !finished.contains(start) {
            var chain: [RefTarget] = []
            var positionInChain: [RefTarget: Int] = [:]
            var current = start
            while !finished.contains(current) {
                if let position = positionInChain[current] {
                    reportCycle(Array(chain[position...]))
                    break
                }
                if chain.count > reader.limits.maxReferenceHops {
                    reportLongChain(chain)
                    break
                }
                positionInChain[current] = chain.count
                chain.append(current)
                guard let next = components[current]?.forwardedReference?.target, components[next] != nil else { break }
                current = next
            }
            finished.formUnion(chain)
        }
    }

    private func reportLongChain(_ chain: [RefTarget]) {
        guard let first = components[chain[0]]?.forwardedReference else { return }
        log.report(
            .error(
                "$ref '\(first.raw)' starts a chain of more than \(reader.limits.maxReferenceHops) `$ref`s that only "
                    + "point at further `$ref`s, the limit",
                at: files.location(of: first.mark),
                hint: "refer to the object directly, or raise `limits: {referenceHops: …}` in specgen.yaml"
            )
        )
    }

    private func reportCycle(_ cycle: [RefTarget]) {
        guard let first = components[cycle[0]]?.forwardedReference else { return }
        let names = (cycle + [cycle[0]]).map { "#\($0.pointer)" }.joined(separator: " → ")
        log.report(
            .error(
                "reference cycle \(names) never reaches an object",
                at: files.location(of: first.mark),
                hint: "one of these must be an object, not only a `$ref`"
            )
        )
    }

    /// Security requirements must name schemes defined in `components.securitySchemes`.
    private func checkSecurityRequirements(of document: OpenAPIDocument) {
        let defined = Set(document.components.securitySchemes.keys)
        var requirements = document.security
        for item in document.paths.values {
            for (_, operation) in item.value?.operations ?? [] { requirements += operation.security ?? [] }
        }
        for requirement in requirements {
            for name in requirement.schemes.keys where !defined.contains(name) {
                log.report(
                    .error(
                        "security requirement names '\(name)', which components.securitySchemes does not define",
                        at: files.location(of: requirement.mark),
                        hint: defined.isEmpty
                            ? "define it under components.securitySchemes"
                            : "defined schemes: \(defined.sorted().joined(separator: ", "))"
                    )
                )
            }
        }
    }
}
