import Foundation

/// At most a number of attempts in flight at once (``ClientConfiguration/maxConcurrentRequests``): further calls wait
/// here, in order, before their attempt starts, so that an attempt's timeout counts from sending, not from a wait in
/// the transport's connection queue. A call cancelled while it waits leaves the queue at once.
final class RequestSlots: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var inUse = 0
    private var waiting: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var lastID: UInt64 = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `operation` once a slot is free, and frees the slot when it returns or throws.
    func withSlot<Value>(_ operation: () async throws -> Value) async throws -> Value {
        try await acquire()
        defer { release() }
        return try await operation()
    }

    private func acquire() async throws {
        let id = lock.withLock {
            lastID += 1
            return lastID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = lock.withLock {
                    // Checked under the lock: a cancellation after it finds this call in `waiting`.
                    if Task.isCancelled { return .failure(CancellationError()) }
                    guard inUse < limit else {
                        waiting.append((id, continuation))
                        return nil
                    }
                    inUse += 1
                    return .success(())
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let cancelled = lock.withLock { () -> CheckedContinuation<Void, any Error>? in
                guard let index = waiting.firstIndex(where: { $0.id == id }) else { return nil }
                return waiting.remove(at: index).continuation
            }
            cancelled?.resume(throwing: CancellationError())
        }
    }

    /// Hands the slot to the longest waiting call, or frees it.
    private func release() {
        let next = lock.withLock { () -> CheckedContinuation<Void, any Error>? in
            guard !waiting.isEmpty else {
                inUse -= 1
                return nil
            }
            return waiting.removeFirst().continuation
        }
        next?.resume()
    }
}
