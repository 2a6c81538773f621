/// An error or warning found in a spec, with where it is and what to do about it.
///
/// Every stage reports through this type. It renders as `path:line:col: error: message` (see ``description``).
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; `nil` for problems with no position (a missing file given on the command line).
    public var location: SourceLocation?
    /// The document path of the offending node, such as `paths./v1/customers.get.responses.200`; empty at the root.
    public var documentPath: String
    /// What the user can do to fix it, when there is something more to say than the message.
    public var hint: String?

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation?,
        documentPath: String = "",
        hint: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.documentPath = documentPath
        self.hint = hint
    }

    public static func error(
        _ message: String,
        at location: SourceLocation?,
        documentPath: String = "",
        hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, documentPath: documentPath, hint: hint)
    }

    public static func warning(
        _ message: String,
        at location: SourceLocation?,
        documentPath: String = "",
        hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, documentPath: documentPath, hint: hint)
    }

    /// One line: `path:line:col: error: message (at documentPath)`; the hint, if any, on a second line.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if !documentPath.isEmpty { text += " (at \(documentPath))" }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
