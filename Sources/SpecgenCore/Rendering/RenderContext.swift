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
    let isUnion: Bool
    let isAlias: Bool
    /// `Codable, Hashable, Sendable`, or `Encodable, Sendable` for types that are only sent.
    let conformances: String
    /// Whether the type decodes: false for types that are only sent.
    let isDecodable: Bool
    let properties: [PropertyContext]
    let encodesNulls: Bool
    let cases: [CaseContext]
    let rawType: String
    let unionCases: [UnionCaseContext]
    /// Discriminated unions: the cases selected by a tag, and those tried in order when no tag matches.
    let taggedCases: [UnionCaseContext]
    let untaggedCases: [UnionCaseContext]
    let hasDiscriminator: Bool
    let discriminatorLiteral: String
    let isIndirect: Bool
    let aliasedType: String
    /// Rendered declarations of the nested types, already indented one level.
    let nestedDeclarations: [String]
}

struct PropertyContext {
    let name: String
    /// The stored property: the name itself, or for deprecated properties a private `…Storage` behind a
    /// deprecated accessor, so that the type's own init and coding do not warn.
    let storageName: String
    let type: String
    /// `@Indirect` or `@UnixTime`, when the property has a wrapper.
    let attribute: String?
    let documentation: [String]
    let isDeprecated: Bool
    /// The initializer's default: the spec's `default`, else `nil` for optional properties.
    let defaultValue: String?
    /// The JSON key as a string literal when it differs from the Swift name; `nil` when they match.
    let customKey: String?
    /// The statement that encodes the property in an explicit `encode(to:)`.
    let encodeStatement: String
    /// The initializer's parameter: the name, or for a property named `self` the label with an inner name
    /// (`` `self` selfValue ``), since a parameter named `self` would hide the instance being initialized.
    let parameter: String
    /// The inner name of the initializer's parameter.
    let parameterValue: String
}

struct CaseContext {
    let name: String
    let literal: String
}

struct UnionCaseContext {
    let name: String
    let type: String
    /// `"card"?, "card_v2"?`: the patterns that select the case from the discriminator.
    let tagList: String
}

extension TypeContext {
    init(_ type: NamedType, access: AccessLevel, nestedDeclarations: [String]) {
        var properties: [PropertyContext] = []
        var cases: [CaseContext] = []
        var rawType = ""
        var aliasedType = ""
        var union: Union?
        var encodesNulls = false
        switch type.kind {
        case .structure(let members):
            properties = members.map { PropertyContext($0) }
            encodesNulls = members.contains(where: \.encodesNull)
        case .enumeration(let enumeration):
            cases = enumeration.cases.map { CaseContext(name: $0.name, literal: $0.literal) }
            rawType = enumeration.rawType.rawValue
        case .union(let value):
            union = value
        case .alias(let target):
            aliasedType = target.swift
        }
        let unionCases = (union?.cases ?? []).map {
            UnionCaseContext(
                name: $0.name,
                type: $0.type.swift,
                tagList: $0.tags.map { SwiftLiteral.string($0) + "?" }.joined(separator: ", ")
            )
        }
        let hasDiscriminator = union?.discriminator != nil
        self.init(
            name: type.name,
            access: access.rawValue,
            documentation: DocumentationComment.lines(type.documentation),
            isDeprecated: type.isDeprecated,
            isStructure: !properties.isEmpty,
            isEnumeration: !cases.isEmpty,
            isUnion: union != nil,
            isAlias: properties.isEmpty && cases.isEmpty && union == nil,
            conformances: type.isEncodeOnly ? "Encodable, Sendable" : "Codable, Hashable, Sendable",
            isDecodable: !type.isEncodeOnly,
            properties: properties,
            encodesNulls: encodesNulls,
            cases: cases,
            rawType: rawType,
            unionCases: unionCases,
            taggedCases: hasDiscriminator ? unionCases.filter { !$0.tagList.isEmpty } : [],
            untaggedCases: hasDiscriminator ? unionCases.filter(\.tagList.isEmpty) : unionCases,
            hasDiscriminator: hasDiscriminator,
            discriminatorLiteral: union?.discriminator.map(SwiftLiteral.string) ?? "",
            isIndirect: union?.isIndirect ?? false,
            aliasedType: aliasedType,
            nestedDeclarations: nestedDeclarations
        )
    }
}

extension PropertyContext {
    init(_ property: Property) {
        let storageName = property.isDeprecated ? SwiftNaming.unescaped(property.name) + "Storage" : property.name
        self.init(
            name: property.name,
            storageName: storageName,
            type: property.type.swift,
            attribute: property.wrapper.map { "@" + $0.rawValue },
            documentation: DocumentationComment.lines(property.documentation),
            isDeprecated: property.isDeprecated,
            defaultValue: property.defaultLiteral ?? (property.type.isOptional ? "nil" : nil),
            customKey: SwiftNaming.unescaped(storageName) == property.key ? nil : SwiftLiteral.string(property.key),
            encodeStatement: Self.encodeStatement(property, storageName: storageName),
            parameter: property.name == "`self`" ? "`self` selfValue" : property.name,
            parameterValue: property.name == "`self`" ? "selfValue" : property.name
        )
    }

    /// `encode` writes `null` for `nil`, `encodeIfPresent` leaves the key out; unix times encode their seconds.
    private static func encodeStatement(_ property: Property, storageName: String) -> String {
        let method = property.encodesNull || !property.type.isOptional ? "encode" : "encodeIfPresent"
        let plainName = SwiftNaming.unescaped(storageName)
        let value = property.wrapper == .unixTime ? "_\(plainName).unixSeconds" : storageName
        return "try container.\(method)(\(value), forKey: .\(storageName))"
    }
}

/// `///` lines for a description, wrapped at word boundaries to fit generated code's line length.
enum DocumentationComment {
    /// Characters of text per line, leaving room for the `///` and the deepest indentation generated code uses.
    static let width = 96

    static func lines(_ text: String?) -> [String] {
        SwiftLiteral.documentationLines(text.map(DocumentationMarkup.markdown)).flatMap(wrapped).map {
            $0.isEmpty ? "///" : "/// " + $0
        }
    }

    private static func wrapped(_ line: String) -> [String] {
        guard line.utf8.count > width, line.count > width else { return [line] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = word.count
            if currentWidth > 0, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if currentWidth > 0 {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
        }
        if currentWidth > 0 { lines.append(current) }
        return lines
    }
}
