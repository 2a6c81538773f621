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
    /// The cases that stand for a string, matched before any variant is tried.
    let constantCases: [UnionCaseContext]
    let hasConstantCases: Bool
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
    /// How an explicit `encode(to:)` writes the property: `encode` always (it writes `null` for `nil`), else
    /// `encodeIfPresent`, which leaves the key out.
    let encodesAlways: Bool
    /// What an explicit `encode(to:)` passes to the container: the stored property (`self.`self`` for one named
    /// `self`), or for a unix time that value in its coding wrapper (`created.map { UnixTime(wrappedValue: $0) }`),
    /// so that a `nil` is written as `null` where it must be.
    let encodedValue: String
    /// The initializer parameter's label when it differs from its name: `` `self` `` for a property named `self`,
    /// whose parameter is `` `self` selfValue ``, since a parameter named `self` would hide the instance being
    /// initialized.
    let parameterLabel: String?
    /// The name of the initializer's parameter.
    let parameterValue: String
}

struct CaseContext {
    let name: String
    let literal: String
}

struct UnionCaseContext {
    let name: String
    /// The type the case holds: `Date` for a unix time too.
    let type: String
    /// The type that decodes and encodes the value, when it is not `type` itself: `UnixTime<Date>`, a wrapper whose
    /// `wrappedValue` is the case's value.
    let codingWrapper: String?
    /// `"card"`, `"card_v2"`: the discriminator values, as literals, that select the case.
    let tags: [String]
    /// What is checked of the value before the variant is tried (`json.has(["error", "code"], in: ["not_found"])`);
    /// empty when the variant is tried as it comes.
    let conditions: [ConditionContext]
    /// Whether the variant is checked before it is tried (the union then reads the value as `json` first).
    let isChecked: Bool
    /// Whether the case holds no value but stands for the string `literal`.
    let isConstant: Bool
    let literal: String

    init(_ unionCase: Union.Case) {
        name = unionCase.name
        let shown = unionCase.type.unixTimeAsDate
        type = shown.swift
        codingWrapper = shown == unionCase.type ? nil : "UnixTime<\(type)>"
        isConstant = unionCase.constant != nil
        literal = unionCase.constant.map(SwiftLiteral.string) ?? ""
        tags = unionCase.tags.map(SwiftLiteral.string)
        isChecked = unionCase.match != nil
        guard let match = unionCase.match else {
            conditions = []
            return
        }
        conditions =
            (match.isObject ? [ConditionContext(isObject: true, path: [], isPinned: false, values: [])] : [])
            + match.required.map {
                ConditionContext(isObject: false, path: $0.map(SwiftLiteral.string), isPinned: false, values: [])
            }
            + match.pinned.map {
                ConditionContext(
                    isObject: false, path: $0.path.map(SwiftLiteral.string), isPinned: true,
                    values: $0.values.map(SwiftLiteral.string))
            }
    }
}

/// One check of a value read as JSON: that it is an object, that it has a member at a path of keys (literals), or that
/// the member there is one of some values (literals).
struct ConditionContext {
    let isObject: Bool
    let path: [String]
    /// Whether the member must be one of `values`.
    let isPinned: Bool
    let values: [String]
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
        let untagged = modelCases.indices.filter {
            (!hasDiscriminator || modelCases[$0].tags.isEmpty) && modelCases[$0].constant == nil
        }
        .sorted { pins($0) != pins($1) ? pins($0) > pins($1) : $0 < $1 }
        .map { unionCases[$0] }
        self.init(
            name: type.name,
            access: access.rawValue,
            documentation: DocumentationComment.lines(type.documentation)
                + (type.isDeprecated ? DocumentationComment.deprecatedType(hasText: type.documentation != nil) : [])
                + (type.origin.hasPrefix("#/")
                    ? DocumentationComment.origin(
                        type.origin, hasText: type.documentation != nil || type.isDeprecated) : []),
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
            taggedCases: hasDiscriminator ? unionCases.filter { !$0.tags.isEmpty } : [],
            untaggedCases: untagged,
            checksVariants: untagged.contains(where: \.isChecked),
            constantCases: unionCases.filter(\.isConstant),
            hasConstantCases: unionCases.contains(where: \.isConstant),
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
            encodesAlways: property.encodesNull || !property.type.isOptional,
            encodedValue: Self.encodedValue(property, storageName: storageName),
            parameterLabel: property.name == "`self`" ? property.name : nil,
            parameterValue: property.name == "`self`" ? "selfValue" : property.name
        )
    }

    private static func encodedValue(_ property: Property, storageName: String) -> String {
        let stored = storageName == "`self`" ? "self." + storageName : storageName
        guard property.wrapper == .unixTime else { return stored }
        return property.type.isOptional
            ? stored + ".map { UnixTime(wrappedValue: $0) }" : "UnixTime(wrappedValue: \(stored))"
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

    /// Where the spec declares what is generated, as a JSON pointer (`#/components/schemas/customer`), after a blank
    /// line when there is documentation above.
    static func origin(_ pointer: String, hasText: Bool) -> [String] {
        (hasText ? ["///"] : [])
            + ["/// - Remark: Generated from " + SwiftLiteral.documentationLines(pointer).joined(separator: " ")]
    }

    /// A parameter of a `- Parameters:` list: `///   - name: text`, wrapped with its continuation lines indented.
    static func parameter(_ name: String, _ text: String) -> [String] {
        let lines = wrapped("\(name): \(text)")
        return lines.enumerated().map { index, line in (index == 0 ? "///   - " : "///     ") + line }
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
