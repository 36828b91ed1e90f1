import Synchronization

/// A counting gate that refuses instead of queueing: when `limit` holders
/// are inside, `tryAcquire` fails at once so the caller can answer `503`
/// with `Retry-After` rather than pile up work it cannot finish.
public final class Limiter: Sendable {
    public let limit: Int
    private let inside = Mutex(0)

    public init(limit: Int) { self.limit = limit }

    /// Takes a slot when one is free.
    public func tryAcquire() -> Bool {
        inside.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    /// Gives back a slot taken by `tryAcquire`.
    public func release() {
        inside.withLock { count in count = max(0, count - 1) }
    }

    /// Holders inside now.
    public var count: Int { inside.withLock { $0 } }
}
