import Foundation

/// Thrown by ``withDeadline(_:on:operation:)`` when the operation takes longer than it may.
struct DeadlineExceeded: Error {}

/// Runs `operation` in a task of its own and returns what it returns, or throws ``DeadlineExceeded`` once `timeout`
/// has passed on `clock`, or `CancellationError` as soon as the calling task is cancelled. It never waits for the operation to
/// notice: a transport that ignores cancellation cannot hold the caller. The operation is cancelled either way.
func withDeadline<Value: Sendable>(
    _ timeout: Duration,
    on clock: any Clock<Duration>,
    operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    let race = Race<Value>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            let work = Task {
                do {
                    race.finish(.success(try await operation()))
                } catch {
                    race.finish(.failure(error))
                }
            }
            let timer = Task {
                try await clock.sleep(for: timeout)
                race.finish(.failure(DeadlineExceeded()))
            }
            race.start(continuation, cancelling: [work.cancel, timer.cancel])
        }
    } onCancel: {
        race.finish(.failure(CancellationError()))
    }
}

/// The first of the operation, the timer and cancellation to finish wins; the other tasks are cancelled.
private final class Race<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?
    private var outcome: Result<Value, any Error>?
    private var cancellers: [@Sendable () -> Void] = []

    func start(_ continuation: CheckedContinuation<Value, any Error>, cancelling cancellers: [@Sendable () -> Void]) {
        let finished: Result<Value, any Error>? = lock.withLock {
            if outcome == nil {
                self.continuation = continuation
                self.cancellers = cancellers
            }
            return outcome
        }
        // Finished (or cancelled) before the continuation was known: answer now.
        if let finished {
            for cancel in cancellers { cancel() }
            continuation.resume(with: finished)
        }
    }

    func finish(_ result: Result<Value, any Error>) {
        let (continuation, cancellers) = lock.withLock {
            guard outcome == nil else { return (CheckedContinuation<Value, any Error>?.none, [@Sendable () -> Void]()) }
            outcome = result
            defer {
                self.continuation = nil
                self.cancellers = []
            }
            return (self.continuation, self.cancellers)
        }
        for cancel in cancellers { cancel() }
        continuation?.resume(with: result)
    }
}
