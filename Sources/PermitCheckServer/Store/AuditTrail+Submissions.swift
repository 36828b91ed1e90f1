import Foundation
import GRDB

/// One check's decision as recorded: who asked, about which filing, under
/// which pack, and the exact bytes answered.
struct SubmissionRecord: Sendable {
    var id: String
    var receivedAt: String
    var subject: String
    var scope: String
    var requestID: String
    var enterprise: String
    var filingID: String
    var filingSHA256: String
    var packName: String
    var packVersion: String
    var packHash: String
    var engineVersion: String
    var findings: Int
    var status: Int
    var contentType: String
    var body: [UInt8]
}

extension AuditTrail {
    /// Records a decision; returns once the transaction has committed.
    func insert(_ r: SubmissionRecord) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO submission (id, receivedAt, subject, scope, requestID, enterprise, filingID, filingSHA256,
                      packName, packVersion, packHash, engineVersion, findings, status, contentType, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [r.id, r.receivedAt, r.subject, r.scope, r.requestID, r.enterprise, r.filingID, r.filingSHA256,
                            r.packName, r.packVersion, r.packHash, r.engineVersion, r.findings, r.status, r.contentType, Data(r.body)])
        }
    }

    /// The recorded decision `id`, or `nil`.
    func submission(id: String) async throws -> SubmissionRecord? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM submission WHERE id = ?", arguments: [id]) else { return nil }
            let body: Data = row["body"]
            return SubmissionRecord(
                id: row["id"], receivedAt: row["receivedAt"], subject: row["subject"], scope: row["scope"], requestID: row["requestID"],
                enterprise: row["enterprise"], filingID: row["filingID"], filingSHA256: row["filingSHA256"], packName: row["packName"],
                packVersion: row["packVersion"], packHash: row["packHash"], engineVersion: row["engineVersion"], findings: row["findings"],
                status: row["status"], contentType: row["contentType"], body: [UInt8](body))
        }
    }
}
