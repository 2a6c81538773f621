/// One example of a spec, as JSON, and the Swift type the generated client decodes it into.
public struct ExampleCheck: Sendable {
    /// Where the example is written.
    public var location: SourceLocation
    /// What the example stands for, for messages: `the 200 response of GET /company/employees`, `Employee.id.value`.
    public var place: String
    /// The Swift type, as written in the generated module (`EmployeesResponse`, `Employee.Dynamic21827?`).
    public var swiftType: String
    public var json: String
}

/// Every `example` and `examples` value of a spec attached to a response, a request body or a schema, paired with the
/// generated type for that place. Examples of types that are only sent (request bodies and their nested objects, which
/// only encode), of untyped places (`JSONValue`, which takes any JSON) and `externalValue`s (not fetched) are counted,
/// not checked; the values inside a request body's example are checked where their types decode (`String`, enums).
public struct ExampleCollection: Sendable {
    public var checks: [ExampleCheck] = []
    /// Examples of places whose type takes any JSON.
    public var untyped = 0
    /// Examples of types that only encode: request bodies and the objects inside them.
    public var requestOnly = 0
    /// Examples given by `externalValue`.
    public var external = 0
}

public struct ExampleCollector {
    private let resolved: ResolvedDocument
    private let model: IntermediateModel
    private let json: ExampleJSON
    /// Every generated type by its qualified Swift name (`Employee.Dynamic21827`).
    private var typesByName: [String: NamedType] = [:]
    /// Top-level types by the JSON pointer of their schema (`#/components/schemas/Employee`).
    private var typeNamesByOrigin: [String: String] = [:]

    public init(resolved: ResolvedDocument, model: IntermediateModel) {
        self.resolved = resolved
        self.model = model
        self.json = ExampleJSON(resolved: resolved)
        func index(_ type: NamedType, qualifiedName: String) {
            typesByName[qualifiedName] = type
            for child in type.nestedTypes { index(child, qualifiedName: qualifiedName + "." + child.name) }
        }
        for type in model.types {
            index(type, qualifiedName: type.name)
            if type.origin.hasPrefix("#/") { typeNamesByOrigin[type.origin] = type.name }
        }
    }

    public func collect() -> ExampleCollection {
        var collection = ExampleCollection()
        collectResponses(into: &collection)
        for (name, schema) in resolved.document.components.schemas {
            let origin = "#\(JSONPointer(tokens: ["components", "schemas", name]))"
            guard let typeName = typeNamesByOrigin[origin] else { continue }
            walk(schema, type: .named(typeName), place: name, depth: 0, into: &collection)
        }
        return collection
    }

    // MARK: - Responses

    private func collectResponses(into collection: inout ExampleCollection) {
        var operations: [String: ClientModel.Operation] = [:]
        func index(_ resource: ClientModel.Resource) {
            for operation in resource.operations { operations[operation.operationID] = operation }
            resource.resources.forEach(index)
        }
        for operation in model.client.operations { operations[operation.operationID] = operation }
        model.client.resources.forEach(index)

        for (path, item) in resolved.document.paths {
            for (method, operation) in item.value?.operations ?? [] {
                guard let lowered = operations[operation.operationId ?? "\(method.rawValue) \(path)"] else { continue }
                var isFirstSuccess = true
                for (key, reference) in operation.responses.entries {
                    let type = responseType(key, of: lowered, isFirstSuccess: &isFirstSuccess)
                    guard let response = resolved.resolve(reference),
                        let content = response.content.first(where: { MediaTypes.isJSON($0.key) })?.value
                    else { continue }
                    let place = "the \(key) response of \(method.rawValue.uppercased()) \(path)"
                    guard let type else { continue }
                    collectExamples(of: content, type: type, place: place, into: &collection)
                }
                if let body = lowered.body, let requestBody = operation.requestBody.flatMap(resolved.resolve),
                    let (_, content) = MediaTypes.sentBody(of: requestBody)
                {
                    let place = "the request body of \(method.rawValue.uppercased()) \(path)"
                    collectExamples(of: content, type: body.type, place: place, into: &collection)
                }
            }
        }
    }

    /// The media type's `example` and `examples` (and those of the schemas inside it) checked against `type`.
    private func collectExamples(
        of content: MediaType,
        type: TypeReference,
        place: String,
        into collection: inout ExampleCollection
    ) {
        var examples: [(name: String?, value: Node)] = content.example.map { [(nil, $0)] } ?? []
        for (name, example) in content.examples {
            guard let example = resolved.resolve(example) else { continue }
            if let value = example.value {
                examples.append((name, value))
            } else if example.externalValue != nil {
                collection.external += 1
            }
        }
        for (name, value) in examples {
            add(
                value, type: type, schema: content.schema,
                place: place + (name.map { " (example '\($0)')" } ?? ""), into: &collection)
        }
        if let schema = content.schema {
            walk(schema, type: type, place: place, depth: 0, into: &collection)
        }
    }

    /// The type the client decodes a response into: the first success's (its own case's when successes differ by
    /// status), or the error body's for its status.
    private func responseType(
        _ key: Responses.Key,
        of operation: ClientModel.Operation,
        isFirstSuccess: inout Bool
    ) -> TypeReference? {
        if case .status(let code) = key, (200..<300).contains(code) {
            defer { isFirstSuccess = false }
            if let successes = operation.successesByStatus {
                return successes.cases.first { $0.status == .code(code) }?.type
            }
            return isFirstSuccess && operation.response != .binary ? operation.response : nil
        }
        guard StatusNames.isError(key) else { return nil }
        guard let errors = operation.errorsByStatus else { return operation.errorBody }
        let status: ClientModel.Operation.BodiesByStatus.Status? =
            switch key {
            case .status(let code): .code(code)
            case .range(let hundred): .range(hundred)
            case .default: nil
            }
        return errors.cases.first { $0.status == status }?.type ?? errors.otherType
    }

    // MARK: - Schemas

    /// Checks the examples of `schema` and of the schemas inside it against `type` and the types inside that.
    /// References are not followed: the schemas they name are walked as components of their own.
    private func walk(
        _ schema: RefOr<Schema>,
        type: TypeReference,
        place: String,
        depth: Int,
        into collection: inout ExampleCollection
    ) {
        guard depth < 32, case .value(let value) = schema else { return }
        for example in (value.example.map { [$0] } ?? []) + (value.examples ?? []) {
            add(example, type: type, schema: schema, place: place, into: &collection)
        }
        let base = type.unwrapped
        switch base {
        case .named(let name):
            guard let named = typesByName[name], case .structure(let properties) = named.kind else { return }
            for (key, propertySchema) in value.properties {
                guard let property = properties.first(where: { $0.key == key }), property.wrapper != .unixTime
                else { continue }
                walk(propertySchema, type: property.type, place: place + "." + key, depth: depth + 1, into: &collection)
            }
        case .array(let element):
            if let items = value.items {
                walk(items, type: element, place: place + "[]", depth: depth + 1, into: &collection)
            }
        case .dictionary(let element):
            if case .schema(let values)? = value.additionalProperties {
                walk(values, type: element, place: place + "[*]", depth: depth + 1, into: &collection)
            }
        default:
            return
        }
    }

    private func add(
        _ example: Node,
        type: TypeReference,
        schema: RefOr<Schema>?,
        place: String,
        into collection: inout ExampleCollection
    ) {
        if case .named(let name) = type.unwrapped, typesByName[name]?.isEncodeOnly == true {
            collection.requestOnly += 1
            return
        }
        guard type.unwrapped != .jsonValue else {
            collection.untyped += 1
            return
        }
        collection.checks.append(
            ExampleCheck(
                location: resolved.files.location(of: example.mark), place: place, swiftType: type.swift,
                json: json.text(example, schema: schema)))
    }
}
