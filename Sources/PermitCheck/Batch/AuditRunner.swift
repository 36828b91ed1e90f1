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

    public init(engine: Engine, registry: Registry = .empty, jobs: Int = 1, shard: (index: Int, count: Int)? = nil) {
        self.engine = engine
        self.registry = registry
        self.jobs = max(1, jobs)
        self.shard = shard
    }

    /// Checks every item of `batch`, calling `emit` in input order with each
    /// result and the source (file name, or `-`) it was read from.
    public func run(_ batch: some Sequence<BatchItem>, emit: (AuditItem, String) throws -> Void) rethrows {
        var window: [BatchItem] = []
        let size = jobs * 8
        var position = 0
        for item in batch {
            defer { position += 1 }
            if let shard, position % shard.count != shard.index { continue }
            window.append(item)
            if window.count == size {
                for (result, item) in zip(check(window), window) { try emit(result, item.source) }
                window.removeAll(keepingCapacity: true)
            }
        }
        for (result, item) in zip(check(window), window) { try emit(result, item.source) }
    }

    /// One item: decode and check, or the input error that stands for it.
    public func check(_ item: BatchItem) -> AuditItem {
        let decoded = item.decodeFiling()
        guard let filing = decoded.value else {
            return .inputError(InputErrorRecord(source: item.source, line: item.line, problems: decoded.problems))
        }
        return .checked(filing: filing, report: engine.check(filing, registry: registry))
    }

    /// A window checked in parallel, results in the window's order.
    func check(_ window: [BatchItem]) -> [AuditItem] {
        guard jobs > 1, window.count > 1 else { return window.map(check) }
        let results = Mutex<[AuditItem?]>([AuditItem?](repeating: nil, count: window.count))
        let next = Atomic<Int>(0)
        // Workers take the next unclaimed item, so a large filing does not hold up a fixed share.
        DispatchQueue.concurrentPerform(iterations: min(jobs, window.count)) { _ in
            while true {
                let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard k < window.count else { return }
                let result = check(window[k])
                results.withLock { $0[k] = result }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
