/// What templates are rendered from: Swift-ready types with every name decided. No OpenAPI types leak past here.
public struct IntermediateModel: Sendable, Encodable {
    /// The Swift module the generated files belong to, such as `StripeClient`.
    public var moduleName: String
    /// Where the spec came from, for the generated files' header (`Specs/stripe`).
    public var source: String
    public var accessLevel: AccessLevel
    /// Top-level named types in a stable order; nested types hang off their parents.
    public var types: [NamedType]
    /// The client and its resources and operations.
    public var client: ClientModel
}

/// Swift access level of generated declarations.
public enum AccessLevel: String, Sendable, Encodable, CaseIterable {
    case `public`, package, `internal`
}

/// A type declaration: a struct, an open enum, a union or an alias.
public struct NamedType: Sendable, Encodable {
    /// The Swift name, unqualified (`EventDestination`); unique among its siblings.
    public var name: String
    /// Where it came from (`#/components/schemas/v2.core.event_destination`), for diagnostics and docs.
    public var origin: String
    public var documentation: String?
    public var isDeprecated: Bool
    public var kind: Kind
    /// Types declared inside this one (inline objects and enums of its properties).
    public var nestedTypes: [NamedType]
    /// The schema's `title`, which names the type when it is shared (``SharedShapes``).
    public var title: String?
    /// Only ever sent (an inline request body and its parts): `Encodable` only, neither `Decodable` nor `Hashable`,
    /// which halves what the compiler synthesizes for Stripe's thousands of parameter types.
    public var isEncodeOnly = false

    public enum Kind: Sendable, Encodable {
        case structure([Property])
        case enumeration(Enumeration)
        case union(Union)
        case alias(TypeReference)
        /// A value of a type that refers back to this one (`Tree = [String: Tree]`), which a type alias cannot: a
        /// struct holding it in `value`, coded as the value itself.
        case wrapper(TypeReference)

        private enum CodingKeys: String, CodingKey {
            case kind, properties, enumeration, union, target
        }

        /// `{"kind": "structure", "properties": […]}`, `{"kind": "alias", "target": "[Pet]"}`, …: named members, as
        /// templates see them.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .structure(let properties):
                try container.encode("structure", forKey: .kind)
                try container.encode(properties, forKey: .properties)
            case .enumeration(let enumeration):
                try container.encode("enumeration", forKey: .kind)
                try container.encode(enumeration, forKey: .enumeration)
            case .union(let union):
                try container.encode("union", forKey: .kind)
                try container.encode(union, forKey: .union)
            case .alias(let target):
                try container.encode("alias", forKey: .kind)
                try container.encode(target, forKey: .target)
            case .wrapper(let target):
                try container.encode("wrapper", forKey: .kind)
                try container.encode(target, forKey: .target)
            }
        }
    }
}

/// A stored property of a generated struct.
public struct Property: Sendable, Encodable {
    /// The Swift name, escaped if it is a keyword (`` `default` ``).
    public var name: String
    /// The JSON key it is coded under.
    public var key: String
    /// The property's type, `Optional` already applied.
    public var type: TypeReference
    public var documentation: String?
    public var isDeprecated: Bool
    /// Required but nullable: encoded as an explicit `null` when `nil`, so that values round-trip.
    public var encodesNull: Bool
    /// A property wrapper that changes how the value is stored or coded.
    public var wrapper: Wrapper?
    /// The spec's `default` as Swift literal text (`4`, `"blue"`, `.blue`), used as the initializer's default.
    public var defaultLiteral: String?

    public enum Wrapper: String, Sendable, Encodable {
        /// `@Indirect`: stored on the heap, for properties whose type contains the property's own type.
        case indirect = "Indirect"
        /// `@UnixTime`: a `Date` coded as seconds since 1970.
        case unixTime = "UnixTime"
    }
}

/// A `oneOf`/`anyOf` as an enum with associated values; a variant the spec does not list is kept as `JSONValue`.
public struct Union: Sendable, Encodable {
    /// The property whose value tells the variants apart (`object`, `type`); `nil` to try each variant in order.
    public var discriminator: String?
    public var cases: [Case]
    /// Whether a variant refers back to this type, so the enum needs `indirect`.
    public var isIndirect: Bool

    public struct Case: Sendable, Encodable {
        /// The Swift case name.
        public var name: String
        public var type: TypeReference
        /// Discriminator values that select this case, as written in the spec.
        public var tags: [String]
        /// What a value must have to be this variant, checked before it is tried when no tag selects it; `nil` when
        /// the variant's schema says nothing that tells it apart.
        public var match: Match?
        /// The string the case stands for when it holds no value: an inline string enum among the variants is a
        /// case per value (`anyOf: [{enum: [now]}, {type: integer}]` → `case now`, `case integer(Int)`).
        public var constant: String? = nil
    }

    /// The checks that tell an untagged variant apart: open enums and optional members let a variant decode from
    /// values meant for another, so a value is tried as a variant only when it has what that variant requires.
    public struct Match: Sendable, Encodable, Equatable {
        /// The value is a JSON object.
        public var isObject: Bool
        /// Key paths that must be present: the variant's required properties that not every variant requires.
        public var required: [[String]]
        /// Key paths whose value the variant pins (a `const`, or an `enum` of one value), with the values allowed.
        public var pinned: [Pin]

        public struct Pin: Sendable, Encodable, Equatable {
            public var path: [String]
            public var values: [String]
        }
    }
}

/// An enum that keeps values the spec does not list in an `unknown` case, so new API values never fail decoding.
public struct Enumeration: Sendable, Encodable {
    public var rawType: RawType
    public var cases: [Case]

    public enum RawType: String, Sendable, Encodable {
        case string = "String"
        case integer = "Int"
    }

    public struct Case: Sendable, Encodable {
        /// The Swift case name, escaped if needed.
        public var name: String
        /// The raw value as Swift literal text: `"webhook_endpoint.url"` or `42`.
        public var literal: String
        public var documentation: String?
    }
}

/// A Swift type as a property or alias refers to it.
public indirect enum TypeReference: Sendable, Encodable, Equatable {
    case string, int, int32, double, float, bool, date, url, data, jsonValue
    /// A `format: decimal` string, kept exactly: `DecimalString`.
    case decimal
    /// A `Date` coded as seconds since 1970; a property of this type is a `Date` with the `@UnixTime` wrapper.
    case unixTime
    /// A generated type, by its qualified Swift name (`EventDestination.Status`).
    case named(String)
    case array(TypeReference)
    case dictionary(TypeReference)
    case optional(TypeReference)
    /// A Stripe expandable field: an ID, or the object when expanded.
    case expandable(TypeReference)
    /// A page of a list object: `ListPage<Item>`.
    case listPage(TypeReference)
    /// A response body that is not JSON (an image, a file): its bytes and media type, `BinaryBody`.
    case binary
    /// A file in a `multipart/form-data` body: bytes, file name and media type, `FileUpload`.
    case fileUpload
    /// A value that can also be cleared (Stripe's empty-string marker): `Clearable<Value>`.
    case clearable(TypeReference)

    /// Encoded as its Swift spelling (``swift``), as templates print it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(swift)
    }

    /// The Swift spelling: `[String: EventDestination.Status]?`.
    public var swift: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .int32: "Int32"
        case .double: "Double"
        case .float: "Float"
        case .bool: "Bool"
        case .date: "Date"
        case .url: "URL"
        case .data: "Data"
        case .jsonValue: "JSONValue"
        case .decimal: "DecimalString"
        case .unixTime: "UnixTime<Date>"
        case .named(let name): name
        case .array(let element): "[\(element.swift)]"
        case .dictionary(let value): "[String: \(value.swift)]"
        case .optional(let wrapped): "\(wrapped.swift)?"
        case .expandable(let object): "Expandable<\(object.swift)>"
        case .clearable(let value): "Clearable<\(value.swift)>"
        case .listPage(let item): "ListPage<\(item.swift)>"
        case .binary: "BinaryBody"
        case .fileUpload: "FileUpload"
        }
    }

    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The same type with every generated type name passed through `rename`.
    public func mapNamed(_ rename: (String) -> String) -> TypeReference {
        replacing {
            guard case .named(let name) = $0 else { return nil }
            return .named(rename(name))
        }
    }

    /// The same type with each part that `replacement` answers for replaced (and not looked into).
    public func replacing(_ replacement: (TypeReference) -> TypeReference?) -> TypeReference {
        if let replaced = replacement(self) { return replaced }
        return switch self {
        case .array(let element): .array(element.replacing(replacement))
        case .dictionary(let value): .dictionary(value.replacing(replacement))
        case .optional(let wrapped): .optional(wrapped.replacing(replacement))
        case .expandable(let object): .expandable(object.replacing(replacement))
        case .clearable(let value): .clearable(value.replacing(replacement))
        case .listPage(let item): .listPage(item.replacing(replacement))
        default: self
        }
    }

    /// A string, number, boolean, date or URL: one text on the wire.
    public var isScalar: Bool {
        switch self {
        case .string, .int, .int32, .double, .float, .bool, .date, .url: true
        default: false
        }
    }

    /// The generated type names it mentions, at any depth.
    public var namedTypes: [String] {
        switch self {
        case .named(let name): [name]
        case .array(let inner), .dictionary(let inner), .optional(let inner), .expandable(let inner),
            .clearable(let inner), .listPage(let inner):
            inner.namedTypes
        default: []
        }
    }

    /// The generated type names a value of this type holds in its own storage, not behind an array or a map: a
    /// struct cannot hold itself that way.
    public var typesHeldInline: [String] {
        switch self {
        case .named(let name): [name]
        case .optional(let inner), .expandable(let inner), .clearable(let inner): inner.typesHeldInline
        default: []
        }
    }

    /// Whether a `unix-time` date is anywhere in the type (`Clearable<UnixTime<Date>>?`).
    public var containsUnixTime: Bool { contains { $0 == .unixTime } }

    /// Whether the type, or a type it is made of, is one `predicate` accepts.
    public func contains(_ predicate: (TypeReference) -> Bool) -> Bool {
        if predicate(self) { return true }
        return switch self {
        case .array(let inner), .dictionary(let inner), .optional(let inner), .expandable(let inner),
            .clearable(let inner), .listPage(let inner):
            inner.contains(predicate)
        default: false
        }
    }

    /// The type with every unix time a plain `Date` (`Clearable<Date>?`): what a value coded through the `@UnixTime`
    /// wrapper shows in its signature.
    public var unixTimeAsDate: TypeReference { replacing { $0 == .unixTime ? .date : nil } }

    /// The type without its outer `Optional`.
    public var unwrapped: TypeReference {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }
}
