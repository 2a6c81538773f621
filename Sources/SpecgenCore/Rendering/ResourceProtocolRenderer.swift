import Mustache

/// Renders a resource's protocol (`EventDestinationsAPI`), which the resource conforms to and an app's tests fake:
/// the operations as requirements (`ResourceProtocol`), and extensions (`ResourceProtocolExtension`) that give every
/// operation its default arguments and the auto-paging that only calls the operation, and give a fake marked
/// `APIFake` a default that throws `.unimplemented` for each operation, so that it implements only what its test
/// calls. The client itself is never an `APIFake`, so no call on it can reach those defaults.
struct ResourceProtocolRenderer {
    let templates: TemplateSet
    let access: String

    fileprivate struct Context {
        let access: String
        let parent: String
        let pathDescription: String
        let typeName: String
        let protocolName: String
        let requirements: [Requirement]
        let pagingDeclarations: [String]
    }

    fileprivate struct Requirement {
        let documentation: [String]
        let isDeprecated: Bool
        let name: String
        /// The name without backticks, for documentation.
        let plainName: String
        let arguments: [Argument]
        let errorBody: String
        let returnType: String?
        /// The operation as a literal, for the error of a fake that does not implement it: `"customers.list"`.
        let operation: String
    }

    /// An argument as the `Argument` template declares it, and as a call passes it on (`label: `, or empty for an
    /// unlabeled one).
    fileprivate struct Argument {
        let declared: ArgumentContext
        let passedLabel: String
    }

    /// The protocol's declaration, for inside `extension <parent>`, and its extension, for the file's top level.
    func render(
        _ resource: ClientModel.Resource,
        protocolName: String,
        parent: String,
        path: [String],
        operations: [(operation: ClientModel.Operation, arguments: [ArgumentContext], documentation: [String])],
        pagingDeclarations: [String]
    ) throws(Diagnostic) -> (declaration: String, extension: String) {
        let requirements = operations.map { operation, arguments, documentation in
            Requirement(
                documentation: documentation,
                isDeprecated: operation.isDeprecated,
                name: operation.name,
                plainName: SwiftNaming.unescaped(operation.name),
                arguments: arguments.map { argument in
                    Argument(
                        declared: argument,
                        passedLabel: argument.label == "_" ? "" : SwiftNaming.argumentLabel(argument.name) + ": ")
                },
                errorBody: operation.errorBody.swift,
                returnType: operation.response?.swift,
                operation: SwiftLiteral.string((path + [SwiftNaming.unescaped(operation.name)]).joined(separator: ".")))
        }
        let context = Context(
            access: access, parent: parent, pathDescription: path.joined(separator: "."), typeName: resource.typeName,
            protocolName: protocolName, requirements: requirements, pagingDeclarations: pagingDeclarations)
        return (
            CallLayout.breakingLongCalls(try templates.render(context, with: "ResourceProtocol")),
            CallLayout.breakingLongCalls(try templates.render(context, with: "ResourceProtocolExtension"))
        )
    }
}

extension ResourceProtocolRenderer.Context: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "access": .value(self.access)
        case "parent": .value(self.parent)
        case "pathDescription": .value(self.pathDescription)
        case "typeName": .value(self.typeName)
        case "protocolName": .value(self.protocolName)
        case "requirements": .value(self.requirements)
        case "pagingDeclarations": .value(self.pagingDeclarations)
        default: .unknown
        }
    }
}

extension ResourceProtocolRenderer.Requirement: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "documentation": .value(self.documentation)
        case "isDeprecated": .value(self.isDeprecated)
        case "name": .value(self.name)
        case "plainName": .value(self.plainName)
        case "arguments": .value(self.arguments)
        case "errorBody": .value(self.errorBody)
        case "returnType": .value(self.returnType)
        case "operation": .value(self.operation)
        default: .unknown
        }
    }
}

extension ResourceProtocolRenderer.Argument: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "passedLabel": .value(self.passedLabel)
        case "declared": .value(self.declared)
        default: declared.field(key)
        }
    }
}
