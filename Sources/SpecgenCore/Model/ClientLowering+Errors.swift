/// The error bodies of one operation: the type its error responses (4XX, 5XX, `default`) share, or an enum with a
/// case per status when they differ (Personio's personnel API answers 400, 404 and 500 of one call with three
/// different bodies).
extension ClientLowering {
    /// The operation's error body type, and the enum that stands for it when its responses differ.
    mutating func errorBodies(
        of operation: Operation,
        path: String,
        method: PathItem.Method,
        name: String,
        resource: String,
        nested: inout [NamedType]
    ) -> (TypeReference, ClientModel.Operation.ErrorsByStatus?) {
        var documented: [(key: Responses.Key, type: TypeReference, description: String?)] = []
        for (key, reference) in operation.responses.entries where StatusNames.isError(key) {
            guard let response = resolved.resolve(reference),
                let (mediaType, content) = response.content.first(where: { MediaTypes.isJSON($0.key) }),
                let schema = content.schema
            else { continue }
            let base = contentLocation(reference, inline: ["paths", path, method.rawValue, "responses", "\(key)"])
            let type = typeAt(base, mediaType, schema, resource: resource, nested: &nested)
            documented.append((key, type, response.description))
        }
        guard let first = documented.first else { return (sharedErrorBody, nil) }
        if documented.allSatisfy({ $0.type == first.type }) { return (first.type, nil) }

        var cases: [ClientModel.Operation.ErrorsByStatus.Case] = []
        var other: (type: TypeReference, description: String?) = (.jsonValue, nil)
        for (key, type, description) in documented {
            switch key {
            case .status(let code):
                cases.append(
                    .init(name: StatusNames.name(key), status: .code(code), type: type, documentation: description))
            case .range(let hundred):
                cases.append(
                    .init(name: StatusNames.name(key), status: .range(hundred), type: type, documentation: description))
            case .default:
                other = (type, description)
            }
        }
        // Codes before ranges, each in order: a Swift switch takes the first case that matches.
        cases.sort { left, right in
            switch (left.status, right.status) {
            case (.code(let a), .code(let b)), (.range(let a), .range(let b)): a < b
            case (.code, .range): true
            case (.range, .code): false
            }
        }
        let stem = SwiftNaming.unescaped(SwiftNaming.typeName(SwiftNaming.unescaped(name)))
        var typeName = stem + "Error"
        var counter = 2
        while reservedNames.contains(typeName) || nested.contains(where: { $0.name == typeName })
            || claimedErrorNames.contains(resource + "." + typeName)
        {
            typeName = stem + "Error\(counter)"
            counter += 1
        }
        claimedErrorNames.insert(resource + "." + typeName)
        let errors = ClientModel.Operation.ErrorsByStatus(
            typeName: typeName, cases: cases, otherType: other.type, otherDocumentation: other.description)
        return (.named(typeName), errors)
    }

}
