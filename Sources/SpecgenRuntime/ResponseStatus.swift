import Foundation

extension CodingUserInfoKey {
    /// The HTTP status code of the response an error body is decoded from, as an `Int`: error bodies whose type
    /// depends on the status (generated per operation) read it to pick their case.
    public static let responseStatus = CodingUserInfoKey(rawValue: "SpecgenRuntime.responseStatus")!
}

extension Decoder {
    /// The status code of the response being decoded, when the client decodes an error body.
    public var responseStatus: Int? { userInfo[.responseStatus] as? Int }
}
