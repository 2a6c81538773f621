/// The questions every step of Lower asks about a schema, answered one way: what an `allOf` merges into, whether a
/// schema is an object, an enum, a union or empty. Pure functions of the resolved document and the API's vendor rules.
struct SchemaRules: Sendable {
    let resolved: ResolvedDocument
    /// The rules of the API's vendor.
    let conventions: any Conventions

    init(resolved: ResolvedDocument, conventions: any Conventions = GenericConventions()) {
        self.resolved = resolved
        self.conventions = conventions
    }

    // MARK: - Objects

    /// Whether `schema` is `{type: object}` or `{}` as written, without looking into its `allOf` parts (which may lead
    /// back to the schema being merged).
    func isBareObject(_ schema: RefOr<Schema>) -> Bool {
        guard let value = resolved.resolve(schema) else { return false }
        return value.allOf.isEmpty && Self.holdsNoMembers(value)
    }

    /// An object schema with nothing in it, as Stripe declares for the bodies of its GET operations.
    func isEmptyObject(_ schema: RefOr<Schema>) -> Bool {
        guard let value = resolved.resolve(schema) else { return false }
        return Self.holdsNoMembers(mergedAllOf(value))
    }

    /// No properties, no values of additional ones, no variants, and no type but `object`.
    private static func holdsNoMembers(_ schema: Schema) -> Bool {
        var hasValues = false
        if case .schema = schema.additionalProperties { hasValues = true }
        return schema.properties.isEmpty && !hasValues && schema.oneOf.isEmpty && schema.anyOf.isEmpty
            && (schema.types.isEmpty || schema.types == [.object])
    }

    /// Properties, and no type but `object`: a struct.
    func isStructure(_ schema: Schema) -> Bool {
        !schema.properties.isEmpty && (schema.types.isEmpty || schema.types == [.object])
    }

    /// `allOf` parts that are inline objects or references to objects, merged into one schema with their
    /// properties and required lists; other keywords of the parent win. A lone `allOf` reference stays one (the
    /// type it names); a lone inline part is merged (Personio's `DocumentUploadSuccessResponse`).
    func mergedAllOf(_ schema: Schema) -> Schema {
        var schema = schema
        // `allOf: [{$ref: X}, {}]` is `X`: a part that constrains nothing adds nothing.
        schema.allOf.removeAll { if case .value(let part) = $0 { part.constrainsNothing } else { false } }
        let isLoneReference: Bool
        if schema.allOf.count == 1, case .reference = schema.allOf[0] {
            isLoneReference = true
        } else {
            isLoneReference = false
        }
        guard schema.allOf.count > 1 || (schema.allOf.count == 1 && (!schema.properties.isEmpty || !isLoneReference))
        else { return schema }
        var merged = schema
        merged.allOf = []
        for part in schema.allOf {
            guard let partSchema = resolved.resolve(part) else { continue }
            let flattened = mergedAllOf(partSchema)
            for (key, value) in flattened.properties {
                // A part may narrow what an earlier one left open: Personio's `Response` has `data: {type: object}`,
                // which `EmployeesResponse` makes an array.
                if let existing = merged.properties[key], !isBareObject(existing) || schema.properties[key] != nil {
                    continue
                }
                merged.properties[key] = value
            }
            merged.required += flattened.required.filter { !merged.required.contains($0) }
            if merged.types.isEmpty { merged.types = flattened.types }
            if merged.description == nil { merged.description = flattened.description }
        }
        return merged
    }

    // MARK: - Enums

    /// An open enum for a string or integer schema with listed values (`enum`, or Stripe's `x-stripeEnum`), except
    /// Stripe's constant `object` tag, which stays a plain string.
    func enumeration(_ schema: Schema, property: String? = nil) -> Enumeration? {
        guard let (rawType, values) = enumerationValues(schema, property: property) else { return nil }
        // `unknown` is the catch-all case; `none` and `some` would read as `Optional`'s in an optional context.
        // `unknown` holds values this client does not know; the rest are members every open enum has.
        var used: Set<String> = ["unknown", "none", "some", "rawValue", "allCases", "hashValue"]
        var literals: Set<String> = []
        var cases: [Enumeration.Case] = []
        for value in values {
            let literal = rawType == .integer ? value : SwiftLiteral.string(value)
            // A value listed twice is one case.
            guard literals.insert(literal).inserted else { continue }
            let base =
                rawType == .integer
                ? SwiftNaming.memberName("value " + value.replacingOccurrences(of: "-", with: "minus "))
                : SwiftNaming.memberName(value.isEmpty ? "empty" : value)
            let name = SwiftNaming.unique(base, among: used, suffix: "Value")
            used.insert(name)
            cases.append(Enumeration.Case(name: name, literal: literal, documentation: nil))
        }
        return Enumeration(rawType: rawType, cases: cases)
    }

    /// Whether ``enumeration(_:property:)`` makes an enum of the schema, without naming its cases.
    func isEnumeration(_ schema: Schema, property: String? = nil) -> Bool {
        enumerationValues(schema, property: property) != nil
    }

    /// The raw type and the listed values an enum is made of (integers as their decimal text); `nil` when the schema
    /// is no enum.
    private func enumerationValues(_ schema: Schema, property: String?) -> (Enumeration.RawType, [String])? {
        guard let values = schema.enumValues ?? conventions.enumValues(of: schema), !values.isEmpty,
            schema.types.first != .boolean,
            !conventions.isObjectTag(property ?? "", values: values)
        else { return nil }
        let scalars = values.compactMap { value in value.scalar.flatMap { $0.isNull ? nil : $0 } }
        // Numbers are integer enums when every value is a whole number; other numbers stay `Double`s.
        let rawType: Enumeration.RawType
        switch schema.types.first {
        case .integer: rawType = .integer
        case .number:
            guard scalars.allSatisfy({ $0.int != nil }) else { return nil }
            rawType = .integer
        default: rawType = .string
        }
        let texts = scalars.compactMap { scalar -> String? in
            rawType == .integer ? scalar.int.map { "\($0)" } : scalar.value
        }
        return texts.isEmpty ? nil : (rawType, texts)
    }

    // MARK: - Unions

    /// The variants of a `oneOf`/`anyOf` without the `null` ones (those make the value optional instead);
    /// `nil` when the schema is not a union.
    func unionVariants(_ schema: Schema) -> [RefOr<Schema>]? {
        let variants = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        guard !variants.isEmpty else { return nil }
        return variants.filter { !isNullVariant($0) }
    }

    /// Whether a schema is nothing but a union of one variant that refers to a named schema (`oneOf: [$ref: Error]`),
    /// and so is that schema.
    func isOneReferencedVariant(_ schema: Schema) -> Bool {
        guard let variants = unionVariants(schema), variants.count == 1, variants[0].reference != nil else {
            return false
        }
        return schema.properties.isEmpty && schema.allOf.isEmpty && schema.enumValues == nil
            && schema.additionalProperties == nil
    }

    /// Nullable itself, or a union with a `null` variant.
    func isNullable(_ schema: Schema) -> Bool {
        schema.isNullable || (schema.oneOf + schema.anyOf).contains(where: isNullVariant)
    }

    private func isNullVariant(_ variant: RefOr<Schema>) -> Bool {
        guard let schema = resolved.resolve(variant) else { return false }
        return schema.types.isEmpty && schema.isNullable && schema.properties.isEmpty && schema.enumValues == nil
            && schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty
    }
}
