import Foundation
import Logging
import PermitCheck
import ServiceLifecycle
import Synchronization

/// Starts, tracks and cancels the audits running in this process, at most
/// `limit` at a time.
///
/// The audit trail is the source of truth for state and progress; this
/// object only holds what exists while an audit runs (its queue, its task,
/// the count of lines received). As a `Service` it interrupts running audits
/// on graceful shutdown, after the HTTP server has stopped taking requests.
final class AuditRunner: Service, Sendable {
    struct Live: Sendable {
        let queue: LineQueue
        var task: Task<Void, Never>?
        var received = 0
        var cancelled = false
    }

    let trail: AuditTrail
    let metrics: ServerMetrics
    let limiter: Limiter
    let queueCapacity: Int
    let retryAfter: Int
    let logger: Logger
    private let live = Mutex<[String: Live]>([:])

    init(trail: AuditTrail, metrics: ServerMetrics, limit: Int, queueCapacity: Int, retryAfter: Int, logger: Logger) {
        self.trail = trail
        self.metrics = metrics
        self.limiter = Limiter(limit: limit)
        self.queueCapacity = queueCapacity
        self.retryAfter = retryAfter
        self.logger = logger
    }

    /// Records a new audit and starts its worker; the caller then feeds the returned queue.
    func start(_ record: AuditRecord, pack: CompiledPack, registry: Registry) async throws -> LineQueue {
        guard limiter.tryAcquire() else {
            throw APIError.saturated(LocalizedText(zh: "同时运行的审计已达上限，请稍后重试", en: "too many audits are running; retry later"), retryAfter: retryAfter)
        }
        do { try await trail.insert(record) } catch {
            limiter.release()
            logger.error("audit trail write failed", metadata: ["audit": "\(record.id)", "error": "\(error)"])
            throw APIError.storageFailed(retryAfter: retryAfter)
        }
        let queue = LineQueue(capacity: queueCapacity)
        live.withLock { $0[record.id] = Live(queue: queue) }
        metrics.auditsRunning.increment()
        let id = record.id
        let worker = AuditWorker(
            auditID: id, pack: pack, registry: registry, queue: queue, trail: trail, metrics: metrics,
            receivedLines: { [weak self] in self?.receivedLines(id) ?? 0 })
        let task = Task { await self.drive(worker) }
        live.withLock { $0[record.id]?.task = task }
        return queue
    }

    /// Runs the worker, then writes the final state and frees the slot.
    private func drive(_ worker: AuditWorker) async {
        let id = worker.auditID
        var state = "done"
        do {
            if try await !worker.run() { state = "cancelled" }
        } catch {
            logger.error("audit failed", metadata: ["audit": "\(id)", "error": "\(error)"])
            state = "failed"
        }
        if live.withLock({ $0[id]?.cancelled ?? false }) { state = "cancelled" }
        let received = live.withLock { $0[id]?.received }
        // A cancelled task's database calls throw at once; the final state is written from a fresh task.
        let trail = self.trail
        let final = state
        await Task { _ = try? await trail.setState(id, to: final, from: ["receiving", "running"], lines: received) }.value
        live.withLock { $0[id] = nil }
        metrics.auditsRunning.decrement()
        limiter.release()
    }

    /// The uploader saw one more line.
    func received(_ id: String, lines: Int) {
        live.withLock { $0[id]?.received = lines }
    }

    /// Whether the audit runs in this process now.
    func isLive(_ id: String) -> Bool { live.withLock { $0[id] != nil } }

    /// Lines received so far, while the audit runs here.
    func receivedLines(_ id: String) -> Int? { live.withLock { $0[id]?.received } }

    /// The body has been read to its end: the audit is now only checking.
    func uploadFinished(_ id: String, lines: Int, queue: LineQueue) async throws {
        received(id, lines: lines)
        try await trail.setState(id, to: "running", from: ["receiving"], lines: lines)
        await queue.finish()
    }

    /// Cancels a running audit and waits for its worker to stop; `false` when it is not running here.
    func cancel(_ id: String) async -> Bool {
        let entry = live.withLock { audits -> Live? in
            audits[id]?.cancelled = true
            return audits[id]
        }
        guard let entry else { return false }
        await entry.queue.close()
        entry.task?.cancel()
        await entry.task?.value
        return true
    }

    /// Waits for graceful shutdown, then interrupts what is still running.
    func run() async throws {
        try? await gracefulShutdown()
        let running = live.withLock { Array($0.keys) }
        for id in running {
            _ = await cancel(id)
            let trail = self.trail
            await Task { _ = try? await trail.setState(id, to: "interrupted", from: ["cancelled"]) }.value
        }
    }
}
