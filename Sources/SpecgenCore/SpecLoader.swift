/// The front of the pipeline: reads a spec and the files it references, decodes them into an
/// ``OpenAPIDocument`` and resolves every `$ref` (Read → Decode → Resolve).
public struct SpecLoader: Sendable {
    public var limits: ReadingLimits
    /// How many errors are reported before the rest are only counted.
    public var errorLimit: Int

    public init(limits: ReadingLimits = .default, errorLimit: Int = 100) {
        self.limits = limits
        self.errorLimit = errorLimit
    }

    /// The outcome of loading one spec.
    public struct Result: Sendable {
        /// The resolved document; `nil` when the spec could not be read or decoded at all.
        public var document: ResolvedDocument?
        public var diagnostics: DiagnosticLog

        /// Whether the spec can go on to generation: it was read and nothing is an error.
        public var succeeded: Bool { document != nil && !diagnostics.hasErrors }
    }

    public func load(_ path: String) -> Result {
        let resolver = RefResolver(reader: SpecReader(limits: limits), log: DiagnosticLog(errorLimit: errorLimit))
        let document = resolver.resolve(rootPath: path)
        return Result(document: document, diagnostics: resolver.log)
    }
}
