import Foundation
import GRDB

/// An audit as recorded: who started it, under which pack, where it stands.
struct AuditRecord: Sendable {
    var id: String
    var createdAt: String
    var finishedAt: String?
    var subject: String
    var scope: String
    var requestID: String
    var packName: String
    var packVersion: String
    var packHash: String
    var engineVersion: String
    var state: String
    var lines = 0
    var filings = 0
    var inputErrors = 0
    var findings = 0

    /// States after which nothing about the audit changes.
    static let terminalStates: Set<String> = ["done", "cancelled", "failed", "interrupted"]
    var isTerminal: Bool { Self.terminalStates.contains(state) }
}

/// One checked line of an audit: the filing's identity and the JSON Lines it produced.
struct AuditItemRecord: Sendable {
    var seq: Int
    var line: Int
    var filingID: String?
    var filingSHA256: String
    var enterprise: String?
    var findings: Int
    var isInputError: Bool
    var body: [UInt8]
}

extension AuditTrail {
    func insert(_ a: AuditRecord) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO audit (id, createdAt, subject, scope, requestID, packName, packVersion, packHash, engineVersion, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [a.id, a.createdAt, a.subject, a.scope, a.requestID, a.packName, a.packVersion, a.packHash, a.engineVersion, a.state])
        }
    }

    /// Appends checked items and advances the counters, the count of lines
    /// received among them, in one transaction: what the audit row says is
    /// always what its items show, even after a crash.
    func append(_ items: [AuditItemRecord], to auditID: String, linesReceived: Int = 0) async throws {
        guard !items.isEmpty else { return }
        try await pool.write { db in
            for i in items {
                try db.execute(
                    sql: "INSERT INTO auditItem (auditID, seq, line, filingID, filingSHA256, enterprise, findings, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [auditID, i.seq, i.line, i.filingID, i.filingSHA256, i.enterprise, i.findings, Data(i.body)])
            }
            let errors = items.filter(\.isInputError).count
            try db.execute(
                sql: "UPDATE audit SET filings = filings + ?, inputErrors = inputErrors + ?, findings = findings + ?, lines = MAX(lines, ?) WHERE id = ?",
                arguments: [items.count - errors, errors, items.reduce(0) { $0 + $1.findings }, linesReceived, auditID])
        }
    }

    /// Moves an audit to `state` (only from one of `from`, when given); returns whether it moved.
    @discardableResult
    func setState(_ auditID: String, to state: String, from: [String]? = nil, lines: Int? = nil) async throws -> Bool {
        let finishedAt: String? = AuditRecord.terminalStates.contains(state) ? Timestamps.now() : nil
        return try await pool.write { db in
            var sql = "UPDATE audit SET state = ?, finishedAt = COALESCE(?, finishedAt), lines = COALESCE(?, lines) WHERE id = ?"
            var arguments: StatementArguments = [state, finishedAt, lines, auditID]
            if let from {
                sql += " AND state IN (\(from.map { _ in "?" }.joined(separator: ", ")))"
                arguments += StatementArguments(from)
            }
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount > 0
        }
    }

    /// Keeps the `202` body exactly as it was sent.
    func setResponse(_ auditID: String, _ body: [UInt8]) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE audit SET response = ? WHERE id = ?", arguments: [Data(body), auditID])
        }
    }

    func audit(id: String) async throws -> AuditRecord? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = ?", arguments: [id]) else { return nil }
            return AuditRecord(
                id: row["id"], createdAt: row["createdAt"], finishedAt: row["finishedAt"], subject: row["subject"], scope: row["scope"],
                requestID: row["requestID"], packName: row["packName"], packVersion: row["packVersion"], packHash: row["packHash"],
                engineVersion: row["engineVersion"], state: row["state"], lines: row["lines"], filings: row["filings"],
                inputErrors: row["inputErrors"], findings: row["findings"])
        }
    }

    /// The JSON Lines of items after `seq`, in order, at most `limit` of them.
    func itemBodies(auditID: String, after seq: Int, limit: Int) async throws -> [(seq: Int, body: [UInt8])] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, body FROM auditItem WHERE auditID = ? AND seq > ? ORDER BY seq LIMIT ?", arguments: [auditID, seq, limit])
                .map { row in
                    let body: Data = row["body"]
                    return (row["seq"], [UInt8](body))
                }
        }
    }
}
