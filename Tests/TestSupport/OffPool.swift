import Foundation

/// Runs blocking work (generating a large spec, writing its files) on a dispatch queue, so that it does not hold a
/// thread of Swift's cooperative pool — which the loopback servers of other tests need — for seconds.
public func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}
