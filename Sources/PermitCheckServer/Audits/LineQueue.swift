/// A bounded hand-off from the request that uploads an audit to the worker
/// that checks it.
///
/// `push` suspends while `capacity` lines are waiting, which stops reading
/// the request body and so pushes back on the client through TCP: memory
/// stays at about `capacity` lines however large the upload.
actor LineQueue {
    private let capacity: Int
    private var lines: [AuditLine] = []
    private var head = 0
    private var finished = false
    private var closed = false
    private var consumer: CheckedContinuation<Void, Never>?
    private var producers: [CheckedContinuation<Void, Never>] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds a line, waiting for room; throws ``AuditClosed`` once the consumer has gone.
    func push(_ line: AuditLine) async throws(AuditClosed) {
        while !closed && lines.count - head >= capacity {
            await withCheckedContinuation { producers.append($0) }
        }
        guard !closed else { throw AuditClosed() }
        lines.append(line)
        wakeConsumer()
    }

    /// No more lines will come.
    func finish() {
        finished = true
        wakeConsumer()
    }

    /// The consumer stops taking lines (cancellation); waiting producers fail.
    func close() {
        closed = true
        lines = []; head = 0
        for p in producers { p.resume() }
        producers = []
        wakeConsumer()
    }

    /// Up to `max` waiting lines, suspending until at least one is there;
    /// `nil` when the queue is finished and drained, or closed.
    func next(max: Int) async -> [AuditLine]? {
        while !closed && head == lines.count && !finished {
            await withCheckedContinuation { consumer = $0 }
        }
        guard !closed, head < lines.count else { return nil }
        let end = min(lines.count, head + max)
        let batch = Array(lines[head..<end])
        head = end
        if head > 1024 || head == lines.count { lines.removeFirst(head); head = 0 }
        for p in producers { p.resume() }
        producers = []
        return batch
    }

    private func wakeConsumer() {
        consumer?.resume()
        consumer = nil
    }
}
