/// Collects the diagnostics of a run: keeps their order, drops exact repeats, and stops taking errors
/// after ``errorLimit`` so that a broken spec reports its first problems instead of thousands.
public struct DiagnosticLog: Sendable {
    /// The collected diagnostics, in the order they were reported.
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many errors are kept; later ones are counted in ``droppedErrors`` only.
    public let errorLimit: Int
    /// Errors reported after the limit was reached.
    public private(set) var droppedErrors = 0
    private var seen: Set<Diagnostic> = []

    public init(errorLimit: Int = 100) {
        self.errorLimit = errorLimit
    }

    /// Errors reported, kept or dropped.
    public var errorCount: Int { keptErrors + droppedErrors }
    public private(set) var warningCount = 0
    public var hasErrors: Bool { errorCount > 0 }
    private var keptErrors = 0

    public mutating func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error, errorCount >= errorLimit {
            droppedErrors += 1
            return
        }
        guard seen.insert(diagnostic).inserted else { return }
        diagnostics.append(diagnostic)
        switch diagnostic.severity {
        case .error: keptErrors += 1
        case .warning: warningCount += 1
        }
    }
}
