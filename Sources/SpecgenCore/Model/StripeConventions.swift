/// Stripe's vendor extensions that shape types.
enum StripeConventions {
    /// Values of `x-stripeEnum: {kind: open|closed, values: [...]}`, which newer Stripe specs put on strings
    /// whose values grow over time instead of a JSON Schema `enum`.
    static func enumValues(of schema: Schema) -> [Node]? {
        guard let values = schema.extensions["x-stripeEnum"]?["values"]?.sequence, !values.isEmpty else { return nil }
        return values
    }

    /// Stripe marks each object's type with a one-value enum on its `object` property (`enum: [customer]`):
    /// a constant tag, kept as a `String` rather than a one-case enum.
    static func isObjectTag(_ property: String, values: [Node]) -> Bool {
        property == "object" && values.count == 1
    }
}
