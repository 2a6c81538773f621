/// Bounds that keep a hostile or broken spec from exhausting memory or time while it is read and resolved. Each has
/// a safe default; `limits:` in specgen.yaml changes them, and going past one is a positioned error.
public struct ReadingLimits: Sendable, Equatable {
    /// Deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// Most nodes that alias expansion may add across a file (guards against "billion laughs").
    public var maxAliasExpansion: Int
    /// Largest file accepted, in bytes.
    public var maxFileSize: Int
    /// Most files one spec may consist of, itself and every file its `$ref`s name.
    public var maxFiles: Int
    /// Longest chain of `$ref`s that only point at further `$ref`s (`a → b → c …`) before reaching an object.
    public var maxReferenceHops: Int

    public init(
        maxDepth: Int = 256,
        maxAliasExpansion: Int = 100_000,
        maxFileSize: Int = 64 << 20,
        maxFiles: Int = 1_000,
        maxReferenceHops: Int = 32
    ) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileSize = maxFileSize
        self.maxFiles = maxFiles
        self.maxReferenceHops = maxReferenceHops
    }

    public static let `default` = ReadingLimits()
}
