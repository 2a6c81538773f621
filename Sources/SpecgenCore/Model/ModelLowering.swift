import Foundation

/// Lowers a resolved document into the types of the ``IntermediateModel``: every component schema, and the
/// inline schemas of component and operation responses, become named Swift types; inline objects and enums of
/// properties become types nested in their parent. All naming happens here.
struct ModelLowering {
    let resolved: ResolvedDocument
    var log: DiagnosticLog
    /// Swift names of the schemas that become top-level types, by where they are in the spec.
    private(set) var topLevelNames: [RefTarget: String] = [:]
    /// Top-level names in use, so nested types never shadow one.
    private(set) var reservedNames: Set<String> = []
    /// Top-level types whose schemas reach themselves through references.
    private var recursiveTypeNames: Set<String> = []
    /// The item type of each top-level type that is a list page (`GetChargesResponse` → `Charge`), for auto-paging.
    private(set) var listItemTypes: [String: TypeReference] = [:]
    /// The properties of every struct, top-level or nested, by qualified name: how paging finds a page's links.
    private(set) var structureProperties: [String: [Property]] = [:]
    /// Whether the types being lowered belong to an inline request body, so they are only ever encoded.
    private var isLoweringRequestBody = false
    /// Whether the types being lowered are `multipart/form-data` bodies, whose binary strings are files.
    private var isLoweringMultipart = false
    /// The components whose properties are being copied into the type being lowered (the root, and every `allOf`
    /// part merged inline on the way down): an `allOf` that reaches one of them again would copy forever.
    private var componentsBeingMerged: [RefTarget] = []

    /// Schemas already warned about for what they say that is not generated, by position (a schema can be lowered
    /// more than once).
    private var reportedSchemas: Set<Mark> = []

    /// Type names chosen in specgen.yaml, by schema name.
    private let typeNames: [String: String]
    /// The generated module's name, which is also the client type's: no model takes it, and a digit-led schema
    /// name takes it in front (`0x` → `Stripe0x`).
    private let moduleName: String
    /// The rules of the API's vendor.
    let conventions: any Conventions

    init(
        resolved: ResolvedDocument, log: DiagnosticLog, moduleName: String, typeNames: [String: String] = [:],
        conventions: any Conventions = GenericConventions()
    ) {
        self.resolved = resolved
        self.moduleName = moduleName
        self.log = log
        self.typeNames = typeNames
        self.conventions = conventions
    }

    /// The top-level types, in the order the spec declares their schemas.
    mutating func lowerTypes() -> [NamedType] {
        let roots = namedSchemas()
        reservedNames = SwiftNaming.typesGeneratedCodeUses.union([moduleName])
        for unmatched in Set(typeNames.keys).subtracting(roots.map(\.name)).sorted() {
            log.report(
                .warning("names.types in specgen.yaml names '\(unmatched)', which is no schema of the spec", at: nil))
        }
        for root in roots {
            // `Self`, `Type`, `Protocol` and `Any` are names generated code uses, so they take a suffix, not backticks.
            let base = SwiftNaming.unescaped(typeNames[root.name] ?? SwiftNaming.typeName(root.name, in: moduleName))
            let name = SwiftNaming.unique(base, among: reservedNames, suffix: "Value")
            reservedNames.insert(name)
            topLevelNames[root.target] = name
        }
        recursiveTypeNames = Set(resolved.recursiveSchemas.compactMap { topLevelNames[$0] })
        let multipartBodies = multipartBodyTargets()
        var aliasRenames: [String: String] = [:]
        let types = roots.flatMap { root -> [NamedType] in
            guard let name = topLevelNames[root.target] else { return [] }
            // The bodies of the requests the client sends; a webhook's body is received, so it decodes.
            let tokens = root.target.pointer.tokens
            isLoweringRequestBody = tokens.count > 3 && tokens[0] == "paths" && tokens[3] == "requestBody"
            isLoweringMultipart = multipartBodies.contains(root.target)
            componentsBeingMerged = [root.target]
            defer {
                isLoweringRequestBody = false
                isLoweringMultipart = false
                componentsBeingMerged = []
            }
            let type = lowerNamed(root.schema, name: name, qualifiedName: name, origin: "#\(root.target.pointer)")
            return AliasMembers.hoist(type, taken: &reservedNames, renames: &aliasRenames)
        }
        if !aliasRenames.isEmpty { applyRenames(aliasRenames) }
        /// The schema a top-level type (or one nested in it: `Loop.Variant2`) was lowered from.
        func root(of typeName: String) -> NamedSchema? {
            let topLevel = String(typeName.split(separator: ".").first ?? "")
            return roots.first { topLevelNames[$0.target] == topLevel }
        }
        func location(of root: NamedSchema?) -> SourceLocation? {
            root?.schema.value.map { resolved.files.location(of: $0.mark) } ?? nil
        }
        let (wrapped, meaningless) = Self.wrappingSelfReferentialAliases(types)
        for root in roots where meaningless.contains(topLevelNames[root.target] ?? "") {
            log.report(
                .warning(
                    "'\(root.name)' is only itself (a reference or one-branch oneOf back to it): generated as JSONValue",
                    at: location(of: root), hint: "say what its values are: a type, properties or items"))
        }
        let (acyclic, dropped) = UnionCycles.droppingBranchesThatLeadBack(wrapped)
        for branch in dropped {
            log.report(
                .warning(
                    "branch '\(branch.caseName)' of \(branch.union) leads back to \(branch.union) itself: not generated "
                        + "(the union's other branches take every value it would)",
                    at: location(of: root(of: branch.union))))
        }
        return RecursiveUnions.markingIndirect(acyclic)
    }

    /// `typealias Tree = [String: Tree]` does not compile: an alias that reaches itself through its target and other
    /// aliases becomes a wrapper struct, which breaks the cycle. An alias that reaches itself outside any array or map
    /// (`X: {oneOf: [{$ref: X}]}`) describes no value at all; it becomes `JSONValue`, and its name is returned.
    static func wrappingSelfReferentialAliases(_ types: [NamedType]) -> (types: [NamedType], meaningless: Set<String>) {
        var aliasTargets: [String: TypeReference] = [:]
        for type in types { if case .alias(let target) = type.kind { aliasTargets[type.name] = target } }
        func reaches(_ start: String, through links: (TypeReference) -> [String]) -> Bool {
            func next(_ name: String) -> [String] { aliasTargets[name].map(links) ?? [] }
            return TypeTree.reaches(start, from: next(start), links: next)
        }
        var meaningless: Set<String> = []
        let types = types.map { type in
            guard case .alias(let target) = type.kind, reaches(type.name, through: \.namedTypes) else { return type }
            var wrapper = type
            if reaches(type.name, through: \.typesHeldInline) {
                meaningless.insert(type.name)
                wrapper.kind = .alias(.jsonValue)
            } else {
                wrapper.kind = .wrapper(target)
            }
            return wrapper
        }
        return (types, meaningless)
    }

    /// Points what was recorded under old qualified names (``structureProperties``, ``listItemTypes``) at the new ones.
    private mutating func applyRenames(_ renames: [String: String]) {
        let rename = { (name: String) in AliasMembers.renamed(name, by: renames) }
        structureProperties = Dictionary(
            structureProperties.map { name, properties in
                (
                    rename(name),
                    properties.map { property in
                        var property = property
                        property.type = property.type.mapNamed(rename)
                        return property
                    }
                )
            }, uniquingKeysWith: { first, _ in first })
        listItemTypes = Dictionary(
            listItemTypes.map { (rename($0.key), $0.value.mapNamed(rename)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The schemas operations send as `multipart/form-data`: referenced ones by their target, inline ones by theirs.
    private func multipartBodyTargets() -> Set<RefTarget> {
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

    // MARK: - Which schemas get top-level names

    private struct NamedSchema {
        var name: String
        var target: RefTarget
        var schema: RefOr<Schema>
    }

    private func namedSchemas() -> [NamedSchema] {
        let document = resolved.document
        let path = resolved.files.allPaths[0]
        var roots: [NamedSchema] = []
        var seen: Set<RefTarget> = []
        func add(_ name: String, _ tokens: [String], _ schema: RefOr<Schema>) {
            let target = RefTarget(path: path, pointer: JSONPointer(tokens: tokens))
            let key = schema.reference?.target ?? target
            // A schema that only refers to another named one needs no name of its own at an inline place.
            if tokens.first != "components" || tokens[1] != "schemas", schema.reference != nil { return }
            guard seen.insert(key).inserted else { return }
            roots.append(NamedSchema(name: name, target: target, schema: schema))
        }
        for (name, schema) in document.components.schemas { add(name, ["components", "schemas", name], schema) }
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
                // offers JSON and form bodies side by side.
                if let body = operation.requestBody.flatMap(resolved.resolve),
                    let (mediaType, content) = MediaTypes.sentBody(of: body),
                    let schema = content.schema, !isEmptyObject(schema)
                {
                    add(
                        base + " Request",
                        ["paths", path, method.rawValue, "requestBody", "content", mediaType, "schema"], schema)
                }
                for (key, response) in operation.responses.entries {
                    // Bodies that are not JSON arrive as bytes (`BinaryBody`): no type of their own.
                    for (mediaType, content) in response.value?.content ?? OrderedMap()
                    where MediaTypes.isJSON(mediaType) {
                        guard let schema = content.schema else { continue }
                        let tokens = [
                            "paths", path, method.rawValue, "responses", "\(key)", "content", mediaType, "schema",
                        ]
                        // Error bodies say which error: `GetEmployeeNotFoundResponse`.
                        let status = StatusNames.isError(key) ? " " + SwiftNaming.typeName(StatusNames.name(key)) : ""
                        add(base + status + " Response", tokens, schema)
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
            roots.append(NamedSchema(name: Self.name(of: target, mainPath: path), target: target, schema: schema))
        }
        return roots
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

    // MARK: - Named types

    private mutating func lowerNamed(
        _ schema: RefOr<Schema>,
        name: String,
        qualifiedName: String,
        origin: String
    ) -> NamedType {
        var nested: [NamedType] = []
        guard case .value(let value) = schema else {
            let type = typeReference(schema, parent: qualifiedName, property: name, nested: &nested)
            return NamedType(
                name: name,
                origin: origin,
                documentation: schema.reference?.description,
                isDeprecated: false,
                kind: .alias(type),
                nestedTypes: nested,
                isEncodeOnly: isLoweringRequestBody
            )
        }
        let merged = mergedAllOf(value)
        reportUngenerated(value)
        let kind: NamedType.Kind
        var itemTypes: [NamedType] = []
        if let items = conventions.listItems(of: merged, resolve: resolved.resolve),
            case let item = typeReference(items, parent: qualifiedName, property: "item", nested: &itemTypes),
            itemTypes.isEmpty
        {
            // A type alias cannot hold nested types, so lists of inline items stay structs.
            listItemTypes[qualifiedName] = item
            kind = .alias(.listPage(item))
        } else if let enumeration = enumeration(merged) {
            kind = .enumeration(enumeration)
        } else if let variants = unionVariants(merged),
            conventions.variantsWithoutClearMarker(variants, resolve: resolved.resolve) != nil
        {
            kind = .alias(typeReference(.value(merged), parent: qualifiedName, property: "Value", nested: &nested))
        } else if let variants = unionVariants(merged), variants.count > 1 {
            kind = .union(lowerUnion(merged, variants: variants, qualifiedName: qualifiedName, nested: &nested))
        } else if isStructure(merged) {
            let properties = lowerProperties(merged, qualifiedName: qualifiedName, nested: &nested)
            structureProperties[qualifiedName] = properties
            kind = .structure(properties)
        } else {
            kind = .alias(typeReference(.value(merged), parent: qualifiedName, property: "Value", nested: &nested))
        }
        return NamedType(
            name: name,
            origin: origin,
            documentation: merged.description,
            isDeprecated: merged.isDeprecated,
            kind: kind,
            nestedTypes: nested,
            title: merged.title,
            isEncodeOnly: isLoweringRequestBody
        )
    }

    private mutating func lowerProperties(
        _ schema: Schema,
        qualifiedName: String,
        nested: inout [NamedType]
    ) -> [Property] {
        // Every struct is `Hashable`: a property spelled `hashValue` would be taken for the deprecated requirement.
        var usedMemberNames: Set<String> = ["hashValue"]
        var properties: [Property] = []
        for (key, propertySchema) in schema.properties {
            let resolvedProperty = resolved.resolve(propertySchema)
            let isRequired = schema.required.contains(key)
            let isNullable = resolvedProperty.map(isNullable) ?? false
            var type = typeReference(propertySchema, parent: qualifiedName, property: key, nested: &nested)
            if !isRequired || isNullable { type = .optional(type) }
            var wrapper: Property.Wrapper?
            if type.unwrapped == .unixTime {
                wrapper = .unixTime
                type = type.isOptional ? .optional(.date) : .date
            } else if case .named(let typeName) = type.unwrapped, recursiveTypeNames.contains(typeName) {
                wrapper = .indirect
            }
            let name = SwiftNaming.unique(SwiftNaming.memberName(key), among: usedMemberNames)
            usedMemberNames.insert(name)
            properties.append(
                Property(
                    name: name,
                    key: key,
                    type: type,
                    documentation: propertySchema.reference?.description ?? resolvedProperty?.description,
                    isDeprecated: resolvedProperty?.isDeprecated ?? false,
                    encodesNull: isRequired && isNullable,
                    wrapper: wrapper,
                    defaultLiteral: (resolvedProperty?.defaultValue ?? resolvedProperty?.const).flatMap {
                        Self.literal($0, for: type.unwrapped, among: nested)
                    }
                )
            )
        }
        return properties
    }

    // MARK: - Type references

    /// The Swift type for a schema at a property (or array element); inline objects and enums are appended to
    /// `nested` as types named after the property.
    mutating func typeReference(
        _ schema: RefOr<Schema>,
        parent: String,
        property: String,
        nested: inout [NamedType]
    ) -> TypeReference {
        if case .reference(let reference) = schema {
            if let target = reference.target, let name = topLevelNames[target] { return .named(name) }
            guard let value = resolved.resolve(schema) else { return .jsonValue }
            return typeReference(.value(value), parent: parent, property: property, nested: &nested)
        }
        guard case .value(let value) = schema else { return .jsonValue }
        let merged = mergedAllOf(value)
        reportUngenerated(value)
        if merged.allOf.count == 1, merged.properties.isEmpty, case .reference = merged.allOf[0] {
            return typeReference(merged.allOf[0], parent: parent, property: property, nested: &nested)
        }
        if let objects = conventions.expansionTargets(of: merged, resolve: { resolved.resolve($0) }) {
            var union = merged
            union.anyOf = objects
            union.extensions["x-expansionResources"] = nil
            return .expandable(typeReference(.value(union), parent: parent, property: property, nested: &nested))
        }
        let variants = unionVariants(merged)
        if let items = conventions.listItems(of: merged, resolve: resolved.resolve) {
            return .listPage(typeReference(items, parent: parent, property: singular(property), nested: &nested))
        }
        if let variants, let kept = conventions.variantsWithoutClearMarker(variants, resolve: resolved.resolve) {
            var value = merged
            value.oneOf = []
            value.anyOf = kept
            return .clearable(typeReference(.value(value), parent: parent, property: property, nested: &nested))
        }
        if let variants, variants.count == 1 {
            return typeReference(variants[0], parent: parent, property: property, nested: &nested)
        }
        let mergedComponents = value.allOf.compactMap { $0.reference?.target }
        if let cycle = mergedComponents.first(where: componentsBeingMerged.contains), let name = topLevelNames[cycle] {
            log.report(
                .warning(
                    "allOf includes \(name), which includes this schema: generated as \(name), without the other parts",
                    at: resolved.files.location(of: value.mark),
                    hint: "give the combination a name under components.schemas and refer to it"))
            return .named(name)
        }
        if isEnumeration(merged, property: property) || isStructure(merged) || (variants?.count ?? 0) > 1 {
            componentsBeingMerged += mergedComponents
            defer { componentsBeingMerged.removeLast(mergedComponents.count) }
            let siblings = Set(nested.map(\.name))
            let ancestors = Set(parent.split(separator: ".").map(String.init))
            let name = SwiftNaming.unique(nestedTypeName(property, in: parent), suffix: "Value") {
                siblings.contains($0) || ancestors.contains($0) || reservedNames.contains($0)
            }
            let qualified = parent + "." + name
            nested.append(lowerNamed(.value(merged), name: name, qualifiedName: qualified, origin: qualified))
            return .named(qualified)
        }
        switch merged.types.first ?? Self.type(ofConstant: merged.const) {
        case .string:
            switch merged.format {
            case "date-time": return .date
            case "unix-time": return .unixTime
            case "uri", "url": return .url
            case "binary" where isLoweringMultipart: return .fileUpload
            case "byte", "binary": return .data
            case "decimal": return .decimal
            default: return .string
            }
        case .integer:
            switch merged.format {
            case "unix-time": return .unixTime
            case "int32": return .int32
            default: return .int
            }
        case .number:
            return merged.format == "float" ? .float : .double
        case .boolean:
            return .bool
        case .array:
            guard let items = merged.items else { return .array(.jsonValue) }
            return .array(typeReference(items, parent: parent, property: singular(property), nested: &nested))
        case .object, nil:
            if case .schema(let values) = merged.additionalProperties {
                return .dictionary(typeReference(values, parent: parent, property: singular(property), nested: &nested))
            }
            return .jsonValue
        case .null:
            return .jsonValue
        }
    }

    /// Warns, once per schema, about what it says that the generated type does not: JSON Schema's conditionals and
    /// dependencies, tuples, pattern-named members and `not`, with what is generated instead.
    private mutating func reportUngenerated(_ schema: Schema) {
        var notes: [String] = []
        if !schema.ungeneratedKeywords.isEmpty {
            let keywords = schema.ungeneratedKeywords.map { "'\($0)'" }.joined(separator: ", ")
            notes.append("\(keywords) not generated: values are read by the schema's other keywords only")
        }
        if !schema.prefixItems.isEmpty, schema.items == nil {
            notes.append("'prefixItems' (a tuple) is generated as an array of JSONValue")
        }
        if !schema.patternProperties.isEmpty, !schema.properties.isEmpty {
            notes.append("'patternProperties' not generated: members the pattern names are not kept")
        }
        if !schema.properties.isEmpty, case .schema(let values) = schema.additionalProperties,
            !(values.value?.constrainsNothing ?? false)
        {
            notes.append(
                "'additionalProperties' beside 'properties' not generated: members other than the properties are not kept"
            )
        }
        if schema.not != nil { notes.append("'not' not generated: the type accepts what the other keywords describe") }
        guard !notes.isEmpty, reportedSchemas.insert(schema.mark).inserted else { return }
        log.report(.warning(notes.joined(separator: "; "), at: resolved.files.location(of: schema.mark)))
    }

    /// The JSON type of a `const` value, for a schema that pins one without naming a type.
    private static func type(ofConstant constant: Node?) -> Schema.JSONType? {
        switch constant?.scalar?.kind {
        case .string: .string
        case .integer: .integer
        case .float: .number
        case .boolean: .boolean
        case .null, nil: nil
        }
    }

    /// A default value as Swift literal text for a scalar or enum type; `nil` for anything else.
    static func literal(_ node: Node, for type: TypeReference, among nested: [NamedType]) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else { return nil }
        switch type {
        case .named(let name):
            let shortName = String(name.split(separator: ".").last ?? "")
            guard case .enumeration(let enumeration)? = nested.first(where: { $0.name == shortName })?.kind else {
                return nil
            }
            let literal = enumeration.rawType == .integer ? scalar.value : SwiftLiteral.string(scalar.value)
            return enumeration.cases.first(where: { $0.literal == literal }).map { "." + $0.name }
        case .string: return SwiftLiteral.string(scalar.value)
        case .int, .int32: return scalar.int.map(String.init)
        case .bool: return scalar.bool.map { $0 ? "true" : "false" }
        case .double, .float: return scalar.double.map { "\($0)" }
        default: return nil
        }
    }

    /// Whether `schema` is `{type: object}` or `{}` as written, without looking into its `allOf` parts (which may lead
    /// back to the schema being merged).
    private func isBareObject(_ schema: RefOr<Schema>) -> Bool {
        guard let value = resolved.resolve(schema) else { return false }
        return value.allOf.isEmpty && Self.holdsNoMembers(value)
    }

    /// An object schema with nothing in it, as Stripe declares for the bodies of its GET operations.
    func isEmptyObject(_ schema: RefOr<Schema>) -> Bool {
        guard let value = resolved.resolve(schema) else { return false }
        return Self.holdsNoMembers(mergedAllOf(value))
    }

    /// No properties, no values of additional ones, no variants, and no type but `object`.
    private static func holdsNoMembers(_ schema: Schema) -> Bool {
        var hasValues = false
        if case .schema = schema.additionalProperties { hasValues = true }
        return schema.properties.isEmpty && !hasValues && schema.oneOf.isEmpty && schema.anyOf.isEmpty
            && (schema.types.isEmpty || schema.types == [.object])
    }

    // MARK: - Shapes

    private func isStructure(_ schema: Schema) -> Bool {
        !schema.properties.isEmpty && (schema.types.isEmpty || schema.types == [.object])
    }

    /// An open enum for a string or integer schema with listed values (`enum`, or Stripe's `x-stripeEnum`), except
    /// Stripe's constant `object` tag, which stays a plain string.
    func enumeration(_ schema: Schema, property: String? = nil) -> Enumeration? {
        guard let (rawType, values) = enumerationValues(schema, property: property) else { return nil }
        // `unknown` is the catch-all case; `none` and `some` would read as `Optional`'s in an optional context.
        // `unknown` holds values this client does not know; the rest are members every open enum has.
        var used: Set<String> = ["unknown", "none", "some", "rawValue", "allCases", "hashValue"]
        var literals: Set<String> = []
        var cases: [Enumeration.Case] = []
        for value in values {
            let literal = rawType == .integer ? value : SwiftLiteral.string(value)
            // A value listed twice is one case.
            guard literals.insert(literal).inserted else { continue }
            let base =
                rawType == .integer
                ? SwiftNaming.memberName("value " + value.replacingOccurrences(of: "-", with: "minus "))
                : SwiftNaming.memberName(value.isEmpty ? "empty" : value)
            let name = SwiftNaming.unique(base, among: used, suffix: "Value")
            used.insert(name)
            cases.append(Enumeration.Case(name: name, literal: literal, documentation: nil))
        }
        return Enumeration(rawType: rawType, cases: cases)
    }

    /// Whether ``enumeration(_:property:)`` makes an enum of the schema, without naming its cases.
    func isEnumeration(_ schema: Schema, property: String? = nil) -> Bool {
        enumerationValues(schema, property: property) != nil
    }

    /// The raw type and the listed values an enum is made of (integers as their decimal text); `nil` when the schema
    /// is no enum.
    private func enumerationValues(_ schema: Schema, property: String?) -> (Enumeration.RawType, [String])? {
        guard let values = schema.enumValues ?? conventions.enumValues(of: schema), !values.isEmpty,
            schema.types.first != .boolean,
            !conventions.isObjectTag(property ?? "", values: values)
        else { return nil }
        let scalars = values.compactMap { value in value.scalar.flatMap { $0.isNull ? nil : $0 } }
        // Numbers are integer enums when every value is a whole number; other numbers stay `Double`s.
        let rawType: Enumeration.RawType
        switch schema.types.first {
        case .integer: rawType = .integer
        case .number:
            guard scalars.allSatisfy({ $0.int != nil }) else { return nil }
            rawType = .integer
        default: rawType = .string
        }
        let texts = scalars.compactMap { scalar -> String? in
            rawType == .integer ? scalar.int.map { "\($0)" } : scalar.value
        }
        return texts.isEmpty ? nil : (rawType, texts)
    }

    /// `allOf` parts that are inline objects or references to objects, merged into one schema with their
    /// properties and required lists; other keywords of the parent win. A lone `allOf` reference stays one (the
    /// type it names); a lone inline part is merged (Personio's `DocumentUploadSuccessResponse`).
    func mergedAllOf(_ schema: Schema) -> Schema {
        var schema = schema
        // `allOf: [{$ref: X}, {}]` is `X`: a part that constrains nothing adds nothing.
        schema.allOf.removeAll { if case .value(let part) = $0 { part.constrainsNothing } else { false } }
        let isLoneReference: Bool
        if schema.allOf.count == 1, case .reference = schema.allOf[0] {
            isLoneReference = true
        } else {
            isLoneReference = false
        }
        guard schema.allOf.count > 1 || (schema.allOf.count == 1 && (!schema.properties.isEmpty || !isLoneReference))
        else { return schema }
        var merged = schema
        merged.allOf = []
        for part in schema.allOf {
            guard let partSchema = resolved.resolve(part) else { continue }
            let flattened = mergedAllOf(partSchema)
            for (key, value) in flattened.properties {
                // A part may narrow what an earlier one left open: Personio's `Response` has `data: {type: object}`,
                // which `EmployeesResponse` makes an array.
                if let existing = merged.properties[key], !isBareObject(existing) || schema.properties[key] != nil {
                    continue
                }
                merged.properties[key] = value
            }
            merged.required += flattened.required.filter { !merged.required.contains($0) }
            if merged.types.isEmpty { merged.types = flattened.types }
            if merged.description == nil { merged.description = flattened.description }
        }
        return merged
    }

    // MARK: - Names

    func nestedTypeName(_ property: String, in parent: String) -> String {
        let name = SwiftNaming.unescaped(SwiftNaming.typeName(property, in: parent))
        // `Foo.Type` is Swift's metatype syntax.
        if name == "Type" { return "Kind" }
        return SwiftNaming.typesGeneratedCodeUses.contains(name) ? name + "Value" : name
    }

    /// `items` → `item`, `categories` → `category`; otherwise `…Item`.
    private func singular(_ property: String) -> String {
        if property.hasSuffix("ies") { return String(property.dropLast(3)) + "y" }
        if property.hasSuffix("s"), !property.hasSuffix("ss") { return String(property.dropLast()) }
        return property + "_item"
    }
}
