/// The bodies of one operation's responses by status: the type its error responses (4XX, 5XX, `default`) share, or an
/// enum with a case per status when they differ (Personio's personnel API answers 400, 404 and 500 of one call with
/// three different bodies); the same enum for successes of different types (200 and 202).
extension ClientLowering {
    /// A documented response's status and the type of its JSON body.
    struct StatusBody {
        var key: Responses.Key
        var type: TypeReference
        var description: String?
    }

    /// The operation's error body type, and the enum that stands for it when its responses differ.
    mutating func errorBodies(
        of operation: Operation,
        path: String,
        method: PathItem.Method,
        name: String,
        resource: String,
        nested: inout [NamedType]
    ) -> (TypeReference, ClientModel.Operation.BodiesByStatus?) {
        var documented: [StatusBody] = []
        for (key, reference) in operation.responses.entries where StatusNames.isError(key) {
            guard let response = resolved.resolve(reference),
                let (mediaType, content) = response.content.first(where: { MediaTypes.isJSON($0.key) }),
                let schema = content.schema
            else { continue }
            let base = contentLocation(reference, inline: ["paths", path, method.rawValue, "responses", "\(key)"])
            let type = typeAt(base, mediaType, schema, resource: resource, nested: &nested)
            documented.append(StatusBody(key: key, type: type, description: response.description))
        }
        guard let first = documented.first else { return (sharedErrorBody, nil) }
        if documented.allSatisfy({ $0.type == first.type }) { return (first.type, nil) }
        let errors = bodiesByStatus(documented, suffix: "Error", of: name, in: resource, nested: nested)
        return (.named(errors.typeName), errors)
    }

    /// The enum of `bodies` by status, named after the operation `name` with `suffix` (`RetrieveError`,
    /// `CreateResponse`) apart from every other name in `resource`; the `default` response's body is `other`'s.
    mutating func bodiesByStatus(
        _ bodies: [StatusBody], suffix: String, of name: String, in resource: String, nested: [NamedType]
    ) -> ClientModel.Operation.BodiesByStatus {
        var cases: [ClientModel.Operation.BodiesByStatus.Case] = []
        var other: (type: TypeReference, description: String?) = (.jsonValue, nil)
        for body in bodies {
            switch body.key {
            case .status(let code):
                cases.append(
                    .init(
                        name: StatusNames.name(body.key), status: .code(code), type: body.type,
                        documentation: body.description))
            case .range(let hundred):
                cases.append(
                    .init(
                        name: StatusNames.name(body.key), status: .range(hundred), type: body.type,
                        documentation: body.description))
            case .default:
                other = (body.type, body.description)
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
        var typeName = stem + suffix
        var counter = 2
        while reservedNames.contains(typeName) || nested.contains(where: { $0.name == typeName })
            || claimedStatusEnumNames.contains(resource + "." + typeName)
        {
            typeName = stem + suffix + "\(counter)"
            counter += 1
        }
        claimedStatusEnumNames.insert(resource + "." + typeName)
        return ClientModel.Operation.BodiesByStatus(
            typeName: typeName, cases: cases, otherType: other.type, otherDocumentation: other.description)
    }

}
