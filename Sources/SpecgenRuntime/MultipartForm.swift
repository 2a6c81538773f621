import Foundation

/// A `multipart/form-data` body (RFC 7578), built part by part in the order appended: text fields, files with
/// their file name and media type, and JSON for structured values.
public struct MultipartForm: Sendable {
    public let boundary: String
    private var parts = Data()

    public init(boundary: String = "specgen-" + UUID().uuidString.lowercased()) {
        self.boundary = boundary
    }

    /// The `Content-Type` header for the body.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The whole body, closing boundary included.
    public var body: Data { parts + Data("--\(boundary)--\r\n".utf8) }

    /// A field for `value`: strings, numbers and booleans as text, arrays of them as one field each, anything else
    /// as JSON. `nil` adds nothing.
    public mutating func append(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONCoding.encoder().encode(value))
        switch json {
        case .null: return
        case .array(let items) where items.allSatisfy({ Self.text($0) != nil }):
            for item in items {
                appendPart(name: name, fileName: nil, contentType: nil, body: Data(Self.text(item)!.utf8))
            }
        default:
            if let text = Self.text(json) {
                appendPart(name: name, fileName: nil, contentType: nil, body: Data(text.utf8))
            } else {
                appendPart(
                    name: name, fileName: nil, contentType: "application/json",
                    body: try JSONCoding.encoder().encode(json))
            }
        }
    }

    /// A file part; `nil` adds nothing.
    public mutating func append(_ name: String, file: FileUpload?) {
        guard let file else { return }
        appendPart(name: name, fileName: file.fileName, contentType: file.contentType, body: file.data)
    }

    private mutating func appendPart(name: String, fileName: String?, contentType: String?, body: Data) {
        var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(name))\""
        if let fileName { head += "; filename=\"\(Self.quoted(fileName))\"" }
        head += "\r\n"
        if let contentType {
            head += "Content-Type: \(contentType.filter { $0 != "\r" && $0 != "\n" })\r\n"
        }
        parts += Data((head + "\r\n").utf8) + body + Data("\r\n".utf8)
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    /// A name inside quotes, as RFC 7578 and browsers write it: `"`, CR and LF percent-encoded.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
