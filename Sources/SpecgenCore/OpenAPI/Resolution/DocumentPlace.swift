/// Where a JSON pointer lands in an OpenAPI document's structure, so that a `$ref` to the wrong kind of
/// object (a schema reference pointing at a response) is caught before it is decoded as something it is not.
indirect enum DocumentPlace: Equatable {
    case document
    case components
    /// Named or numbered members that are all `element`.
    case collection(of: DocumentPlace)
    case object(ComponentKind)
    case operation
    case mediaType
    case encoding
    /// Somewhere the structure does not pin down (an extension, an example value, a fragment file): any kind fits.
    case unconstrained

    private static let schemaMaps: Set<String> = [
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    ]
    private static let schemaLists: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    private static let singleSchemas: Set<String> = [
        "items", "not", "additionalProperties", "propertyNames", "contains", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties",
    ]

    /// The place one pointer token further down.
    func child(_ token: String) -> DocumentPlace {
        switch self {
        case .document:
            switch token {
            case "components": return .components
            case "paths", "webhooks": return .collection(of: .object(.pathItem))
            default: return .unconstrained
            }
        case .components:
            return ComponentKind(section: token).map { .collection(of: .object($0)) } ?? .unconstrained
        case .collection(let element):
            return element
        case .operation:
            return Self.operationChild(token)
        case .mediaType:
            switch token {
            case "schema": return .object(.schema)
            case "examples": return .collection(of: .object(.example))
            case "encoding": return .collection(of: .encoding)
            default: return .unconstrained
            }
        case .encoding:
            return token == "headers" ? .collection(of: .object(.header)) : .unconstrained
        case .object(let kind):
            return Self.child(of: kind, token)
        case .unconstrained:
            return .unconstrained
        }
    }

    private static func operationChild(_ token: String) -> DocumentPlace {
        switch token {
        case "parameters": .collection(of: .object(.parameter))
        case "requestBody": .object(.requestBody)
        case "responses": .collection(of: .object(.response))
        case "callbacks": .collection(of: .object(.callback))
        default: .unconstrained
        }
    }

    private static func child(of kind: ComponentKind, _ token: String) -> DocumentPlace {
        switch (kind, token) {
        case (.pathItem, "parameters"): .collection(of: .object(.parameter))
        case (.pathItem, _) where PathItem.Method(rawValue: token) != nil: .operation
        case (.callback, _): .object(.pathItem)
        case (.parameter, "schema"), (.header, "schema"): .object(.schema)
        case (.parameter, "content"), (.header, "content"), (.requestBody, "content"), (.response, "content"):
            .collection(of: .mediaType)
        case (.parameter, "examples"), (.header, "examples"): .collection(of: .object(.example))
        case (.response, "headers"): .collection(of: .object(.header))
        case (.response, "links"): .collection(of: .object(.link))
        case (.schema, _) where schemaMaps.contains(token): .collection(of: .object(.schema))
        case (.schema, _) where schemaLists.contains(token): .collection(of: .object(.schema))
        case (.schema, _) where singleSchemas.contains(token): .object(.schema)
        default: .unconstrained
        }
    }

    /// Whether an object of `kind` may stand here.
    func admits(_ kind: ComponentKind) -> Bool {
        switch self {
        case .unconstrained: true
        case .object(let placed): placed == kind
        default: false
        }
    }

    /// How the place is named in messages.
    var phrase: String {
        switch self {
        case .document: "the whole document"
        case .components: "the components object"
        case .collection(let element): "a collection of \(element.pluralPhrase)"
        case .object(let kind): kind.phrase
        case .operation: "an operation"
        case .mediaType: "a media type object"
        case .encoding: "an encoding object"
        case .unconstrained: "a value"
        }
    }

    private var pluralPhrase: String {
        switch self {
        case .object(let kind): "\(kind.rawValue)s"
        case .mediaType: "media types"
        case .encoding: "encodings"
        default: "objects"
        }
    }
}
