/// A response body over ``ClientConfiguration/maxResponseSize``.
public struct ResponseTooLarge: Error, CustomStringConvertible {
    /// The limit it went over, in bytes.
    public var limit: Int

    public var description: String {
        "the response body is larger than \(limit) bytes (ClientConfiguration.maxResponseSize)"
    }
}
