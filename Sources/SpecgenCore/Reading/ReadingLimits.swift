/// Bounds that keep a hostile or broken file from exhausting memory or time while it is read.
public struct ReadingLimits: Sendable {
    /// Deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// Most nodes that alias expansion may add across a file (guards against "billion laughs").
    public var maxAliasExpansion: Int
    /// Largest file accepted, in bytes.
    public var maxFileSize: Int

    public init(maxDepth: Int = 256, maxAliasExpansion: Int = 100_000, maxFileSize: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileSize = maxFileSize
    }

    public static let `default` = ReadingLimits()
}
