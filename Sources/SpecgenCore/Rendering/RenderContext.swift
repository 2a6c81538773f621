/// What templates see: plain values built from the intermediate model, with every decision already made, so
/// templates only place text. Field names are the template variables documented in the README.
struct FileContext {
    let source: String
    /// Rendered top-level declarations.
    let declarations: [String]
}

struct TypeContext {
    let name: String
    let access: String
    /// Complete `///` lines.
    let documentation: [String]
    let isDeprecated: Bool
    let isStructure: Bool
    let isEnumeration: Bool
    let isAlias: Bool
    let properties: [PropertyContext]
    let encodesNulls: Bool
    let cases: [CaseContext]
    let rawType: String
    let aliasedType: String
    /// Rendered declarations of the nested types, already indented one level.
    let nestedDeclarations: [String]
}

struct PropertyContext {
    let name: String
    let type: String
    let documentation: [String]
    let isDeprecated: Bool
    let isOptional: Bool
    /// The JSON key as a string literal when it differs from the Swift name; `nil` when they match.
    let customKey: String?
    /// `encode` for properties that are encoded as `null` when `nil`, else `encodeIfPresent`.
    let encodeMethod: String
}

struct CaseContext {
    let name: String
    let literal: String
}

extension TypeContext {
    init(_ type: NamedType, access: AccessLevel, nestedDeclarations: [String]) {
        var properties: [PropertyContext] = []
        var cases: [CaseContext] = []
        var rawType = ""
        var aliasedType = ""
        switch type.kind {
        case .structure(let members):
            properties = members.map { PropertyContext($0) }
        case .enumeration(let enumeration):
            cases = enumeration.cases.map { CaseContext(name: $0.name, literal: $0.literal) }
            rawType = enumeration.rawType.rawValue
        case .alias(let target):
            aliasedType = target.swift
        }
        let encodesNulls: Bool
        if case .structure(let members) = type.kind {
            encodesNulls = members.contains(where: \.encodesNull)
        } else {
            encodesNulls = false
        }
        self.init(
            name: type.name,
            access: access.rawValue,
            documentation: DocumentationComment.lines(type.documentation),
            isDeprecated: type.isDeprecated,
            isStructure: !properties.isEmpty,
            isEnumeration: !cases.isEmpty,
            isAlias: properties.isEmpty && cases.isEmpty,
            properties: properties,
            encodesNulls: encodesNulls,
            cases: cases,
            rawType: rawType,
            aliasedType: aliasedType,
            nestedDeclarations: nestedDeclarations
        )
    }
}

extension PropertyContext {
    init(_ property: Property) {
        self.init(
            name: property.name,
            type: property.type.swift,
            documentation: DocumentationComment.lines(property.documentation),
            isDeprecated: property.isDeprecated,
            isOptional: property.type.isOptional,
            customKey: SwiftNaming.unescaped(property.name) == property.key ? nil : SwiftLiteral.string(property.key),
            encodeMethod: property.encodesNull || !property.type.isOptional ? "encode" : "encodeIfPresent"
        )
    }
}

/// `///` lines for a description, wrapped at word boundaries to fit generated code's line length.
enum DocumentationComment {
    /// Characters of text per line, leaving room for the `///` and the deepest indentation generated code uses.
    static let width = 96

    static func lines(_ text: String?) -> [String] {
        SwiftLiteral.documentationLines(text).flatMap(wrapped).map { $0.isEmpty ? "///" : "/// " + $0 }
    }

    private static func wrapped(_ line: String) -> [String] {
        guard line.count > width else { return [line] }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
