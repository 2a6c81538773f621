import Foundation

/// A clock that moves only when a test advances it, so that delays and timeouts are asserted exactly and take no
/// time: a sleep returns once ``advance(by:)`` has moved ``now`` to its deadline, or throws when its task is cancelled.
public final class ManualClock: Clock, @unchecked Sendable {
    public struct Instant: InstantProtocol {
        /// Time since the clock started.
        public var offset: Duration

        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var sleepers: [(id: Int, deadline: Instant, continuation: CheckedContinuation<Void, any Error>)] = []
    private var lastID = 0

    public init() {}

    public var now: Instant { lock.withLock { current } }

    public var minimumResolution: Duration { .nanoseconds(1) }

    /// How long from now each sleep under way waits, shortest first.
    public var pendingSleeps: [Duration] {
        lock.withLock { sleepers.map { current.duration(to: $0.deadline) }.sorted() }
    }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let id = lock.withLock {
            lastID += 1
            return lastID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = lock.withLock {
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if deadline <= current { return .success(()) }
                    sleepers.append((id, deadline, continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let cancelled = lock.withLock { () -> CheckedContinuation<Void, any Error>? in
                guard let index = sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return sleepers.remove(at: index).continuation
            }
            cancelled?.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock on by `duration`, waking every sleep whose deadline it reaches.
    public func advance(by duration: Duration) {
        let woken = lock.withLock { () -> [CheckedContinuation<Void, any Error>] in
            current = current.advanced(by: duration)
            let due = sleepers.filter { $0.deadline <= current }
            sleepers.removeAll { $0.deadline <= current }
            return due.map(\.continuation)
        }
        for continuation in woken { continuation.resume() }
    }

    /// Waits (on the wall clock, up to `limit`) until some sleep under way is `duration` long from now.
    public func waitForSleep(of duration: Duration, limit: Duration = .seconds(60)) async -> Bool {
        let end = ContinuousClock.now + limit
        while ContinuousClock.now < end {
            if pendingSleeps.contains(duration) { return true }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return false
    }
}
