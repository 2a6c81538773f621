import Foundation

/// Which media types carry what kind of body.
enum MediaTypes {
    /// `application/json`, `application/problem+json`, `…+json`, with or without parameters.
    static func isJSON(_ mediaType: String) -> Bool {
        let essence = mediaType.prefix(while: { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
        return essence == "application/json" || essence.hasSuffix("+json") || essence == "*/*"
    }

    /// `application/x-www-form-urlencoded`.
    static func isForm(_ mediaType: String) -> Bool {
        mediaType.prefix(while: { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
            == "application/x-www-form-urlencoded"
    }

    /// `multipart/form-data`.
    static func isMultipart(_ mediaType: String) -> Bool {
        mediaType.prefix(while: { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
            == "multipart/form-data"
    }

    /// `text/plain`, `text/csv`, any `text/…`: a body sent as a string.
    static func isText(_ mediaType: String) -> Bool {
        mediaType.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("text/")
    }

    /// The content of a request body the client sends: JSON first, else form-urlencoded, else multipart.
    static func sentBody(of body: RequestBody) -> (String, MediaType)? {
        for accepts in [isJSON, isForm, isMultipart] {
            if let content = body.content.first(where: { accepts($0.key) }) { return (content.key, content.value) }
        }
        return nil
    }
}
