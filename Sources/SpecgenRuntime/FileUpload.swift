import Foundation

/// A file sent in a `multipart/form-data` body: its bytes, the file name the server sees, and its media type.
public struct FileUpload: Sendable, Hashable, Codable {
    public var data: Data
    public var fileName: String
    public var contentType: String

    public init(data: Data, fileName: String, contentType: String = "application/octet-stream") {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
    }

    /// Outside a multipart body (in JSON), a file is its bytes in base64, without name or media type.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data)
    }

    public init(from decoder: any Decoder) throws {
        self.init(data: try decoder.singleValueContainer().decode(Data.self), fileName: "")
    }
}
