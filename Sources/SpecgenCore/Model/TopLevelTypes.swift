import Foundation

/// The first step of Lower: which schemas become top-level types, in the order the spec declares them, and the Swift
/// name of each. Every component schema, the inline bodies of requests, responses and webhooks, and schemas that
/// references reach elsewhere (`$defs`, other files) get one.
struct TopLevelTypes: Sendable {
    /// A schema that becomes a top-level type.
    struct Root: Sendable {
        /// The name the spec gives it (a component's key, `<operationId> Response`).
        var specName: String
        /// Its Swift name.
        var name: String
        var target: RefTarget
        var schema: RefOr<Schema>
        var role: SchemaRole
    }

    var roots: [Root]
    /// Swift names of the schemas that become top-level types, by where they are in the spec.
    var names: [RefTarget: String]
    /// Top-level names in use (and names generated code uses), so no nested type shadows one.
    var reservedNames: Set<String>
    /// Top-level types whose schemas reach themselves through references.
    var recursiveNames: Set<String>

    /// The top-level types of `resolved`: named by `typeNames` (specgen.yaml's `names.types`) where given, else from
    /// the spec's name in Swift casing; never `moduleName` (a digit-led name takes it in front: `0x` → `Stripe0x`).
    static func choose(
        in rules: SchemaRules, moduleName: String, typeNames: [String: String], log: inout DiagnosticLog
    ) -> TopLevelTypes {
        let resolved = rules.resolved
        var roots = namedSchemas(rules)
        var reserved = SwiftNaming.typesGeneratedCodeUses.union([moduleName])
        for unmatched in Set(typeNames.keys).subtracting(roots.map(\.specName)).sorted() {
            log.report(
                .warning("names.types in specgen.yaml names '\(unmatched)', which is no schema of the spec", at: nil))
        }
        var names: [RefTarget: String] = [:]
        for index in roots.indices {
            let root = roots[index]
            // `Self`, `Type`, `Protocol` and `Any` are names generated code uses, so they take a suffix, not backticks.
            let base = SwiftNaming.unescaped(
                typeNames[root.specName] ?? SwiftNaming.typeName(root.specName, in: moduleName))
            let name = SwiftNaming.unique(base, among: reserved, suffix: "Value")
            reserved.insert(name)
            names[root.target] = name
            roots[index].name = name
        }
        return TopLevelTypes(
            roots: roots, names: names, reservedNames: reserved,
            recursiveNames: Set(resolved.recursiveSchemas.compactMap { names[$0] }))
    }

    private static func namedSchemas(_ rules: SchemaRules) -> [Root] {
        let resolved = rules.resolved
        let document = resolved.document
        let path = resolved.files.allPaths[0]
        let multipartBodies = multipartBodyTargets(resolved)
        var roots: [Root] = []
        var seen: Set<RefTarget> = []
        func add(
            _ name: String, _ tokens: [String], _ schema: RefOr<Schema>, isComponent: Bool = false,
            isSent: Bool = false
        ) {
            let target = RefTarget(path: path, pointer: JSONPointer(tokens: tokens))
            let key = schema.reference?.target ?? target
            // A schema that only refers to another named one needs no name of its own at an inline place, nor does a
            // union of one such variant (`oneOf: [$ref: Error]`).
            if !isComponent, schema.reference != nil || schema.value.map(rules.isOneReferencedVariant) == true {
                return
            }
            guard seen.insert(key).inserted else { return }
            let role = SchemaRole(isEncodeOnly: isSent, binaryIsFile: multipartBodies.contains(target))
            roots.append(Root(specName: name, name: "", target: target, schema: schema, role: role))
        }
        for (name, schema) in document.components.schemas {
            add(name, ["components", "schemas", name], schema, isComponent: true)
        }
        for (name, response) in document.components.responses {
            for (mediaType, content) in response.value?.content ?? OrderedMap() {
                if let schema = content.schema {
                    add(name, ["components", "responses", name, "content", mediaType, "schema"], schema)
                }
            }
        }
        for (path, item) in document.paths {
            for (method, operation) in item.value?.operations ?? [] {
                let base = operation.operationId ?? "\(method.rawValue) \(path)"
                // The one media type the client sends (JSON, else a form, else multipart), as Personio's auth call
                // offers JSON and form bodies side by side. The client only ever encodes it.
                if let body = operation.requestBody.flatMap(resolved.resolve),
                    let (mediaType, content) = MediaTypes.sentBody(of: body),
                    let schema = content.schema, !rules.isEmptyObject(schema)
                {
                    add(
                        base + " Request",
                        ["paths", path, method.rawValue, "requestBody", "content", mediaType, "schema"], schema,
                        isSent: true)
                }
                var namedSuccess = false
                for (key, response) in operation.responses.entries {
                    // Bodies that are not JSON arrive as bytes (`BinaryBody`): no type of their own.
                    for (mediaType, content) in response.value?.content ?? OrderedMap()
                    where MediaTypes.isJSON(mediaType) {
                        guard let schema = content.schema else { continue }
                        let tokens = [
                            "paths", path, method.rawValue, "responses", "\(key)", "content", mediaType, "schema",
                        ]
                        // Error bodies are errors and say which (`GetEmployeeNotFoundError`, `GetEmployeeError` for
                        // any other status), and successes after the first say which success
                        // (`CreateJobAcceptedResponse`).
                        if StatusNames.isError(key) {
                            let status = key == .default ? "" : SwiftNaming.typeName(StatusNames.name(key))
                            add(base + " " + status + (status.hasSuffix("Error") ? "" : " Error"), tokens, schema)
                        } else {
                            let status = namedSuccess ? " " + SwiftNaming.typeName(StatusNames.name(key)) : ""
                            namedSuccess = true
                            add(base + status + " Response", tokens, schema)
                        }
                    }
                }
            }
        }
        // OpenAPI 3.1 webhooks: the requests the API sends. Their payloads become types the receiver decodes.
        for (name, item) in document.webhooks {
            for (method, operation) in item.value?.operations ?? [] {
                guard let body = operation.requestBody.flatMap(resolved.resolve),
                    let (mediaType, content) = body.content.first(where: { MediaTypes.isJSON($0.key) }),
                    let schema = content.schema
                else { continue }
                add(
                    (operation.operationId ?? name) + " Payload",
                    ["webhooks", name, method.rawValue, "requestBody", "content", mediaType, "schema"], schema)
            }
        }
        // References to schemas that sit inline somewhere else (Personio points into a response's content), in
        // `$defs`, or in other files.
        for (target, component) in resolved.components.sorted(by: { $0.key < $1.key })
        where component.kind == .schema && !seen.contains(target) {
            let tokens = target.pointer.tokens
            guard target.path != path || tokens.count > 3, let schema = component.as(Schema.self) else { continue }
            guard seen.insert(target).inserted else { continue }
            roots.append(
                Root(
                    specName: name(of: target, mainPath: path), name: "", target: target, schema: schema,
                    role: SchemaRole(isEncodeOnly: false, binaryIsFile: multipartBodies.contains(target))))
        }
        return roots
    }

    /// The schemas operations send as `multipart/form-data`: referenced ones by their target, inline ones by theirs.
    private static func multipartBodyTargets(_ resolved: ResolvedDocument) -> Set<RefTarget> {
        let path = resolved.files.allPaths[0]
        var targets: Set<RefTarget> = []
        for (route, item) in resolved.document.paths {
            for (method, operation) in item.value?.operations ?? [] {
                guard let body = operation.requestBody.flatMap(resolved.resolve) else { continue }
                for (mediaType, content) in body.content where MediaTypes.isMultipart(mediaType) {
                    guard let schema = content.schema else { continue }
                    let inline = ["paths", route, method.rawValue, "requestBody", "content", mediaType, "schema"]
                    targets.insert(
                        schema.reference?.target ?? RefTarget(path: path, pointer: JSONPointer(tokens: inline)))
                }
            }
        }
        return targets
    }

    /// The name a referenced schema outside `components/schemas` of the main file is known by: the key after
    /// `$defs` or `definitions`, the key under `components/schemas`, a top-level key of another file, or that
    /// file's name; otherwise the pointer's tokens.
    private static func name(of target: RefTarget, mainPath: String) -> String {
        let tokens = target.pointer.tokens
        if let index = tokens.lastIndex(where: { $0 == "$defs" || $0 == "definitions" }), index + 1 < tokens.count {
            return tokens[(index + 1)...].joined(separator: " ")
        }
        if tokens.count >= 3, tokens[0] == "components" { return tokens[2] }
        if target.path != mainPath {
            if tokens.isEmpty {
                return ((target.path as NSString).lastPathComponent as NSString).deletingPathExtension
            }
            if tokens.count == 1 { return tokens[0] }
        }
        return tokens.joined(separator: " ")
    }
}

/// What the values of a schema are for, which decides how its types are lowered.
struct SchemaRole: Sendable, Equatable {
    /// Only ever sent (an inline request body and its parts): its types are `Encodable` only.
    var isEncodeOnly = false
    /// A `multipart/form-data` body, whose binary strings are files (``TypeReference/fileUpload``).
    var binaryIsFile = false
}
