import Foundation

/// Turns names from specs (`v2.core.event_destination`, `status_details`, `webhook_endpoint.url`) into Swift
/// names that read as if written by hand: `V2CoreEventDestination`, `statusDetails`, `webhookEndpointURL`.
///
/// Words are split at anything that is not a letter or digit and at lower-to-upper case changes; known
/// initialisms are upper-cased (`URL`, `ID`); keywords are escaped with backticks; a leading digit gets an
/// underscore. The same input always gives the same name.
enum SwiftNaming {
    /// Words written all upper-case inside names, as Swift's API guidelines do; their plurals keep a lower-case `s`
    /// (`IDs`, `URLs`).
    private static let initialisms: Set<String> = [
        "id", "url", "uri", "api", "json", "uuid", "guid", "http", "https", "ip", "arn", "aws", "ssh", "ssl", "tls",
        "sql", "xml", "html", "pdf", "sms", "dns", "jwt", "sdk", "tcp", "udp", "cpu", "gpu", "ai", "llm", "sso", "saml",
        "scim", "mfa", "otp", "oidc", "vpc", "kms", "iam", "cidr", "smtp", "sftp", "ftp", "ldap", "gps", "ui", "csv",
        "png", "jpeg", "svg", "mime", "hmac", "sha", "md5", "ttl", "utc", "iso", "vat", "gst", "hst", "pst", "qst",
        "iban", "bic", "sepa", "ach", "upi", "sku", "ssn", "cvc", "mcc", "rfc", "uid", "utf", "ascii", "rsa", "ecdsa",
        "pkce",
    ]

    /// Words that mix cases by convention; a member name that starts with one is all lower-case (`oauthToken`).
    private static let mixedCaseSpellings: [String: String] = ["oauth": "OAuth", "ipv": "IPv"]

    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "Type", "Protocol", "package", "consume", "borrowing", "consuming",
    ]

    /// Names generated code refers to unqualified; a generated type with one of these names would shadow it.
    static let typesGeneratedCodeUses: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Date", "URL", "Data", "Decimal", "Optional",
        "Array", "Dictionary", "Error", "Codable", "Hashable", "Sendable", "Encoder", "Decoder", "CodingKeys",
        "JSONValue", "OpenEnum", "APIClient", "APIRequest", "APIError", "RequestOptions", "Authorization",
        "Foundation", "SpecgenRuntime", "Self", "Protocol", "Any", "Type",
        // The runtime's types that generated code names, and the standard library's it spells out.
        "AutoPaging", "LinkPaging", "OffsetPaging", "ListPage", "Expandable", "Clearable", "DecimalString", "UnixTime",
        "Indirect", "BinaryBody", "FileUpload", "APIFake", "MultipartForm", "JSONCoding", "PercentEncoding",
        "ParameterStyle",
        "ClientConfiguration", "Transport", "Middleware", "Encodable", "Decodable", "Equatable", "CodingKey",
        "CodingUserInfoKey", "Int64", "URLSession", "Never", "Void", "Result", "Duration",
    ]

    /// `v2.core.event_destination` → `V2CoreEventDestination`.
    static func typeName(_ raw: String) -> String {
        let name = words(raw).map(capitalized).joined()
        return escaped(name.isEmpty ? "Value" : name)
    }

    /// The name of a type declared in `parent` (a qualified or simple type name): ``typeName(_:)``, except that
    /// a digit-led name (`401`, `3d_secure`), which would be spelled like the member holding it (`_401`), takes the
    /// parent's name in front: `Status401`.
    static func typeName(_ raw: String, in parent: String) -> String {
        let name = typeName(raw)
        guard name.hasPrefix("_"), name.dropFirst().first?.isNumber == true else { return name }
        let parentName = unescaped(String(parent.split(separator: ".").last ?? ""))
        return parentName.isEmpty ? name : parentName + name.dropFirst()
    }

    /// `status_details` → `statusDetails`; `id` → `id`; `aws_account_id` → `awsAccountID`.
    static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "value" }
        let name = first.lowercased() + parts.dropFirst().map(capitalized).joined()
        return escaped(name)
    }

    /// A member name as the label of an argument at a call site (`default: value`), where a keyword needs backticks
    /// only if it is `inout`, `var` or `let`.
    static func argumentLabel(_ name: String) -> String {
        let bare = unescaped(name)
        return ["inout", "var", "let"].contains(bare) ? name : bare
    }

    /// `base`, or `base2`, `base3`, … (or `base` + `suffix`) when taken; deterministic for the same inputs.
    static func unique(_ base: String, among taken: Set<String>, suffix: String? = nil) -> String {
        unique(base, suffix: suffix, isTaken: taken.contains)
    }

    /// ``unique(_:among:suffix:)`` for names taken in several sets, without building their union.
    static func unique(_ base: String, suffix: String? = nil, isTaken: (String) -> Bool) -> String {
        guard isTaken(base) else { return base }
        let plain = unescaped(base)
        if let suffix, !isTaken(plain + suffix) { return plain + suffix }
        var counter = 2
        while isTaken(plain + "\(counter)") { counter += 1 }
        return plain + "\(counter)"
    }

    /// A member name without backticks, for building other names from it.
    static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// A word inside a name: initialisms upper-cased, also before a plural `s` (`IDs`) or a number (`SHA256`,
    /// `OAuth2`); any other word with its first letter upper-cased.
    private static func capitalized(_ word: String) -> String {
        let lower = word.lowercased()
        if initialisms.contains(lower) { return word.uppercased() }
        let letters = String(lower.prefix { !$0.isNumber })
        let number = lower.dropFirst(letters.count)
        if number.allSatisfy(\.isNumber) {
            if let spelling = mixedCaseSpellings[letters] { return spelling + number }
            if initialisms.contains(letters) { return letters.uppercased() + number }
        }
        if word.hasSuffix("s"), initialisms.contains(String(lower.dropLast())) {
            return word.dropLast().uppercased() + "s"
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func escaped(_ name: String) -> String {
        var name = name
        if let first = name.unicodeScalars.first, ("0"..."9").contains(first) { name = "_" + name }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Splits at non-alphanumerics, at lower-to-upper case changes and before the last capital of a run that starts a
    /// capitalized word: `webhookEndpoint.url` → webhook, Endpoint, url; `SSHKeyIDs` → SSH, Key, IDs. Only ASCII
    /// letters and digits make words: other scripts are written in Latin letters first (`Crème brûlée` → Creme,
    /// brulee; `Привет` → Privet), and what has no such spelling (emoji) separates words.
    /// A name written all in capitals (`ACCESS_TOKEN_CREATE`) is read as lower-case words, so that it does not
    /// shout: `accessTokenCreate`.
    static func words(_ raw: String) -> [String] {
        let words: [String]
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            words = caseRunWords(raw).flatMap(splittingCapitalRun)
        } else {
            // Transliteration marks soft signs and syllable breaks with apostrophes (`Pel'meni`): no word breaks.
            let latin = (raw.applyingTransform(toASCII, reverse: false) ?? raw).filter { $0 != "'" }
            words = caseRunWords(latin).flatMap(splittingCapitalRun)
        }
        let shouts =
            words.count > 1
            && !words.contains { $0.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
        return shouts ? words.map { $0.lowercased() } : words
    }

    /// ICU's transliteration to Latin, then to ASCII.
    private static let toASCII = StringTransform(rawValue: "Any-Latin; Latin-ASCII")

    /// `HTTPServer` → HTTP, Server; `IDs`, `URLs`, `IPv6` and `OAuth2` stay whole.
    private static func splittingCapitalRun(_ word: String) -> [String] {
        let capitals = word.utf8.prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }.count
        let rest = word.utf8.dropFirst(capitals)
        guard capitals >= 2, let next = rest.first, next >= UInt8(ascii: "a"), next <= UInt8(ascii: "z"),
            !rest.elementsEqual("s".utf8), mixedCaseSpellings[String(word.lowercased().prefix { !$0.isNumber })] == nil
        else { return [word] }
        let split = word.utf8.index(word.utf8.startIndex, offsetBy: capitals - 1)
        return [String(word[..<split]), String(word[split...])]
    }

    /// Splits at non-alphanumerics and at lower-to-upper case changes.
    private static func caseRunWords(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in raw.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isUpper || isLower || isDigit else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousWasLower = false
                continue
            }
            if isUpper, previousWasLower, !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(byte)
            previousWasLower = isLower || isDigit
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
