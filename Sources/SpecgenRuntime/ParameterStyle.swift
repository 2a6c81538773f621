import Foundation
import HTTPTypes

/// How OpenAPI serializes a parameter value (its `style`), for values of every shape: scalars, arrays and objects.
/// With `explode`, arrays and objects spread over several names or delimiters; `name`, `id`, `[3, 4]` and
/// `{"role": "admin"}` read:
///
/// | style | scalar | array | array, exploded | object | object, exploded |
/// |---|---|---|---|---|---|
/// | `simple` (path, header) | `5` | `3,4` | `3,4` | `role,admin` | `role=admin` |
/// | `label` (path) | `.5` | `.3,4` | `.3.4` | `.role,admin` | `.role=admin` |
/// | `matrix` (path) | `;id=5` | `;id=3,4` | `;id=3;id=4` | `;id=role,admin` | `;role=admin` |
/// | `form` (query, cookie) | `id=5` | `id=3,4` | `id=3&id=4` | `id=role,admin` | `role=admin` |
/// | `spaceDelimited` (query) | | `id=3 4` | `id=3&id=4` | `id=role admin` | |
/// | `pipeDelimited` (query) | | `id=3\|4` | `id=3&id=4` | `id=role\|admin` | |
///
/// `deepObject` (query) is `id[role]=admin`, nested as ``FormEncoder`` nests form fields.
public enum ParameterStyle: String, Sendable {
    case simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject
}

/// A parameter value as the styles see it: one text, a list of texts, or ordered name–text pairs; object members
/// sorted by name so the bytes are stable. Members that are arrays or objects themselves are sent as JSON text
/// (OpenAPI does not say how to serialize them).
enum ParameterValue {
    case absent
    case scalar(String)
    case list([String])
    case pairs([(name: String, value: String)])

    init(_ value: some Encodable) throws {
        switch value {
        case let text as String: self = .scalar(text)
        case let number as Int: self = .scalar(String(number))
        case let flag as Bool: self = .scalar(flag ? "true" : "false")
        case let date as Date: self = .scalar(JSONCoding.formatDate(date))
        default:
            let json = try JSONDecoder().decode(JSONValue.self, from: try JSONCoding.encoder().encode(value))
            switch json {
            case .null: self = .absent
            case .array(let items): self = .list(items.compactMap(Self.text))
            case .object(let members):
                self = .pairs(
                    members.sorted { $0.key < $1.key }.compactMap { key, item in Self.text(item).map { (key, $0) } })
            default: self = Self.text(json).map(Self.scalar) ?? .absent
            }
        }
    }

    /// A JSON value as one text: scalars as they read, arrays and objects as JSON; `nil` for `null`.
    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): FormEncoder.format(number)
        case .string(let text): text
        case .array, .object:
            (try? JSONCoding.encoder().encode(value)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The texts of a list or of pairs (`name, value, name, value`), each passed through `encode`.
    func flattened(_ encode: (String) -> String) -> [String] {
        switch self {
        case .absent: []
        case .scalar(let text): [encode(text)]
        case .list(let texts): texts.map(encode)
        case .pairs(let pairs): pairs.flatMap { [encode($0.name), encode($0.value)] }
        }
    }

    var isEmpty: Bool {
        switch self {
        case .absent: true
        case .scalar: false
        case .list(let texts): texts.isEmpty
        case .pairs(let pairs): pairs.isEmpty
        }
    }

    // MARK: - Styles

    /// `simple` style (path segments and headers); texts passed through `encode`.
    func simple(explode: Bool, encode: (String) -> String) -> String {
        if explode, case .pairs(let pairs) = self {
            return pairs.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: ",")
        }
        return flattened(encode).joined(separator: ",")
    }

    /// `label` style: `.`-prefixed.
    func label(explode: Bool, encode: (String) -> String) -> String {
        guard !isEmpty else { return "." }
        guard explode else { return "." + flattened(encode).joined(separator: ",") }
        if case .pairs(let pairs) = self {
            return pairs.map { "." + encode($0.name) + "=" + encode($0.value) }.joined()
        }
        return flattened(encode).map { "." + $0 }.joined()
    }

    /// `matrix` style: `;name=`-prefixed.
    func matrix(name: String, explode: Bool, encode: (String) -> String) -> String {
        let prefix = ";" + encode(name)
        guard !isEmpty else { return prefix }
        switch self {
        case .list(let texts) where explode: return texts.map { prefix + "=" + encode($0) }.joined()
        case .pairs(let pairs) where explode:
            return pairs.map { ";" + encode($0.name) + "=" + encode($0.value) }.joined()
        default: return prefix + "=" + flattened(encode).joined(separator: ",")
        }
    }

    /// `form`, `spaceDelimited` and `pipeDelimited` styles: name–value pairs, not yet percent-encoded.
    func fields(name: String, style: ParameterStyle, explode: Bool) -> [(name: String, value: String)] {
        let separator = style == .spaceDelimited ? " " : style == .pipeDelimited ? "|" : ","
        switch self {
        case .absent: return []
        case .scalar(let text): return [(name, text)]
        case .list(let texts):
            guard !texts.isEmpty else { return [] }
            return explode ? texts.map { (name, $0) } : [(name, texts.joined(separator: separator))]
        case .pairs(let pairs):
            guard !pairs.isEmpty else { return [] }
            return explode && style == .form ? pairs : [(name, flattened { $0 }.joined(separator: separator))]
        }
    }
}

// MARK: - Requests

extension APIRequest {
    /// Adds a query parameter of any shape in its `style`; `nil` adds nothing.
    public mutating func addQuery<ErrorBody>(
        _ name: String,
        _ value: (some Encodable)?,
        style: ParameterStyle,
        explode: Bool,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) {
        guard let value else { return }
        if style == .deepObject { return try addQuery(deepObject: name, value, errorBody: errorBody) }
        query += try Self.parameterValue(value, errorBody: errorBody).fields(name: name, style: style, explode: explode)
    }

    /// Sets a header of any shape (`simple` style); `nil` sets nothing.
    public mutating func setHeader<ErrorBody>(
        _ name: String,
        _ value: (some Encodable)?,
        explode: Bool,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) {
        guard let value else { return }
        let parameter = try Self.parameterValue(value, errorBody: errorBody)
        guard !parameter.isEmpty else { return }
        setHeader(name, parameter.simple(explode: explode) { $0 })
    }

    /// Adds a cookie of any shape (`form` style) to the `Cookie` header, values percent-encoded; `nil` adds nothing.
    public mutating func addCookie<ErrorBody>(
        _ name: String,
        _ value: (some Encodable)?,
        explode: Bool,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) {
        guard let value else { return }
        let fields = try Self.parameterValue(value, errorBody: errorBody)
            .fields(name: name, style: .form, explode: explode)
        guard !fields.isEmpty else { return }
        let cookies = fields.map {
            PercentEncoding.queryComponent($0.name) + "=" + PercentEncoding.queryComponent($0.value)
        }
        // One `Cookie` field, as HTTP/1.1 requires: the plain subscript would split it into a field per cookie,
        // which transports send as several header lines (URLSession keeps only the last).
        let existing = headers[fields: .cookie].map(\.value)
        headers[fields: .cookie] = [HTTPField(name: .cookie, value: (existing + cookies).joined(separator: "; "))]
    }

    static func parameterValue<ErrorBody>(
        _ value: some Encodable,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) -> ParameterValue {
        do {
            return try ParameterValue(value)
        } catch {
            throw APIError(reason: .encoding, underlying: error)
        }
    }
}

extension PercentEncoding {
    /// A path parameter of any shape in its `style` (`simple`, `label` or `matrix`), percent-encoded but for the
    /// style's own delimiters: `;id=3,4`.
    public static func pathParameter<ErrorBody>(
        _ name: String,
        _ value: some Encodable,
        style: ParameterStyle,
        explode: Bool,
        errorBody: ErrorBody.Type
    ) throws(APIError<ErrorBody>) -> String {
        let parameter = try APIRequest.parameterValue(value, errorBody: errorBody)
        let encode = { (text: String) in pathSegment(text) }
        switch style {
        case .label: return parameter.label(explode: explode, encode: encode)
        case .matrix: return parameter.matrix(name: name, explode: explode, encode: encode)
        default: return parameter.simple(explode: explode, encode: encode)
        }
    }
}
