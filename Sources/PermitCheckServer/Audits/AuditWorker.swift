import Foundation
import PermitCheck

/// Checks the lines of one audit in the background, in input order, and
/// appends each result to the audit trail in small transactions.
///
/// One pack snapshot serves the whole audit, so a reload during a long
/// audit cannot give two of its filings different rules.
struct AuditWorker: Sendable {
    let auditID: String
    let pack: CompiledPack
    let registry: Registry
    let queue: LineQueue
    let trail: AuditTrail
    let metrics: ServerMetrics
    /// Lines the uploader has received so far; written with each batch of
    /// results, so an audit cut short by a crash still says how far it got.
    let receivedLines: @Sendable () -> Int
    /// Items per transaction: large enough to amortise commits, small enough for live progress.
    let batchSize = 32

    /// Runs until the queue is drained or closed; returns whether the lines ran out normally.
    func run() async throws -> Bool {
        let checker = ItemChecker(engine: Engine(pack: pack), registry: registry)
        var seq = 0
        while let batch = await queue.next(max: batchSize) {
            if Task.isCancelled { return false }
            var items: [AuditItemRecord] = []
            items.reserveCapacity(batch.count)
            for line in batch {
                seq += 1
                items.append(check(line, seq: seq, checker: checker))
            }
            try await trail.append(items, to: auditID, linesReceived: max(receivedLines(), batch.last?.number ?? 0))
        }
        return !Task.isCancelled
    }

    /// One line to one item through the library's step: its findings, or the
    /// input-error record standing in for it.
    func check(_ line: AuditLine, seq: Int, checker: ItemChecker) -> AuditItemRecord {
        let item: BatchItem
        var sha = ""
        switch line.content {
        case .tooLong(let size):
            let problem = InputProblem(severity: .error, code: InputCode.tooLarge, message: InputMessage.tooLarge(size), pointer: "", line: 0, column: 0)
            item = BatchItem(source: "request", line: line.number, content: .failure(problem))
        case .document(let bytes):
            sha = TokenHash.hex(bytes: bytes)
            item = BatchItem(source: "request", line: line.number, content: .document(bytes))
        }
        switch checker(item) {
        case .inputError(let record):
            var body = JSONWriter().bytes(record.json)
            body.append(0x0A)
            return AuditItemRecord(seq: seq, line: line.number, filingID: record.filing, filingSHA256: sha, enterprise: nil, findings: 0, isInputError: true, body: body)
        case .checked(let filing, let report, _):
            var body: [UInt8] = []
            let writer = JSONWriter()
            for finding in report.findings {
                writer.write(finding.json, into: &body)
                body.append(0x0A)
            }
            for severity in Severity.allCases {
                metrics.recordFindings(severity: severity.rawValue, count: report.findings.count { $0.severity == severity })
            }
            return AuditItemRecord(
                seq: seq, line: line.number, filingID: filing.id, filingSHA256: sha, enterprise: filing.enterprise.uscc,
                findings: report.findings.count, isInputError: false, body: body)
        }
    }
}
