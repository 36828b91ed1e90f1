import Dispatch
import Synchronization

/// Checks a batch on several threads and hands the results back in input order.
///
/// Items are read in windows of `jobs × 8`; each window is decoded and checked
/// in parallel (decoding is usually the larger part of the work), then emitted
/// in order. Memory stays bounded by one window of documents, whatever the
/// batch size. `shard` keeps only the items whose position `k` (0-based, in
/// input order, counting unreadable items too) satisfies `k % count == index`,
/// so one audit can be split across machines deterministically.
public struct AuditRunner: Sendable {
    public var engine: Engine
    public var registry: Registry
    public var jobs: Int
    public var shard: (index: Int, count: Int)?
    /// Whether reports carry their subjects' positions (``ItemChecker/locateSubjects``).
    public var locateSubjects: Bool

    public init(engine: Engine, registry: Registry = .empty, jobs: Int = 1, shard: (index: Int, count: Int)? = nil,
                locateSubjects: Bool = false) {
        self.engine = engine
        self.registry = registry
        self.jobs = max(1, jobs)
        self.shard = shard
        self.locateSubjects = locateSubjects
    }

    /// Checks every item of `batch`, calling `emit` in input order with each
    /// result (which names the source it was read from).
    ///
    /// With several jobs, windows are double-buffered: while one window is
    /// checked on the worker threads, the calling thread emits the previous
    /// window's results and reads the next, so reading and writing overlap
    /// checking.
    public func run(_ batch: some Sequence<BatchItem>, emit: (AuditItem) throws -> Void) rethrows {
        var window: [BatchItem] = []
        let size = jobs * 8
        var position = 0
        var pending: Pending?
        for item in batch {
            defer { position += 1 }
            if let shard, position % shard.count != shard.index { continue }
            window.append(item)
            guard window.count == size else { continue }
            if jobs == 1 {
                for result in window.map(check) { try emit(result) }
            } else {
                let next = launch(window)
                if let pending { for result in pending.wait() { try emit(result) } }
                pending = next
            }
            window.removeAll(keepingCapacity: true)
        }
        if let pending { for result in pending.wait() { try emit(result) } }
        for result in check(window) { try emit(result) }
    }

    /// A window being checked in the background.
    struct Pending {
        let results: ResultSlots
        let group: DispatchGroup

        /// Blocks until the window is checked; results in the window's order.
        func wait() -> [AuditItem] {
            group.wait()
            return results.slots.withLock { $0.compactMap { $0 } }
        }
    }

    /// Result storage shared with the worker threads.
    final class ResultSlots: Sendable {
        let slots: Mutex<[AuditItem?]>
        let next = Atomic<Int>(0)
        init(count: Int) { slots = Mutex([AuditItem?](repeating: nil, count: count)) }
    }

    /// Starts checking `window` on the worker threads.
    func launch(_ window: [BatchItem]) -> Pending {
        let results = ResultSlots(count: window.count)
        let group = DispatchGroup()
        group.enter()
        let runner = self
        DispatchQueue.global().async {
            runner.fill(results, window)
            group.leave()
        }
        return Pending(results: results, group: group)
    }

    /// Workers take the next unclaimed item, so a large filing does not hold up a fixed share.
    func fill(_ results: ResultSlots, _ window: [BatchItem]) {
        DispatchQueue.concurrentPerform(iterations: min(jobs, window.count)) { _ in
            while true {
                let k = results.next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < window.count else { return }
                let result = check(window[k])
                results.slots.withLock { $0[k] = result }
            }
        }
    }

    /// One item: decode and check, or the input error that stands for it.
    public func check(_ item: BatchItem) -> AuditItem {
        ItemChecker(engine: engine, registry: registry, locateSubjects: locateSubjects)(item)
    }

    /// A window checked in parallel, results in the window's order.
    func check(_ window: [BatchItem]) -> [AuditItem] {
        guard jobs > 1, window.count > 1 else { return window.map(check) }
        let results = ResultSlots(count: window.count)
        fill(results, window)
        return results.slots.withLock { $0.compactMap { $0 } }
    }
}
