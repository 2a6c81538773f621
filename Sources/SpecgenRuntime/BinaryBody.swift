import Foundation

/// A response body that is not JSON — an image, a PDF, a CSV file — as the bytes received and their media type.
public struct BinaryBody: Sendable, Hashable {
    /// The body, byte for byte.
    public var data: Data
    /// The response's `Content-Type`, such as `image/png`; `nil` when the server sent none.
    public var contentType: String?

    public init(data: Data, contentType: String?) {
        self.data = data
        self.contentType = contentType
    }
}
