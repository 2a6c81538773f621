/// Which media types carry what kind of body.
enum MediaTypes {
    /// `application/json`, `application/problem+json`, `…+json`, with or without parameters.
    static func isJSON(_ mediaType: String) -> Bool {
        let essence = essence(of: mediaType)
        return essence == "application/json" || essence.hasSuffix("+json") || essence == "*/*"
    }

    /// `application/x-www-form-urlencoded`.
    static func isForm(_ mediaType: String) -> Bool {
        essence(of: mediaType) == "application/x-www-form-urlencoded"
    }

    /// `multipart/form-data`.
    static func isMultipart(_ mediaType: String) -> Bool {
        essence(of: mediaType) == "multipart/form-data"
    }

    /// `text/plain`, `text/csv`, any `text/…`: a body sent as a string.
    static func isText(_ mediaType: String) -> Bool {
        essence(of: mediaType).hasPrefix("text/")
    }

    /// The type and subtype, lower-cased, without parameters and the spaces around them: `application/json` of
    /// ` Application/JSON; charset=utf-8`.
    private static func essence(of mediaType: String) -> String {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        let type = mediaType.prefix { $0 != ";" }.drop(while: isSpace)
        let end = type.lastIndex { !isSpace($0) }.map(type.index(after:)) ?? type.startIndex
        return String(type[..<end]).lowercased()
    }

    /// The content of a request body the client sends: JSON first, else form-urlencoded, else multipart.
    static func sentBody(of body: RequestBody) -> (String, MediaType)? {
        for accepts in [isJSON, isForm, isMultipart] {
            if let content = body.content.first(where: { accepts($0.key) }) { return (content.key, content.value) }
        }
        return nil
    }
}
