extension ReadingLimits {
    /// The keys of `limits:` in specgen.yaml, what each bounds, and where it goes.
    static let configurationKeys:
        [(key: String, meaning: String, limit: WritableKeyPath<ReadingLimits, Int> & Sendable)] = [
            ("depth", "deepest nesting", \.maxDepth),
            ("aliases", "nodes YAML aliases may add", \.maxAliasExpansion),
            ("fileSize", "bytes per file", \.maxFileSize),
            ("files", "files per spec", \.maxFiles),
            ("referenceHops", "`$ref`s in a row that only point at further `$ref`s", \.maxReferenceHops),
        ]

    /// Reads `limits:` from specgen.yaml: a mapping of the keys above to positive integers; the rest keep their defaults.
    static func decode(_ node: Node, files: SourceFiles) -> Result<ReadingLimits, Diagnostic> {
        let valid = configurationKeys.map { "\($0.key) (\($0.meaning))" }.joined(separator: ", ")
        guard let entries = node.mapping else {
            return .failure(
                .error(
                    "'limits' expects a mapping, found \(node.kindDescription)", at: files.location(of: node.mark),
                    hint: "keys: \(valid)"))
        }
        var limits = ReadingLimits()
        for entry in entries {
            guard let setting = configurationKeys.first(where: { $0.key == entry.key }) else {
                return .failure(
                    .error(
                        "unknown key '\(entry.key)' in 'limits'", at: files.location(of: entry.keyMark),
                        hint: "valid keys: \(valid)"))
            }
            guard let value = entry.value.scalar?.int, value > 0 else {
                return .failure(
                    .error(
                        "'limits.\(entry.key)' expects a positive integer, found \(entry.value.kindDescription)",
                        at: files.location(of: entry.value.mark)))
            }
            limits[keyPath: setting.limit] = value
        }
        return .success(limits)
    }
}
