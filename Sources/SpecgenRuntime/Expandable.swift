/// A Stripe expandable field: the ID of an object, or the object itself when the request asked for it with
/// `expand`. The ID is there either way.
///
/// The object is stored on the heap: Stripe's objects refer to each other in cycles (an account's application fee
/// refers to the account), which would otherwise make the structs infinitely large.
public struct Expandable<Object: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The object's ID, whether or not it was expanded; empty only for an expanded object that has no `id`.
    public var id: String
    private var storage: Indirect<Object?>

    /// The expanded object; `nil` when the response only carried the ID.
    public var object: Object? {
        get { storage.wrappedValue }
        set { storage = Indirect(wrappedValue: newValue) }
    }

    /// An unexpanded reference.
    public init(id: String) {
        self.id = id
        self.storage = Indirect(wrappedValue: nil)
    }

    /// An expanded object with its ID.
    public init(id: String, object: Object) {
        self.id = id
        self.storage = Indirect(wrappedValue: object)
    }

    private enum IDKey: String, CodingKey {
        case id
    }

    public init(from decoder: any Decoder) throws {
        if let id = try? decoder.singleValueContainer().decode(String.self) {
            self.init(id: id)
            return
        }
        let object = try Object(from: decoder)
        let id = (try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)) ?? ""
        self.init(id: id, object: object)
    }

    public func encode(to encoder: any Encoder) throws {
        if let object {
            try object.encode(to: encoder)
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(id)
        }
    }
}
