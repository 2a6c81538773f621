import Foundation

/// The last step of Lower: the paths of a resolved document become the ``ClientModel``, on top of the lowered types.
/// Operations are grouped into resources by their static path segments (`/v2/core/event_destinations/{id}/ping` →
/// `v2.core.eventDestinations.ping(id:)`) and named as REST SDKs name them: `list`, `create`, `retrieve`, `update`,
/// `delete`, or the action. Inline parameter and body schemas become types nested in their resource.
struct ClientLowering {
    /// The model's types, after every pass over them.
    private let lowered: LoweredTypes
    /// Lowers the schemas operations hold inline (parameters, bodies without a top-level type).
    private let schemas: TypeLowering
    private let clientName: String
    private let names: NamingOverrides
    /// The operations to lower (specgen.yaml's `include`).
    private let include: OperationFilter
    private var log: DiagnosticLog
    /// The error body all operations share (``ClientModel/errorBody``), for operations that document none.
    var sharedErrorBody: TypeReference = .jsonValue
    /// Enums of bodies by status named so far, qualified by their resource.
    var claimedStatusEnumNames: Set<String> = []
    /// Security schemes already warned about as not generated.
    private var reportedSchemes: Set<String> = []

    private var rules: SchemaRules { schemas.rules }
    var resolved: ResolvedDocument { schemas.rules.resolved }
    var reservedNames: Set<String> { lowered.reservedNames }

    /// The client of `lowered`'s API, named `clientName`, with specgen.yaml's `names`, of the operations `include`
    /// names; diagnostics are added to `log`.
    static func lower(
        _ lowered: LoweredTypes, rules: SchemaRules, clientName: String, names: NamingOverrides = NamingOverrides(),
        include: OperationFilter = OperationFilter(), log: DiagnosticLog
    ) -> (client: ClientModel, log: DiagnosticLog) {
        var lowering = ClientLowering(
            lowered: lowered,
            schemas: TypeLowering(rules: rules, topLevel: lowered.topLevel, reservedNames: lowered.reservedNames),
            clientName: clientName, names: names, include: include, log: log)
        let client = lowering.lowerClient()
        return (client, lowering.log)
    }

    private init(
        lowered: LoweredTypes, schemas: TypeLowering, clientName: String, names: NamingOverrides,
        include: OperationFilter, log: DiagnosticLog
    ) {
        self.lowered = lowered
        self.schemas = schemas
        self.clientName = clientName
        self.names = names
        self.include = include
        self.log = log
    }

    /// One operation before it is placed in the tree.
    private struct Placed {
        var resourcePath: [String]
        var operation: ClientModel.Operation
        var headerKeys: Set<String>
    }

    private mutating func lowerClient() -> ClientModel {
        let document = resolved.document
        sharedErrorBody = errorBody(document)
        var placed: [Placed] = []
        var nestedByResource: [[String]: [NamedType]] = [:]
        var operationIDs: Set<String> = []
        var segments: Set<String> = []
        var placements: [Placement] = []
        let collections = OperationNaming.collectionPaths(document.paths.map(\.key))
        for (path, item) in document.paths {
            guard let item = item.value else { continue }
            let (wirePath, fragment) = OperationNaming.wirePath(ofKey: path)
            for (method, operation) in item.operations
            where include.includes(path: wirePath, operationID: operation.operationId, tags: operation.tags) {
                var (resourcePath, name) = Self.place(
                    path: wirePath, method: method,
                    isCollection: collections.contains(OperationNaming.shape(of: wirePath)))
                if let fragment {
                    name = SwiftNaming.memberName(fragment)
                } else if let action = OperationNaming.summaryAction(operation.summary, conventionalName: name) {
                    name = action
                }
                placements.append(
                    Placement(
                        path: path, wirePath: wirePath, item: item, method: method, operation: operation,
                        resourcePath: resourcePath, name: name))
            }
        }
        let moved = rules.conventions.placements(
            placements.map {
                OperationPlacement(
                    wirePath: $0.wirePath, method: $0.method, description: $0.operation.description,
                    response: successSchema($0.operation), resourcePath: $0.resourcePath, name: $0.name)
            }, in: resolved)
        for (index, placement) in moved.enumerated() {
            placements[index].resourcePath = placement.resourcePath
            placements[index].name = placement.name
        }
        Self.collapseLoneReads(&placements)
        nameSingleReads(&placements)
        Self.nameCollisions(&placements)
        let resourceTypes = resourceTypeNames(placements.map(\.resourcePath))
        var childResourceTypes: [[String]: Set<String>] = [:]
        for (path, name) in resourceTypes where !path.isEmpty {
            childResourceTypes[path.dropLast(), default: []].insert(String(name.split(separator: ".").last!))
        }
        for placement in placements {
            var name = placement.name
            if let id = placement.operation.operationId {
                operationIDs.insert(id)
                name = names.operations[id] ?? name
            }
            segments.formUnion(placement.resourcePath)
            var nested = nestedByResource[placement.resourcePath] ?? []
            let lowered = lower(
                placement.operation, method: placement.method, path: placement.path, wirePath: placement.wirePath,
                item: placement.item, name: name, in: resourceTypes[placement.resourcePath] ?? clientName,
                beside: childResourceTypes[placement.resourcePath] ?? [], nested: &nested)
            nestedByResource[placement.resourcePath] = nested
            placed.append(
                Placed(
                    resourcePath: placement.resourcePath, operation: lowered,
                    headerKeys: Set(lowered.headerParameters.filter(\.isScalar).map(\.key))))
        }
        reportUnmatched(include, in: document)
        for unmatched in Set(names.operations.keys).subtracting(operationIDs).sorted() {
            log.report(
                .warning(
                    "names.operations in specgen.yaml names '\(unmatched)', which is no operationId of the spec",
                    at: nil)
            )
        }
        for unmatched in Set(names.resources.keys).subtracting(segments).sorted() {
            log.report(
                .warning(
                    "names.resources in specgen.yaml names '\(unmatched)', which is no path segment of the spec",
                    at: nil)
            )
        }
        // Headers every operation takes become client settings.
        let common = placed.map(\.headerKeys).reduce(placed.first?.headerKeys ?? []) { $0.intersection($1) }
        var commonHeaders = placed.first?.operation.headerParameters.filter { common.contains($0.key) } ?? []
        if let version = rules.conventions.versionHeader(of: document.info), !common.contains(version.key) {
            commonHeaders.append(
                ClientModel.Parameter(
                    name: version.argument,
                    key: version.key,
                    type: .optional(.string),
                    documentation: "The API version: by default this client's, `nil` for the account's default.",
                    isRequired: false,
                    explode: false,
                    defaultLiteral: SwiftLiteral.string(version.version),
                    isEnumeration: false,
                    style: .simple,
                    isUnixTime: false
                ))
        }
        for index in placed.indices {
            placed[index].operation.headerParameters.removeAll { common.contains($0.key) }
        }
        var root = ResourceNode()
        for item in placed { root.insert(item.operation, at: item.resourcePath) }
        root.rename(names.resources)
        var client = ClientModel(
            name: clientName,
            documentation: document.info.description ?? document.info.title,
            defaultServerURL: document.servers.first.map(Self.serverURL),
            authentication: authentication(document),
            commonHeaders: commonHeaders,
            errorBody: sharedErrorBody,
            resources: root.children(typeNames: resourceTypes, nested: nestedByResource, path: []),
            operations: root.operations
        )
        client.nestedTypes = nestedByResource[[]] ?? []
        client.optionHeaders = rules.conventions.optionHeaders
        client.retryAdviceHeader = rules.conventions.retryAdviceHeader
        client.otherServers = Self.otherServers(of: placed.map(\.operation))
        return client
    }

    /// Warns of each entry of specgen.yaml's `include` that names no operation of `document`, at the entry.
    private mutating func reportUnmatched(_ include: OperationFilter, in document: OpenAPIDocument) {
        guard !include.includesEverything else { return }
        let operations = document.paths.flatMap { path, item in
            (item.value?.operations ?? []).map { (OperationNaming.wirePath(ofKey: path).path, $0.operation) }
        }
        for entry in include.paths
        where !operations.contains(where: { OperationFilter.path($0.0, startsWith: entry.value) }) {
            log.report(
                .warning(
                    "include.paths names '\(entry.value)', which no path of the spec starts with", at: entry.location))
        }
        for entry in include.operations where !operations.contains(where: { $0.1.operationId == entry.value }) {
            log.report(
                .warning(
                    "include.operations names '\(entry.value)', which is no operationId of the spec", at: entry.location
                ))
        }
        for entry in include.tags where !operations.contains(where: { $0.1.tags.contains(entry.value) }) {
            log.report(
                .warning("include.tags names '\(entry.value)', which tags no operation of the spec", at: entry.location)
            )
        }
    }

    /// Names an operation's method already uses for its own arguments, locals and members: the per-call options,
    /// the request body, the request being built, the resource's `client`, and `self` (which the client's init,
    /// taking the headers every operation sends, assigns through).
    static let namesOperationBodiesUse: Set<String> = ["options", "body", "request", "client", "`self`"]

    // MARK: - Placing operations

    /// Where an operation goes, before it is lowered.
    private struct Placement {
        /// The spec's path key, which pointers into the operation use.
        var path: String
        /// The path requests go to: the key without a `#fragment`.
        var wirePath: String
        var item: PathItem
        var method: PathItem.Method
        var operation: Operation
        var resourcePath: [String]
        var name: String
    }

    /// A read of one thing of an item that its resource has nothing else for — GET
    /// `/employees/{employee_id}/profile-picture/{width}` — becomes a method of the item's resource named after the
    /// thing: `employees.profilePicture(employeeID:width:)`, not `employees.profilePicture.retrieve(…)`. Kept as it is
    /// when the parent already has a member of that name.
    private static func collapseLoneReads(_ placements: inout [Placement]) {
        var operationCounts: [[String]: Int] = [:]
        for placement in placements { operationCounts[placement.resourcePath, default: 0] += 1 }
        let resourcePaths = Set(operationCounts.keys)
        for index in placements.indices {
            let placement = placements[index]
            let segments = OperationNaming.segments(of: placement.wirePath)
            let isParameter = OperationNaming.isParameter
            guard placement.method == .get, placement.name == "retrieve", segments.count >= 3,
                operationCounts[placement.resourcePath] == 1,
                isParameter(segments[segments.count - 1]), !isParameter(segments[segments.count - 2]),
                isParameter(segments[segments.count - 3]),
                !resourcePaths.contains(where: {
                    $0.count > placement.resourcePath.count
                        && Array($0.prefix(placement.resourcePath.count)) == placement.resourcePath
                })
            else { continue }
            let parent = Array(placement.resourcePath.dropLast())
            let name = SwiftNaming.memberName(segments[segments.count - 2])
            let taken = placements.contains { other in
                other.resourcePath == parent && other.name == name
                    || (other.resourcePath.count > parent.count
                        && Array(other.resourcePath.prefix(parent.count)) == parent
                        && other.resourcePath != placement.resourcePath
                        && SwiftNaming.memberName(other.resourcePath[parent.count]) == name)
            }
            guard !taken else { continue }
            placements[index].resourcePath = parent
            placements[index].name = name
        }
    }

    /// A GET of a static path that answers one object rather than a list — `GET /v1/balance`, `GET /v1/account`,
    /// `GET /v1/quotes/{quote}/pdf` — is `retrieve`, as Stripe's SDKs name it, not `list`; unless its resource already
    /// has a `retrieve`.
    private func nameSingleReads(_ placements: inout [Placement]) {
        var taken: [[String]: Set<String>] = [:]
        for placement in placements { taken[placement.resourcePath, default: []].insert(placement.name) }
        for index in placements.indices {
            let placement = placements[index]
            guard placement.method == .get, placement.name == "list",
                !taken[placement.resourcePath, default: []].contains("retrieve"),
                answersOneObject(placement.operation)
            else { continue }
            placements[index].name = "retrieve"
            taken[placement.resourcePath, default: []].insert("retrieve")
        }
    }

    /// The schema of the first success response when it is JSON, its `allOf` merged.
    private func successSchema(_ operation: Operation) -> Schema? {
        for (key, reference) in operation.responses.entries {
            guard case .status(let code) = key, (200..<300).contains(code) else { continue }
            let content = resolved.resolve(reference)?.content.first { MediaTypes.isJSON($0.key) }?.value
            return content?.schema.flatMap(resolved.resolve).map(rules.mergedAllOf)
        }
        return nil
    }

    /// Whether the first success response is one object: not an array, nor a page of items (`data`, or where the
    /// vendor keeps them, holding an array); bytes (a PDF, an image) are one thing too.
    private func answersOneObject(_ operation: Operation) -> Bool {
        for (key, reference) in operation.responses.entries {
            guard case .status(let code) = key, (200..<300).contains(code) else { continue }
            guard let response = resolved.resolve(reference) else { return false }
            guard let content = response.content.first(where: { MediaTypes.isJSON($0.key) })?.value else {
                return !response.content.isEmpty
            }
            guard let schema = content.schema.flatMap(resolved.resolve).map(rules.mergedAllOf) else { return false }
            if schema.types.contains(.array) { return false }
            // `data`, and the members the vendor's pages hold their items in (Personio's `_data`).
            for key in Set(["data"] + rules.conventions.pageLinks.map(\.items)).sorted() {
                if let items = schema.properties[key].flatMap(resolved.resolve).map(rules.mergedAllOf),
                    items.types.contains(.array) || items.items != nil
                {
                    return false
                }
            }
            return !schema.properties.isEmpty || schema.types.contains(.object) || !schema.allOf.isEmpty
        }
        return false
    }

    /// Operations of one resource that the rules above name alike (`PUT /pet` and `POST /pet/{petId}`, both
    /// `update`) are told apart by their operationIds, less the words the resource's path says (`updatePet` →
    /// `update`, `updatePetWithForm` → `updateWithForm`). One without an operationId keeps the name when its path
    /// parameters differ from those of every other use, which makes it an overload (`retrieve(id:)` beside
    /// `retrieve(id:action:)`), else takes its HTTP method's (`patch`). A number is the last resort.
    private static func nameCollisions(_ placements: inout [Placement]) {
        var groups: [[String]: [String: [Int]]] = [:]
        for (index, placement) in placements.enumerated() {
            groups[placement.resourcePath, default: [:]][placement.name, default: []].append(index)
        }
        // The argument labels a use of a name starts with: its path parameters in Swift casing.
        let labels = { (placement: Placement) in
            OperationNaming.segments(of: placement.wirePath).filter(OperationNaming.isParameter)
                .map { SwiftNaming.memberName(String($0.dropFirst().dropLast())) }
        }
        for (resourcePath, byName) in groups {
            var uses: [String: Set<[String]>] = [:]
            for (name, indices) in byName where indices.count == 1 { uses[name] = [labels(placements[indices[0]])] }
            for (name, indices) in byName.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
                for index in indices {
                    let placement = placements[index]
                    let arguments = labels(placement)
                    let candidates =
                        placement.operation.operationId.map { id in
                            [
                                OperationNaming.operationIDName(id, resourcePath: resourcePath),
                                SwiftNaming.memberName(id),
                            ]
                            .compactMap { $0 }
                        } ?? [name, placement.method.rawValue]
                    let isFree = { (candidate: String) in !(uses[candidate]?.contains(arguments) ?? false) }
                    var chosen = candidates.first(where: isFree) ?? name
                    var counter = 2
                    while !isFree(chosen) {
                        chosen = name + "\(counter)"
                        counter += 1
                    }
                    uses[chosen, default: []].insert(arguments)
                    placements[index].name = chosen
                }
            }
        }
    }

    /// The resource path (static segments) and method name of an operation.
    static func place(path: String, method: PathItem.Method, isCollection: Bool = false) -> ([String], String) {
        let segments = OperationNaming.segments(of: path)
        let isParameter = OperationNaming.isParameter
        let statics = segments.filter { !isParameter($0) }
        guard let last = segments.last else { return ([], method.rawValue) }
        if isParameter(last), !isCollection {
            switch method {
            case .get: return (statics, "retrieve")
            case .delete: return (statics, "delete")
            case .post, .put, .patch: return (statics, "update")
            default: return (statics, method.rawValue)
            }
        }
        // A POST to a static segment right after a parameter is an action on the item: …/{id}/ping.
        if method == .post, segments.count >= 2, isParameter(segments[segments.count - 2]) {
            return (Array(statics.dropLast()), SwiftNaming.memberName(last))
        }
        // Stripe's search endpoints: GET …/charges/search is `charges.search(query:)`.
        if method == .get, last == "search", statics.count >= 2 {
            return (Array(statics.dropLast()), "search")
        }
        switch method {
        case .get: return (statics, "list")
        case .post: return (statics, "create")
        case .delete: return (statics, "delete")
        case .put, .patch: return (statics, "update")
        default: return (statics, method.rawValue)
        }
    }

    /// The qualified Swift type of every resource on `paths` (and of their parents), by its path of raw segments
    /// (`["v2", "core"]` → `Stripe.V2.Core`): named by ``resourceTypeName(_:parent:reserved:)`` in first-seen order,
    /// numbered apart from a sibling spelled the same way (`/a-b` and `/a_b` are `AB` and `AB2`).
    private func resourceTypeNames(_ paths: [[String]]) -> [[String]: String] {
        let reserved = SwiftNaming.typesGeneratedCodeUses.union([clientName])
        var qualified: [[String]: String] = [[]: clientName]
        var takenByParent: [[String]: Set<String>] = [:]
        for path in paths {
            for end in path.indices where qualified[Array(path[...end])] == nil {
                let parentPath = Array(path[..<end])
                let parent = qualified[parentPath]!
                let base = Self.resourceTypeName(
                    names.resources[path[end]] ?? path[end], parent: String(parent.split(separator: ".").last!),
                    reserved: reserved)
                let name = SwiftNaming.unique(base, among: takenByParent[parentPath, default: []])
                takenByParent[parentPath, default: []].insert(name)
                qualified[Array(path[...end])] = parent + "." + name
            }
        }
        return qualified
    }

    /// A resource's type name: the segment (or its chosen name) in Swift casing, with `Resource` added when generated
    /// code needs that name for a type of the runtime, Swift or the client (`RequestOptions`); digit-led segments
    /// (`/status/401`) take their parent's name in front (`Status401`). A model type may have the name: inside the
    /// client its references are spelled with the module (``ShadowedModelNames``).
    static func resourceTypeName(_ segment: String, parent: String, reserved: Set<String>) -> String {
        let name = SwiftNaming.unescaped(SwiftNaming.typeName(segment, in: parent))
        return reserved.contains(name) ? name + "Resource" : name
    }

    // MARK: - One operation

    private mutating func lower(
        _ operation: Operation,
        method: PathItem.Method,
        path: String,
        wirePath: String,
        item: PathItem,
        name: String,
        in resource: String,
        beside childResources: Set<String>,
        nested: inout [NamedType]
    ) -> ClientModel.Operation {
        for (name, callback) in operation.callbacks {
            log.report(
                .warning(
                    "callback '\(name)' is not generated: it describes requests the API sends to you, which a client "
                        + "does not make",
                    at: resolved.files.location(
                        of: callback.reference?.mark ?? callback.value?.node.mark ?? operation.mark),
                    hint: "its payload schemas are generated where components/schemas names them"))
        }
        // Operation parameters override path-item ones with the same name and location.
        var parameters: [OpenAPIParameterRef] = []
        for reference in item.parameters + operation.parameters {
            guard let parameter = resolved.resolve(reference) else { continue }
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(OpenAPIParameterRef(parameter))
        }
        var usedNames = Self.namesOperationBodiesUse
        func argument(_ parameter: OpenAPIParameterRef) -> ClientModel.Parameter {
            let schema = parameter.schema ?? .value(Schema(mark: parameter.mark))
            var localNested: [NamedType] = []
            var type = schemas.typeReference(
                schema, parent: resource, property: parameter.name, nested: &localNested, log: &log)
            for candidate in localNested {
                if let existing = nested.first(where: { Self.sameShape($0, candidate) }) {
                    type = type.mapNamed { $0 == resource + "." + candidate.name ? resource + "." + existing.name : $0 }
                } else {
                    // Another operation's parameter of that name has another shape, or a child resource has the name:
                    // this one is named by its method (`ListFilter`), numbered only when that is taken too.
                    var unique = candidate
                    let taken = Set(nested.map(\.name)).union(childResources).union(SwiftNaming.typesGeneratedCodeUses)
                    if taken.contains(unique.name) {
                        unique.name = SwiftNaming.unescaped(SwiftNaming.typeName(name)) + candidate.name
                    }
                    var counter = 2
                    while taken.contains(unique.name) {
                        unique.name = candidate.name + "\(counter)"
                        counter += 1
                    }
                    // The type's own members name it (and the types nested in it) by its old name too.
                    let renames = [resource + "." + candidate.name: resource + "." + unique.name]
                    let rename = { (name: String) in AliasMembers.renamed(name, by: renames) }
                    type = type.mapNamed(rename)
                    let name = unique.name
                    unique = unique.renamingReferences(rename)
                    unique.name = name
                    nested.append(unique)
                }
            }
            let resolvedSchema = resolved.resolve(schema)
            let vendorName =
                parameter.location == .path ? rules.conventions.argumentName(ofPathParameter: parameter.name) : nil
            var swiftName = SwiftNaming.memberName(vendorName ?? parameter.name)
            if Self.namesOperationBodiesUse.contains(swiftName) {
                // `options`, `body`, `client`: the parameter is named for where it goes (`bodyQuery`).
                swiftName = SwiftNaming.unescaped(swiftName) + parameter.location.rawValue.capitalized
            }
            swiftName = SwiftNaming.unique(swiftName, among: usedNames)
            usedNames.insert(swiftName)
            let isEnumeration = isEnumeration(type, resolvedSchema)
            let isUnixTime = type == .unixTime
            if isUnixTime { type = .date }
            return ClientModel.Parameter(
                name: swiftName,
                key: parameter.name,
                type: parameter.isRequired ? type : .optional(type),
                documentation: parameter.description,
                isRequired: parameter.isRequired,
                explode: parameter.explode,
                defaultLiteral: resolvedSchema?.defaultValue.flatMap {
                    TypeLowering.literal($0, for: type, among: nested)
                },
                isEnumeration: isEnumeration,
                style: parameter.style,
                isUnixTime: isUnixTime
            )
        }
        // Path parameters in the order the path has them: the parent's before the item's (`transfer:id:`).
        let pathPosition = { (parameter: OpenAPIParameterRef) in
            wirePath.range(of: "{" + parameter.name + "}")?.lowerBound ?? wirePath.endIndex
        }
        let pathParameters = parameters.filter { $0.location == .path }.enumerated()
            .sorted { (pathPosition($0.element), $0.offset) < (pathPosition($1.element), $1.offset) }.map(\.element)
            .map(argument)
        let queryParameters = parameters.filter { $0.location == .query }.map(argument)
        let headerParameters = parameters.filter { $0.location == .header }.map(argument)
        let cookieParameters = parameters.filter { $0.location == .cookie }.map(argument)

        var body: ClientModel.Operation.RequestBody?
        let requestBody = operation.requestBody.flatMap(resolved.resolve)
        let sent = requestBody.flatMap(Self.bodyContent)
        if let requestBody, let (_, _, encoding) = sent, encoding.isRaw {
            // Bytes or text, sent as given under the spec's media type.
            var type = TypeReference.data
            if case .text = encoding { type = .string }
            body = ClientModel.Operation.RequestBody(
                encoding: encoding, type: type, isRequired: requestBody.isRequired,
                documentation: requestBody.description, parts: [])
        } else if let requestBody, let (mediaType, content, encoding) = sent,
            let schema = content.schema, !rules.isEmptyObject(schema)
        {
            let base = contentLocation(operation.requestBody!, inline: ["paths", path, method.rawValue, "requestBody"])
            let type = typeAt(base, mediaType, schema, resource: resource, nested: &nested)
            body = ClientModel.Operation.RequestBody(
                encoding: encoding,
                type: type,
                isRequired: requestBody.isRequired,
                documentation: requestBody.description,
                parts: encoding == .multipart
                    ? multipartParts(
                        of: type, types: ResourceTypes(lowered: lowered, nested: nested, resource: resource))
                    : []
            )
        }
        var response: TypeReference?
        var successesByStatus: ClientModel.Operation.BodiesByStatus?
        var accept: String?
        let successes = operation.responses.entries.compactMap { key, reference -> (Int, RefOr<Response>, Response)? in
            guard case .status(let code) = key, (200..<300).contains(code), let value = resolved.resolve(reference)
            else { return nil }
            return (code, reference, value)
        }
        let typed = successes.first { !$0.2.content.isEmpty }
        if let (_, _, value) = typed {
            if value.content.first(where: { MediaTypes.isJSON($0.key) })?.value.schema != nil {
                // Every success with a JSON body: one type, or an enum that decodes each by its status.
                let bodies = successes.compactMap { code, reference, value -> StatusBody? in
                    guard let (mediaType, content) = value.content.first(where: { MediaTypes.isJSON($0.key) }),
                        let schema = content.schema
                    else { return nil }
                    let base = contentLocation(
                        reference, inline: ["paths", path, method.rawValue, "responses", "\(code)"])
                    let type = typeAt(base, mediaType, schema, resource: resource, nested: &nested)
                    return StatusBody(key: .status(code), type: type, description: value.description)
                }
                if let first = bodies.first, bodies.allSatisfy({ $0.type == first.type }) {
                    response = first.type
                } else {
                    let enumeration = bodiesByStatus(
                        bodies, suffix: "Response", of: name, in: resource, nested: nested)
                    successesByStatus = enumeration
                    response = .named(enumeration.typeName)
                }
                // A success without a body (204 beside 200) decodes as `nil`.
                if successes.contains(where: { $0.2.content.isEmpty }) { response = response.map { .optional($0) } }
            } else {
                // Not JSON: the bytes as they come, asked for by their media types.
                response = .binary
                accept = value.content.keys.joined(separator: ", ")
            }
        }
        let (errorBody, errorsByStatus) = errorBodies(
            of: operation, path: path, method: method, name: name, resource: resource, nested: &nested)
        var lowered = ClientModel.Operation(
            name: name,
            operationID: operation.operationId ?? "\(method.rawValue) \(path)",
            httpMethod: method.rawValue,
            path: wirePath,
            documentation: Self.documentation(operation),
            isDeprecated: operation.isDeprecated,
            pathParameters: pathParameters,
            queryParameters: queryParameters,
            headerParameters: headerParameters,
            cookieParameters: cookieParameters,
            body: body,
            response: response,
            accept: accept,
            paging: body == nil
                ? paging(response, queryParameters: queryParameters, nested: nested, in: resource) : nil,
            errorBody: errorBody,
            errorsByStatus: errorsByStatus,
            successesByStatus: successesByStatus
        )
        lowered.server = otherServer(of: operation, in: item)
        return lowered
    }

    /// Auto-paging for an operation that returns a list page and takes an optional string cursor.
    private func paging(
        _ response: TypeReference?,
        queryParameters: [ClientModel.Parameter],
        nested: [NamedType],
        in resource: String
    ) -> ClientModel.Operation.Paging? {
        let types = ResourceTypes(lowered: lowered, nested: nested, resource: resource)
        if case .named(let name)? = response, let link = linkPaging(name, types: types) { return link }
        if case .named(let name)? = response,
            let offset = offsetPaging(name, queryParameters: queryParameters, types: types)
        {
            return offset
        }
        let itemType: TypeReference
        switch response {
        case .listPage(let item)?: itemType = item
        case .named(let name)?:
            guard let item = types.listItemType(of: name) else { return nil }
            itemType = item
        default: return nil
        }
        guard let cursor = rules.conventions.cursorParameters else { return nil }
        let optionalString = { (key: String) in
            queryParameters.first { $0.key == key && $0.type == .optional(.string) }?.name
        }
        if let startingAfter = optionalString(cursor.startingAfter) {
            return .init(
                itemType: itemType,
                style: .cursor(startingAfter: startingAfter, endingBefore: optionalString(cursor.endingBefore)))
        }
        if let page = optionalString(cursor.page) { return .init(itemType: itemType, style: .page(page)) }
        return nil
    }

    /// The parts of a `multipart/form-data` body: one per property of its struct, files told apart.
    private func multipartParts(
        of type: TypeReference, types: ResourceTypes
    ) -> [ClientModel.Operation.RequestBody.Part] {
        guard case .named(let name) = type.unwrapped, let properties = types.properties(of: name) else {
            return []
        }
        return properties.map { .init(name: $0.name, key: $0.key, isFile: $0.type.unwrapped == .fileUpload) }
    }

    /// Paging by limit and offset, where the vendor's conventions say pages count themselves (``OffsetPages``).
    private func offsetPaging(
        _ pageType: String,
        queryParameters: [ClientModel.Parameter],
        types: ResourceTypes
    ) -> ClientModel.Operation.Paging? {
        let optionalInteger = { (key: String) in
            queryParameters.first { $0.key == key && $0.type == .optional(.int) }?.name
        }
        func member(_ key: String, of type: String) -> Property? {
            types.properties(of: type)?.first { $0.key == key }
        }
        guard let shape = rules.conventions.offsetPages, optionalInteger(shape.limit) != nil,
            let offset = optionalInteger(shape.offset),
            let data = member(shape.items, of: pageType), case .array(let itemType) = data.type.unwrapped,
            let metadata = member(shape.metadata, of: pageType),
            case .named(let metadataType) = metadata.type.unwrapped,
            let current = member(shape.currentPage, of: metadataType),
            let total = member(shape.totalPages, of: metadataType),
            current.type.unwrapped == .int, total.type.unwrapped == .int
        else { return nil }
        return .init(
            itemType: itemType,
            style: .offset(
                page: .named(pageType), offset: offset, items: Self.member(data), metadata: Self.member(metadata),
                currentPage: Self.member(current), totalPages: Self.member(total)))
    }

    /// Paging by a link in the page, where the vendor's conventions say pages hold one (``PageLink``).
    private func linkPaging(_ pageType: String, types: ResourceTypes) -> ClientModel.Operation.Paging? {
        func member(_ key: String, of type: String) -> Property? {
            types.properties(of: type)?.first { $0.key == key }
        }
        func named(_ type: TypeReference) -> String? {
            if case .named(let name) = type.unwrapped { return name }
            return nil
        }
        for link in rules.conventions.pageLinks {
            let (itemsKey, nextPath) = (link.items, link.next)
            guard let items = member(itemsKey, of: pageType), case .array(let itemType) = items.type else { continue }
            var next: [ClientModel.Operation.Paging.Member] = []
            var owner: String? = pageType
            var linkType: TypeReference?
            for key in nextPath {
                guard let current = owner, let step = member(key, of: current) else { break }
                next.append(Self.member(step))
                linkType = step.type
                owner = named(step.type)
            }
            guard next.count == nextPath.count, linkType?.unwrapped == .string else { continue }
            return .init(
                itemType: itemType,
                style: .link(page: .named(pageType), items: Self.member(items), next: next))
        }
        return nil
    }

    /// A property as a step of a paging member path.
    private static func member(_ property: Property) -> ClientModel.Operation.Paging.Member {
        .init(name: property.name, isOptional: property.type.isOptional)
    }

    /// The type of the schema at `pointer`: the top-level type named for it, or one lowered in place.
    mutating func typeAt(
        _ location: RefTarget,
        _ mediaType: String,
        _ schema: RefOr<Schema>,
        resource: String,
        nested: inout [NamedType]
    ) -> TypeReference {
        let pointer = location.pointer.tokens + ["content", mediaType, "schema"]
        let target = RefTarget(path: location.path, pointer: JSONPointer(tokens: pointer))
        if let name = lowered.topLevel.names[target] { return .named(name) }
        return schemas.typeReference(schema, parent: resource, property: "Body", nested: &nested, log: &log)
    }

    /// The body's media type Specgen encodes: JSON first, else form-urlencoded, else multipart, else the first one
    /// there is, sent as text (`text/…`) or as bytes.
    private static func bodyContent(
        _ body: RequestBody
    ) -> (String, MediaType, ClientModel.Operation.RequestBody.Encoding)? {
        if let (type, content) = MediaTypes.sentBody(of: body) {
            let encoding: ClientModel.Operation.RequestBody.Encoding =
                MediaTypes.isJSON(type) ? .json : MediaTypes.isForm(type) ? .form : .multipart
            return (type, content, encoding)
        }
        for (type, content) in body.content {
            return (type, content, MediaTypes.isText(type) ? .text(type) : .bytes(type))
        }
        return nil
    }

    /// Where a request body or response object is written: behind its reference (following chains), or `inline`.
    func contentLocation<T>(_ value: RefOr<T>, inline: [String]) -> RefTarget {
        var location = RefTarget(path: resolved.files.allPaths[0], pointer: JSONPointer(tokens: inline))
        var current = value
        var hops = 0
        while case .reference(let reference) = current, let target = reference.target,
            let next = resolved.components[target]?.as(T.self), hops < 64
        {
            location = target
            current = next
            hops += 1
        }
        return location
    }

    // MARK: - Client-wide settings

    private mutating func authentication(_ document: OpenAPIDocument) -> ClientModel.Authentication {
        var kinds: [ClientModel.Authentication] = []
        // The document's requirements, and those operations set for themselves (Personio's personnel API has no
        // document-wide `security`; each operation asks for `BearerAuth`).
        var requirements = document.security
        for (_, item) in document.paths {
            for (_, operation) in item.value?.operations ?? [] { requirements += operation.security ?? [] }
        }
        for requirement in requirements {
            for name in requirement.schemes.keys {
                guard let scheme = document.components.securitySchemes[name].flatMap(resolved.resolve) else {
                    continue
                }
                let authentication: ClientModel.Authentication? =
                    switch scheme.kind {
                    case .http(let kind, _) where kind.lowercased() == "bearer": .bearer
                    case .http(let kind, _) where kind.lowercased() == "basic": .basic
                    case .apiKey(let name, .header): .apiKey(name: name, inQuery: false)
                    case .apiKey(let name, .query): .apiKey(name: name, inQuery: true)
                    case .oauth2, .openIdConnect: .oauth2
                    default: nil
                    }
                guard let authentication else {
                    if reportedSchemes.insert(name).inserted {
                        log.report(
                            .warning(
                                "security scheme '\(name)' is not generated: the client sends no credentials for it",
                                at: resolved.files.location(of: scheme.mark),
                                hint: "add them to each request with a middleware (the client's `middlewares:`)"))
                    }
                    continue
                }
                if !kinds.contains(authentication) { kinds.append(authentication) }
            }
        }
        return kinds.count > 1 ? .choice(kinds) : kinds.first ?? .none
    }

    /// The one type every error response (4XX, 5XX, default) of every operation shares, else `JSONValue`.
    private func errorBody(_ document: OpenAPIDocument) -> TypeReference {
        var found: TypeReference?
        for (_, item) in document.paths {
            for (_, operation) in item.value?.operations ?? [] {
                for (key, reference) in operation.responses.entries where StatusNames.isError(key) {
                    guard let response = resolved.resolve(reference),
                        let schema = response.content.first(where: { MediaTypes.isJSON($0.key) })?.value.schema
                    else { continue }
                    // Only a named type is shared: a schema that would need a type of its own is not looked further into.
                    guard let type = namedType(of: schema) else { return .jsonValue }
                    if let found, found != type { return .jsonValue }
                    found = type
                }
            }
        }
        return found ?? .jsonValue
    }

    /// The named type an error schema stands for, when it needs no type of its own; asked without keeping anything.
    private func namedType(of schema: RefOr<Schema>) -> TypeReference? {
        var nested: [NamedType] = []
        var unused = DiagnosticLog()
        let type = schemas.typeReference(
            schema, parent: clientName, property: "ErrorBody", nested: &nested, log: &unused)
        guard nested.isEmpty, case .named = type else { return nil }
        return type
    }

    /// `https://{region}.example.com` with each variable at its default.
    /// The server an operation (or its path item) names when it is not the API's, its variables filled in with
    /// their defaults and resolved against the API's server.
    private func otherServer(of operation: Operation, in item: PathItem) -> String? {
        let api = resolved.document.servers.first.map(Self.serverURL)
        guard let server = (operation.servers.first ?? item.servers.first).map(Self.serverURL) else { return nil }
        let absolute = URL(string: server, relativeTo: api.flatMap { URL(string: $0) })?.absoluteString ?? server
        guard absolute != api, absolute.contains("://") else { return nil }
        return absolute
    }

    /// The client's settings for the servers some operations name: an argument named after each one's host
    /// (`https://files.stripe.com/` is `filesServerURL`), in the order the operations name them.
    static func otherServers(of operations: [ClientModel.Operation]) -> [ClientModel.Server] {
        var servers: [ClientModel.Server] = []
        var taken: Set<String> = ["serverURL"]
        for url in operations.compactMap(\.server) where !servers.contains(where: { $0.url == url }) {
            let parsed = URL(string: url)
            let label = (parsed?.host ?? "").split(separator: ".").first { !["api", "www"].contains($0) }
            var base = SwiftNaming.unescaped(SwiftNaming.memberName(label.map(String.init) ?? "other"))
            if taken.contains(base + "ServerURL"), let path = parsed?.path, !path.isEmpty {
                // Two servers on one host are told apart by their paths: `httpbinAnythingCommon`.
                base = SwiftNaming.unescaped(SwiftNaming.memberName(base + " " + path))
            }
            let argument = SwiftNaming.unique(base + "ServerURL", among: taken)
            taken.insert(argument)
            servers.append(ClientModel.Server(url: url, argument: argument))
        }
        return servers
    }

    static func serverURL(_ server: Server) -> String {
        var url = server.url
        for (name, variable) in server.variables {
            url = url.replacingOccurrences(of: "{\(name)}", with: variable.defaultValue)
        }
        return url
    }

    // MARK: - Helpers

    private static func documentation(_ operation: Operation) -> String? {
        switch (operation.summary, operation.description) {
        case (nil, nil): nil
        case (let summary?, nil): summary
        case (nil, let description?): description
        case (let summary?, let description?):
            description.hasPrefix(summary) ? description : summary + "\n\n" + description
        }
    }

    private func isEnumeration(_ type: TypeReference, _ schema: Schema?) -> Bool {
        guard let schema else { return false }
        if case .array = type, let items = schema.items.flatMap(resolved.resolve) {
            return rules.isEnumeration(items)
        }
        return rules.isEnumeration(schema)
    }

    private static func sameShape(_ a: NamedType, _ b: NamedType) -> Bool {
        guard case .enumeration(let left) = a.kind, case .enumeration(let right) = b.kind else { return false }
        let stem = { (name: String) in name.trimmingCharacters(in: .decimalDigits) }
        return stem(a.name) == stem(b.name) && left.cases.map(\.literal) == right.cases.map(\.literal)
    }
}

/// A resolved parameter with the serialization defaults applied.
private struct OpenAPIParameterRef {
    var name: String
    var location: Parameter.Location
    var isRequired: Bool
    var explode: Bool
    var style: ClientModel.Parameter.Style
    var schema: RefOr<Schema>?
    var description: String?
    var mark: Mark

    init(_ parameter: Parameter) {
        name = parameter.name
        location = parameter.location
        isRequired = parameter.isRequired
        explode = parameter.effectiveExplode
        style = ClientModel.Parameter.Style(rawValue: parameter.effectiveStyle.rawValue) ?? .form
        schema = parameter.schema ?? parameter.content.values.first?.schema
        description = parameter.description
        mark = parameter.mark
    }
}

/// The types an operation's lowering looks into, by qualified name: the model's, and those nested in its resource so
/// far (inline bodies and parameter enums).
private struct ResourceTypes {
    let lowered: LoweredTypes
    private let nestedKinds: [String: NamedType.Kind]

    init(lowered: LoweredTypes, nested: [NamedType], resource: String) {
        self.lowered = lowered
        var kinds: [String: NamedType.Kind] = [:]
        for (name, kind) in TypeTree.kinds(nested) { kinds[resource + "." + name] = kind }
        nestedKinds = kinds
    }

    /// The properties of the struct `name`.
    func properties(of name: String) -> [Property]? {
        if let properties = lowered.structureProperties[name] { return properties }
        if case .structure(let properties)? = nestedKinds[name] { return properties }
        return nil
    }

    /// The item type of the list page `name`.
    func listItemType(of name: String) -> TypeReference? {
        if let item = lowered.listItemTypes[name] { return item }
        if case .alias(.listPage(let item))? = nestedKinds[name] { return item }
        return nil
    }
}
