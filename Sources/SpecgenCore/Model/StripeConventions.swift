/// Stripe's vendor extensions that shape types.
enum StripeConventions {
    /// Values of `x-stripeEnum: {kind: open|closed, values: [...]}`, which newer Stripe specs put on strings
    /// whose values grow over time instead of a JSON Schema `enum`.
    static func enumValues(of schema: Schema) -> [Node]? {
        guard let values = schema.extensions["x-stripeEnum"]?["values"]?.sequence, !values.isEmpty else { return nil }
        return values
    }

    /// The object variants of an expandable field: `anyOf: [{type: string}, {$ref: customer}, …]` marked with
    /// `x-expansionResources`. `nil` for any other schema.
    static func expansionTargets(of schema: Schema, resolve: (RefOr<Schema>) -> Schema?) -> [RefOr<Schema>]? {
        guard schema.extensions["x-expansionResources"] != nil, !schema.anyOf.isEmpty else { return nil }
        var objects: [RefOr<Schema>] = []
        var hasID = false
        for variant in schema.anyOf {
            if variant.reference != nil {
                objects.append(variant)
            } else if resolve(variant)?.types == [.string] {
                hasID = true
            } else {
                return nil
            }
        }
        return hasID && !objects.isEmpty ? objects : nil
    }

    /// Stripe marks each object's type with a one-value enum on its `object` property (`enum: [customer]`):
    /// a constant tag, kept as a `String` rather than a one-case enum.
    static func isObjectTag(_ property: String, values: [Node]) -> Bool {
        property == "object" && values.count == 1
    }
}
