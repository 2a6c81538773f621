import Foundation

/// Results of work done on several threads, one slot per index, read back in index order: the first failure in
/// that order is the one reported, so a parallel run fails the way a sequential one would.
final class ParallelResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, Diagnostic>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Runs `work` and keeps what it returns or throws in slot `index`.
    func store(_ index: Int, _ work: () throws(Diagnostic) -> Value) {
        let result: Result<Value, Diagnostic>
        do {
            result = .success(try work())
        } catch {
            result = .failure(error)
        }
        lock.withLock { slots[index] = result }
    }

    /// Every slot's value in order; throws the first failure.
    func values() throws(Diagnostic) -> [Value] {
        var values: [Value] = []
        for slot in lock.withLock({ slots }) {
            switch slot {
            case .success(let value)?: values.append(value)
            case .failure(let diagnostic)?: throw diagnostic
            case nil: preconditionFailure("every slot is stored before the values are read")
            }
        }
        return values
    }
}
