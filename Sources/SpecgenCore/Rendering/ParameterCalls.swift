/// What `Operation.mustache` prints an operation's parameters from: the parts of the path, and a call per query,
/// header and cookie parameter that says which runtime call it takes, with its key as a literal and its value as a
/// ``WireValue``. No Swift is built here; the template writes it.
///
/// Scalars, enums and arrays of scalars in their location's default style take a direct route (`addQuery("limit",
/// limit)`); every other shape and style — objects, unions, maps, arrays in headers, `label`, `matrix`,
/// `spaceDelimited`, `pipeDelimited`, `deepObject`, cookies — goes through the runtime's `ParameterStyle` rules.
enum ParameterCalls {
    /// How an argument becomes what goes on the wire (`WireValue.mustache`): as it is, by raw value (an enum or an
    /// array of enums), as formatted dates, or as seconds since 1970.
    struct WireValue {
        let name: String
        let isOptional: Bool
        let isPlain: Bool
        let isEnumeration: Bool
        let isEnumerationArray: Bool
        let isDateArray: Bool
        let isDate: Bool
        let isUnixTime: Bool

        init(_ parameter: ClientModel.Parameter) {
            name = parameter.name
            isOptional = parameter.type.isOptional
            let form: Form
            switch parameter.type.unwrapped {
            case _ where parameter.isUnixTime: form = .unixTime
            case .array where parameter.isEnumeration: form = .enumerationArray
            case .array(.date): form = .dateArray
            case .date: form = .date
            case _ where parameter.isEnumeration: form = .enumeration
            default: form = .plain
            }
            isPlain = form == .plain
            isEnumeration = form == .enumeration
            isEnumerationArray = form == .enumerationArray
            isDateArray = form == .dateArray
            isDate = form == .date
            isUnixTime = form == .unixTime
        }

        /// The one way a value goes on the wire; the template sees it as the flags above.
        private enum Form {
            case plain, enumeration, enumerationArray, dateArray, date, unixTime
        }
    }

    /// One parameter put on the request.
    struct Call {
        /// The parameter's name on the wire, as a string literal.
        let key: String
        /// The argument.
        let name: String
        let value: WireValue
        /// The runtime's `ParameterStyle` case.
        let style: String
        let explode: Bool
        /// A query value sent as it is (`request.addQuery("limit", limit)`); `passesExplode` when it is an array.
        let isDirect: Bool
        let passesExplode: Bool
        /// A `deepObject` query (`try request.addQuery(deepObject: "created", created, …)`).
        let isDeepObject: Bool
        /// Serialized by the runtime's style rules (`try request.addQuery("ids", ids, style: .pipeDelimited, …)`).
        let isStyled: Bool
        /// A header that is one text (`request.setHeader("X-Id", id)`).
        let isScalar: Bool

        init(_ parameter: ClientModel.Parameter, isDirect: Bool = false) {
            key = SwiftLiteral.string(parameter.key)
            name = parameter.name
            value = WireValue(parameter)
            style = parameter.style.rawValue
            explode = parameter.explode
            self.isDirect = isDirect
            if case .array = parameter.type.unwrapped { passesExplode = isDirect } else { passesExplode = false }
            isDeepObject = !isDirect && parameter.style == .deepObject
            isStyled = !isDirect && parameter.style != .deepObject
            isScalar = parameter.isScalar
        }
    }

    /// A piece of the path: text as it is, a parameter percent-encoded in place, or a parameter serialized before the
    /// request into a local (`labelsSegment`).
    struct PathPart {
        /// The text's string-literal contents.
        let text: String?
        let segment: WireValue?
        let local: String?
    }

    /// A path parameter serialized into a local before the request: `let labelsSegment = try
    /// PercentEncoding.pathParameter(…)`.
    struct PathBinding {
        let local: String
        let call: Call
    }

    /// The path's parts and the bindings that come before the request: path parameters in a style other than
    /// `simple`, or of a shape that is not one text, are serialized into locals first, named apart from `taken`.
    static func path(
        _ path: String, parameters: [ClientModel.Parameter], taken: Set<String>
    ) -> (parts: [PathPart], bindings: [PathBinding]) {
        var parts: [PathPart] = []
        var bindings: [PathBinding] = []
        var taken = taken
        var rest = Substring(path)
        func text(_ text: String) {
            guard !text.isEmpty else { return }
            parts.append(PathPart(text: SwiftLiteral.stringContents(text), segment: nil, local: nil))
        }
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text(String(rest[..<open]))
            let key = String(rest[rest.index(after: open)..<close])
            if let parameter = parameters.first(where: { $0.key == key }) {
                if parameter.style == .simple, parameter.isScalar {
                    parts.append(PathPart(text: nil, segment: WireValue(parameter), local: nil))
                } else {
                    var local = SwiftNaming.unescaped(parameter.name) + "Segment"
                    while taken.contains(local) { local += "_" }
                    taken.insert(local)
                    bindings.append(PathBinding(local: local, call: Call(parameter)))
                    parts.append(PathPart(text: nil, segment: nil, local: local))
                }
            } else {
                text("{" + key + "}")
            }
            rest = rest[rest.index(after: close)...]
        }
        text(String(rest))
        return (parts, bindings)
    }

    /// The query parameters' calls, in order: styled ones first, then the direct ones.
    static func query(_ parameters: [ClientModel.Parameter]) -> [Call] {
        let isDirect = { (parameter: ClientModel.Parameter) in
            parameter.style == .form && isPlainQueryValue(parameter)
        }
        return parameters.filter { !isDirect($0) }.map { Call($0) }
            + parameters.filter(isDirect).map { Call($0, isDirect: true) }
    }

    /// Whether a query value is a scalar, an enum, or an array of either, which `addQuery` sends as it is.
    private static func isPlainQueryValue(_ parameter: ClientModel.Parameter) -> Bool {
        if parameter.isEnumeration || parameter.isScalar { return true }
        if case .array(let element) = parameter.type.unwrapped { return element.isScalar }
        return false
    }
}
