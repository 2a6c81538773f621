import Foundation

extension APIClient {
    /// The status code of the response `decoder` reads, when the client decodes an error body: error bodies whose
    /// type depends on the status (generated per operation) read it to pick their case.
    public static func responseStatus(of decoder: any Decoder) -> Int? {
        decoder.userInfo[responseStatusKey] as? Int
    }

    /// Where the client puts the status into a decoder's `userInfo`.
    static let responseStatusKey = CodingUserInfoKey(rawValue: "SpecgenRuntime.responseStatus")!
}
