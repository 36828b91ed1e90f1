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
    /// Items per transaction: large enough to amortise commits, small enough for live progress.
    let batchSize = 32

    /// Runs until the queue is drained or closed; returns whether the lines ran out normally.
    func run() async throws -> Bool {
        let engine = Engine(pack: pack)
        var seq = 0
        while let batch = await queue.next(max: batchSize) {
            if Task.isCancelled { return false }
            var items: [AuditItemRecord] = []
            items.reserveCapacity(batch.count)
            for line in batch {
                seq += 1
                items.append(check(line, seq: seq, engine: engine))
            }
            try await trail.append(items, to: auditID)
        }
        return !Task.isCancelled
    }

    /// One line to one item: its findings, or the input-error record standing in for it.
    func check(_ line: AuditLine, seq: Int, engine: Engine) -> AuditItemRecord {
        switch line.content {
        case .tooLong(let size):
            let problem = InputProblem(
                severity: .error, code: "input.too-large",
                message: LocalizedText(zh: "该行有 \(size) 字节，超过单份执行报告上限", en: "the line has \(size) bytes, above the per-filing limit"),
                pointer: "", line: 0, column: 0)
            return inputError(InputErrorRecord(source: "request", line: line.number, problems: [problem]), line: line, seq: seq, sha: "")
        case .document(let bytes):
            let sha = TokenHash.hex(bytes: bytes)
            let decoded = Filing.decode(bytes)
            guard let filing = decoded.value else {
                return inputError(InputErrorRecord(source: "request", line: line.number, problems: decoded.problems), line: line, seq: seq, sha: sha)
            }
            let report = engine.check(filing, registry: registry)
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

    private func inputError(_ record: InputErrorRecord, line: AuditLine, seq: Int, sha: String) -> AuditItemRecord {
        var body = JSONWriter().bytes(record.json)
        body.append(0x0A)
        return AuditItemRecord(seq: seq, line: line.number, filingID: nil, filingSHA256: sha, enterprise: nil, findings: 0, isInputError: true, body: body)
    }
}
