import Mustache

/// Renders an operation's ``ClientModel/Operation/BodiesByStatus`` enums, of its errors and of its successes, with the
/// `BodiesByStatus` template.
struct BodiesByStatusRenderer {
    let templates: TemplateSet
    let access: String

    fileprivate struct Context {
        /// What the cases hold: `error bodies` or `success bodies`.
        let kind: String
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
        /// The case's status, or the first of its range of statuses (`400` for `4XX`).
        let lowestStatus: Int
        /// Whether the case takes a range of statuses, up to `statusAfterRange`.
        let isRange: Bool
        let statusAfterRange: Int
    }

    /// The enum `bodies` of `operation`'s responses; `kind` says which (`error bodies`, `success bodies`).
    func render(
        _ bodies: ClientModel.Operation.BodiesByStatus, kind: String, of operation: String
    ) throws(Diagnostic) -> String {
        let cases = bodies.cases.map { bodyCase in
            let (lowest, isRange, status): (Int, Bool, String)
            switch bodyCase.status {
            case .code(let code): (lowest, isRange, status) = (code, false, "\(code)")
            case .range(let hundred): (lowest, isRange, status) = (hundred * 100, true, "\(hundred)XX")
            }
            return Case(
                documentation: Self.documentation(status, bodyCase.documentation), name: bodyCase.name,
                type: bodyCase.type.swift, lowestStatus: lowest, isRange: isRange, statusAfterRange: lowest + 100)
        }
        let context = Context(
            kind: kind,
            operation: SwiftNaming.unescaped(operation),
            access: access,
            name: bodies.typeName,
            cases: cases,
            otherType: bodies.otherType.swift,
            otherDocumentation: Self.documentation("Any other status", bodies.otherDocumentation)
        )
        return try templates.render(context, with: "BodiesByStatus")
    }

    /// `/// 404: Employee not found.`, the description's first line escaped for a comment.
    private static func documentation(_ status: String, _ description: String?) -> [String] {
        ["/// \(status)" + (DocumentationMarkup.firstLine(description).map { ": " + $0 } ?? "")]
    }
}

// Direct key lookup for the render contexts (see RenderContext+Mustache.swift).

extension BodiesByStatusRenderer.Context: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "kind": .value(self.kind)
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

extension BodiesByStatusRenderer.Case: TemplateContext {
    func field(_ key: String) -> TemplateField {
        switch key {
        case "documentation": .value(self.documentation)
        case "name": .value(self.name)
        case "type": .value(self.type)
        case "lowestStatus": .value(self.lowestStatus)
        case "isRange": .value(self.isRange)
        case "statusAfterRange": .value(self.statusAfterRange)
        default: .unknown
        }
    }
}
