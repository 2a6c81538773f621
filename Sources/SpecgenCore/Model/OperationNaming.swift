/// The naming rules that refine where path shapes alone mislead: path keys with a `#fragment`, format suffixes
/// (`.json`), summaries that name another action, and operations of one resource that the path rules name alike.
enum OperationNaming {
    /// The path a request goes to, and the fragment of the path key when it has one: Box keys
    /// `/files/{file_id}#add_shared_link` to tell several operations on one path apart, but a fragment is never sent.
    static func wirePath(ofKey key: String) -> (path: String, fragment: String?) {
        guard let hash = key.firstIndex(of: "#") else { return (key, nil) }
        let fragment = String(key[key.index(after: hash)...])
        return (String(key[..<hash]), fragment.isEmpty ? nil : fragment)
    }

    /// A segment without the format suffix some APIs put on every path (Twilio's `Accounts.json`, `{Sid}.json`):
    /// the response's format, not a name.
    static func withoutFormatSuffix(_ segment: String) -> String {
        for suffix in [".json", ".xml", ".csv"]
        where segment.count > suffix.count && segment.lowercased().hasSuffix(suffix) {
            return String(segment.dropLast(suffix.count))
        }
        return segment
    }

    // MARK: - Paths

    /// Paths ending in a parameter that are collections all the same, as another path adds one more parameter to
    /// them: Apideck's `/crm/custom-objects/{object_id}` beside `…/{object_id}/{id}` lists and creates (in the shape
    /// of ``shape(of:)``).
    static func collectionPaths(_ keys: [String]) -> Set<String> {
        let shapes = Set(keys.map { shape(of: wirePath(ofKey: $0).path) })
        return Set(
            shapes.filter { $0.hasSuffix("/{}") && $0.count > 3 }.compactMap { item -> String? in
                let parent = String(item.dropLast(3))
                return parent.hasSuffix("/{}") ? parent : nil
            })
    }

    /// A path with every parameter written `{}`: `/crm/custom-objects/{}/{}`.
    static func shape(of path: String) -> String {
        shape(ofSegments: segments(of: path))
    }

    /// ``shape(of:)`` of a path's segments.
    static func shape(ofSegments segments: [String]) -> String {
        "/" + segments.map { isParameter($0) ? "{}" : $0 }.joined(separator: "/")
    }

    /// Whether a path segment is a parameter: `{customer}`.
    static func isParameter(_ segment: String) -> Bool {
        segment.hasPrefix("{") && segment.hasSuffix("}")
    }

    /// A path's segments as names see them, format suffixes dropped: `/Accounts/{Sid}.json` → `Accounts`, `{Sid}`.
    static func segments(of path: String) -> [String] {
        path.split(separator: "/").map { withoutFormatSuffix(String($0)) }
    }

    // MARK: - Summaries

    /// Actions a summary can start with that are not the conventional verb's synonyms: `POST /files/{id}` "Restore
    /// file" is `restore`, not `update`.
    static let actionVerbs: Set<String> = [
        "accept", "activate", "apply", "approve", "archive", "assign", "cancel", "capture", "clone", "close", "confirm",
        "copy", "deactivate", "decline", "disable", "download", "duplicate", "enable", "execute", "export", "finalize",
        "import", "invite", "lock", "merge", "move", "open", "pause", "promote", "publish", "refresh", "reject",
        "release", "rename", "reopen", "resend", "reset", "restore", "resume", "revoke", "run", "send", "start", "stop",
        "submit", "sync", "test", "transfer", "trigger", "unarchive", "unassign", "unlock", "unpublish", "upload",
        "validate", "verify", "void",
    ]

    /// The action a summary names when the path rules called an operation on one item `update` or `delete` and the
    /// summary says otherwise (`Restore file`, `Cancel subscription`); `nil` when it agrees or names no known action.
    /// A POST to a collection stays `create` whatever it is called (uploading a document creates one).
    static func summaryAction(_ summary: String?, conventionalName: String) -> String? {
        guard ["update", "delete"].contains(conventionalName),
            let first = summary?.split(whereSeparator: { !$0.isLetter }).first?.lowercased(),
            actionVerbs.contains(first)
        else { return nil }
        return first
    }

    // MARK: - Collisions

    /// A method name from an operationId without the words its resource's path already says: `updatePetWithForm` in
    /// `pet` → `updateWithForm`; `nil` when nothing is left.
    static func operationIDName(_ operationID: String, resourcePath: [String]) -> String? {
        let resourceWords = Set(
            resourcePath.flatMap(SwiftNaming.words).flatMap { word -> [String] in
                let lower = word.lowercased()
                return [lower, lower.hasSuffix("s") ? String(lower.dropLast()) : lower + "s"]
            })
        let kept = SwiftNaming.words(operationID).filter { !resourceWords.contains($0.lowercased()) }
        guard !kept.isEmpty else { return nil }
        return SwiftNaming.memberName(kept.joined(separator: " "))
    }
}
