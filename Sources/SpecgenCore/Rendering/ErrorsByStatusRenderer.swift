import Mustache

/// Renders an operation's ``ClientModel/Operation/ErrorsByStatus`` enum with the `ErrorsByStatus` template.
struct ErrorsByStatusRenderer {
    let templates: TemplateSet
    let access: String

    fileprivate struct Context {
        let operation: String
        let access: String
        let name: String
        let cases: [Case]
        let otherType: String
        let otherDocumentation: [String]
    }

    fileprivate struct Case {
        let documentation: [String]
        let name: String
        let type: String
        /// The Swift pattern of the case's statuses: `404`, `400..<500`.
        let pattern: String
    }

    func render(_ errors: ClientModel.Operation.ErrorsByStatus, of operation: String) throws(Diagnostic) -> String {
        let cases = errors.cases.map { errorCase in
            let pattern: String
            let status: String
            switch errorCase.status {
            case .code(let code):
                pattern = "\(code)"
                status = "\(code)"
            case .range(let hundred):
                pattern = "\(hundred * 100)..<\(hundred * 100 + 100)"
                status = "\(hundred)XX"
            }
            return Case(
                documentation: Self.documentation(status, errorCase.documentation), name: errorCase.name,
                type: errorCase.type.swift, pattern: pattern)
        }
        let context = Context(
            operation: SwiftNaming.unescaped(operation),
            access: access,
            name: errors.typeName,
            cases: cases,
            otherType: errors.otherType.swift,
            otherDocumentation: Self.documentation("Any other status", errors.otherDocumentation)
        )
        return try templates.render(context, with: "ErrorsByStatus")
    }

    /// `/// 404: Employee not found.`, the description's first line escaped for a comment.
    private static func documentation(_ status: String, _ description: String?) -> [String] {
        ["/// \(status)" + (DocumentationMarkup.firstLine(description).map { ": " + $0 } ?? "")]
    }
}

// Direct key lookup for the render contexts (see RenderContext+Mustache.swift).

extension ErrorsByStatusRenderer.Context: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "operation": .value(self.operation)
        case "access": .value(self.access)
        case "name": .value(self.name)
        case "cases": .value(self.cases)
        case "otherType": .value(self.otherType)
        case "otherDocumentation": .value(self.otherDocumentation)
        default: .unknown
        }
    }
}

extension ErrorsByStatusRenderer.Case: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "documentation": .value(self.documentation)
        case "name": .value(self.name)
        case "type": .value(self.type)
        case "pattern": .value(self.pattern)
        default: .unknown
        }
    }
}
