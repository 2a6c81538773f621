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
    /// A struct around a value of a type that refers back to it (`struct Tree { var value: [String: Tree] }`).
    let isWrapper: Bool
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
    /// Whether an untagged variant is checked before it is tried, so the value is read as `json` first.
    let checksVariants: Bool
    let hasDiscriminator: Bool
    let discriminatorLiteral: String
    let isIndirect: Bool
    let aliasedType: String
    /// The type a wrapper holds: `[String: Tree]`.
    let wrappedType: String
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
    /// The lines that open the `if` trying the variant, with its checks when it has any:
    /// `if json.has(["error", "code"], in: ["not_found"]), let value = try? NotFound(from: decoder) {`.
    let opening: [String]
    /// Whether the variant is checked before it is tried (the union then reads the value as `json` first).
    let isChecked: Bool

    init(_ unionCase: Union.Case) {
        name = unionCase.name
        type = unionCase.type.swift
        tagList = unionCase.tags.map { SwiftLiteral.string($0) + "?" }.joined(separator: ", ")
        isChecked = unionCase.match != nil
        let attempt = "let value = try? \(type)(from: decoder)"
        guard let match = unionCase.match else {
            opening = ["if \(attempt) {"]
            return
        }
        let conditions =
            (match.isObject ? ["json.isObject"] : []) + match.required.map { "json.has(\(Self.literal($0)))" }
            + match.pinned.map { "json.has(\(Self.literal($0.path)), in: \(Self.literal($0.values)))" }
        let line = "if " + (conditions + [attempt]).joined(separator: ", ") + " {"
        // Room left on a line in a union nested three deep, as swift-format breaks a long condition list.
        guard line.count > 96 else {
            opening = [line]
            return
        }
        var lines = ["if " + conditions[0] + ","]
        for condition in conditions.dropFirst() { lines.append("    " + condition + ",") }
        opening = lines + ["    " + attempt, "{"]
    }

    private static func literal(_ texts: [String]) -> String {
        "[" + texts.map(SwiftLiteral.string).joined(separator: ", ") + "]"
    }
}

extension TypeContext {
    init(_ type: NamedType, access: AccessLevel, nestedDeclarations: [String]) {
        var properties: [PropertyContext] = []
        var cases: [CaseContext] = []
        var rawType = ""
        var aliasedType = ""
        var wrappedType: String?
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
        case .wrapper(let target):
            wrappedType = target.swift
        }
        let unionCases = (union?.cases ?? []).map(UnionCaseContext.init)
        let hasDiscriminator = union?.discriminator != nil
        // Variants that pin more values are tried first: the most specific that fits wins.
        let modelCases = union?.cases ?? []
        let pins = { (index: Int) in modelCases[index].match?.pinned.count ?? 0 }
        let untagged = modelCases.indices.filter { !hasDiscriminator || modelCases[$0].tags.isEmpty }
            .sorted { pins($0) != pins($1) ? pins($0) > pins($1) : $0 < $1 }
            .map { unionCases[$0] }
        self.init(
            name: type.name,
            access: access.rawValue,
            documentation: DocumentationComment.lines(type.documentation)
                + (type.isDeprecated ? DocumentationComment.deprecatedType(hasText: type.documentation != nil) : []),
            // A deprecated type is documented as such, not marked: generated code refers to it from places that are
            // not deprecated (the storage behind a deprecated property, the init), and every such use would warn.
            isDeprecated: false,
            isStructure: !properties.isEmpty,
            isEnumeration: !cases.isEmpty,
            isUnion: union != nil,
            isAlias: properties.isEmpty && cases.isEmpty && union == nil && wrappedType == nil,
            isWrapper: wrappedType != nil,
            conformances: type.isEncodeOnly ? "Encodable, Sendable" : "Codable, Hashable, Sendable",
            isDecodable: !type.isEncodeOnly,
            properties: properties,
            encodesNulls: encodesNulls,
            cases: cases,
            rawType: rawType,
            unionCases: unionCases,
            taggedCases: hasDiscriminator ? unionCases.filter { !$0.tagList.isEmpty } : [],
            untaggedCases: untagged,
            checksVariants: untagged.contains(where: \.isChecked),
            hasDiscriminator: hasDiscriminator,
            discriminatorLiteral: union?.discriminator.map(SwiftLiteral.string) ?? "",
            isIndirect: union?.isIndirect ?? false,
            aliasedType: aliasedType,
            wrappedType: wrappedType ?? "",
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
        // In an expression `` `self` `` is the value itself, not its property of that name.
        let stored = storageName == "`self`" ? "self.`self`" : storageName
        let value = property.wrapper == .unixTime ? "_\(plainName).unixSeconds" : stored
        return "try container.\(method)(\(value), forKey: .\(storageName))"
    }
}

/// `///` lines for a description, wrapped at word boundaries to fit generated code's line length.
enum DocumentationComment {
    /// Characters of text per line, leaving room for the `///` and the deepest indentation generated code uses.
    static let width = 96

    /// The lines that say a type is deprecated, after a blank line when the type has documentation.
    static func deprecatedType(hasText: Bool) -> [String] {
        (hasText ? ["///"] : []) + ["/// - Warning: Deprecated: the API may stop sending or accepting it."]
    }

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
