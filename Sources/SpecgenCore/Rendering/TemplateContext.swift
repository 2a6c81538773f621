import Mustache

/// What a render context answers for a key: the field's value (`nil` for an empty optional), or that it has no field
/// of that name.
enum TemplateField {
    case value(Any?)
    case unknown
}

/// A value templates are rendered with. Each context answers its keys with a `switch` (swift-mustache would
/// otherwise find every key by reflection, which dominated generation time); a stored property missing from the
/// switch would make a template silently print the enclosing context's value of that name, so
/// ``unansweredFields`` finds them, and every render checks it in debug builds (``TemplateSet/render(_:with:)``).
protocol TemplateContext: MustacheParent {
    /// The value of the field named `key`, or `.unknown`.
    func field(_ key: String) -> TemplateField
}

extension TemplateContext {
    /// The field's value; `nil` makes swift-mustache look the key up in the enclosing context.
    func child(named key: String) -> Any? {
        guard case .value(let value) = field(key) else { return nil }
        return value
    }

    /// The stored properties of this context and of the contexts in it that ``field(_:)`` does not answer for, as
    /// `Type.property`.
    var unansweredFields: [String] {
        var unanswered: [String] = []
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            if case .unknown = field(label) { unanswered.append("\(Self.self).\(label)") }
            unanswered += Self.contexts(in: child.value).flatMap(\.unansweredFields)
        }
        return unanswered
    }

    /// The contexts a field holds: itself, the elements of an array, or the value of an optional.
    private static func contexts(in value: Any) -> [any TemplateContext] {
        if let context = value as? any TemplateContext { return [context] }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .collection || mirror.displayStyle == .optional else { return [] }
        return mirror.children.flatMap { contexts(in: $0.value) }
    }
}
