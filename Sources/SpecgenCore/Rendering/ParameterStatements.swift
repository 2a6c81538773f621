/// The Swift that puts an operation's parameters on the wire: the path literal with its parameters filled in, and
/// the statements that add query items, headers and cookies.
///
/// Scalars, enums and arrays of scalars in their location's default style take a direct route (`addQuery("limit",
/// limit)`); every other shape and style — objects, unions, maps, arrays in headers, `label`, `matrix`,
/// `spaceDelimited`, `pipeDelimited`, `deepObject`, cookies — goes through the runtime's `ParameterStyle` rules.
struct ParameterStatements {
    /// The operation's error body type, for the encoding errors the runtime may throw.
    let errorBody: String

    /// The body of the path's string literal, and the statements that must come before it: path parameters in a style
    /// other than `simple`, or of a shape that is not one text, are serialized into locals first
    /// (`let labelsSegment = try PercentEncoding.pathParameter(…)`).
    func path(
        _ path: String, parameters: [ClientModel.Parameter], taken: Set<String>
    ) -> (literal: String, bindings: [String]) {
        var literal = ""
        var bindings: [String] = []
        var taken = taken
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal += SwiftLiteral.stringContents(String(rest[..<open]))
            let key = String(rest[rest.index(after: open)..<close])
            if let parameter = parameters.first(where: { $0.key == key }) {
                if parameter.style == .simple, parameter.isScalar {
                    literal += "\\(PercentEncoding.pathSegment(\(Self.wireValue(parameter))))"
                } else {
                    var local = SwiftNaming.unescaped(parameter.name) + "Segment"
                    while taken.contains(local) { local += "_" }
                    taken.insert(local)
                    bindings += Self.call("let \(local) = try PercentEncoding.pathParameter", styled(parameter))
                    literal += "\\(\(local))"
                }
            } else {
                literal += SwiftLiteral.stringContents("{" + key + "}")
            }
            rest = rest[rest.index(after: close)...]
        }
        return (literal + SwiftLiteral.stringContents(String(rest)), bindings)
    }

    /// Statements that add the query parameters, in order: styled ones first, then the direct ones.
    func query(_ parameters: [ClientModel.Parameter]) -> [String] {
        let isDirect = { (parameter: ClientModel.Parameter) in
            parameter.style == .form && Self.isPlainQueryValue(parameter)
        }
        let styledStatements = parameters.filter { !isDirect($0) }.flatMap { parameter in
            parameter.style == .deepObject
                ? Self.call(
                    "try request.addQuery",
                    "deepObject: \(SwiftLiteral.string(parameter.key)), \(parameter.name), errorBody: \(errorBody).self"
                )
                : Self.call("try request.addQuery", styled(parameter))
        }
        let direct = parameters.filter(isDirect).flatMap { parameter in
            let explode: String
            if case .array = parameter.type.unwrapped {
                explode = ", explode: \(parameter.explode)"
            } else {
                explode = ""
            }
            return Self.call(
                "request.addQuery", "\(SwiftLiteral.string(parameter.key)), \(Self.wireValue(parameter))\(explode)")
        }
        return styledStatements + direct
    }

    /// Statements that set the header parameters.
    func headers(_ parameters: [ClientModel.Parameter]) -> [String] {
        parameters.flatMap { parameter in
            parameter.isScalar
                ? Self.call("request.setHeader", "\(SwiftLiteral.string(parameter.key)), \(Self.wireValue(parameter))")
                : Self.call(
                    "try request.setHeader",
                    "\(SwiftLiteral.string(parameter.key)), \(parameter.name), explode: \(parameter.explode), "
                        + "errorBody: \(errorBody).self")
        }
    }

    /// Statements that add the cookie parameters to the `Cookie` header.
    func cookies(_ parameters: [ClientModel.Parameter]) -> [String] {
        parameters.flatMap { parameter in
            Self.call(
                "try request.addCookie",
                "\(SwiftLiteral.string(parameter.key)), \(Self.wireValue(parameter)), explode: \(parameter.explode), "
                    + "errorBody: \(errorBody).self")
        }
    }

    /// Characters a statement may take on one line: the line length generated code keeps to (120), less the
    /// indentation of an operation's body in a resource.
    static let statementWidth = 108

    /// `function(arguments)` as one line, or, when that is too long, broken after the parenthesis with the arguments
    /// on a second line, indented, as swift-format breaks it.
    static func call(_ function: String, _ arguments: String) -> [String] {
        let line = function + "(" + arguments + ")"
        guard line.count > statementWidth else { return [line] }
        return [function + "(", "    " + arguments + ")"]
    }

    /// The arguments of the runtime's styled calls: key, value, style, explode and error body.
    private func styled(_ parameter: ClientModel.Parameter) -> String {
        "\(SwiftLiteral.string(parameter.key)), \(Self.wireValue(parameter)), style: .\(parameter.style.rawValue), "
            + "explode: \(parameter.explode), errorBody: \(errorBody).self"
    }

    // MARK: - Shapes

    /// Whether a query value is a scalar, an enum, or an array of either, which `addQuery` sends as it is.
    static func isPlainQueryValue(_ parameter: ClientModel.Parameter) -> Bool {
        if parameter.isEnumeration || parameter.isScalar { return true }
        if case .array(let element) = parameter.type.unwrapped { return element.isScalar }
        return false
    }

    /// The expression that turns an argument into what goes on the wire: raw values for enums, formatted dates, seconds
    /// for unix times, the argument itself otherwise.
    static func wireValue(_ parameter: ClientModel.Parameter) -> String {
        let optional = parameter.type.isOptional ? "?" : ""
        if parameter.isUnixTime {
            return parameter.type.isOptional
                ? "\(parameter.name).map { Int64($0.timeIntervalSince1970) }"
                : "Int64(\(parameter.name).timeIntervalSince1970)"
        }
        switch parameter.type.unwrapped {
        case .array(let element):
            if parameter.isEnumeration { return "\(parameter.name)\(optional).map(\\.rawValue)" }
            if element == .date { return "\(parameter.name)\(optional).map(JSONCoding.formatDate)" }
            return parameter.name
        case .date:
            return parameter.type.isOptional
                ? "\(parameter.name).map(JSONCoding.formatDate)" : "JSONCoding.formatDate(\(parameter.name))"
        default:
            return parameter.isEnumeration ? "\(parameter.name)\(optional).rawValue" : parameter.name
        }
    }
}
