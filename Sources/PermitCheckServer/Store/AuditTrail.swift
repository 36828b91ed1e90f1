import Foundation
import GRDB

/// The audit trail: an SQLite database (WAL mode) in the data directory,
/// holding every decision the service gave, byte for byte.
///
/// Writes complete before the answer is sent; a decision the client saw is
/// therefore a decision on disk. WAL keeps committed transactions through a
/// crash of the process; `synchronous = NORMAL` trades the last commits on
/// a power loss for throughput.
public final class AuditTrail: Sendable {
    let pool: DatabasePool

    /// Opens (creating when needed) `permitcheck.sqlite` in `directory` and migrates it.
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: (directory as NSString).appendingPathComponent("permitcheck.sqlite"), configuration: configuration)
        try Self.migrator.migrate(pool)
        try markInterruptedAudits()
    }

    /// Schema history; append migrations, never edit a shipped one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-submissions-audits") { db in
            try db.create(table: "submission") { t in
                t.primaryKey("id", .text)
                t.column("receivedAt", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("scope", .text).notNull()
                t.column("requestID", .text).notNull()
                t.column("enterprise", .text).notNull().indexed()
                t.column("filingID", .text).notNull()
                t.column("filingSHA256", .text).notNull()
                t.column("packName", .text).notNull()
                t.column("packVersion", .text).notNull()
                t.column("packHash", .text).notNull()
                t.column("engineVersion", .text).notNull()
                t.column("findings", .integer).notNull()
                t.column("status", .integer).notNull()
                t.column("contentType", .text).notNull()
                t.column("body", .blob).notNull()
            }
            try db.create(table: "audit") { t in
                t.primaryKey("id", .text)
                t.column("createdAt", .text).notNull()
                t.column("finishedAt", .text)
                t.column("subject", .text).notNull()
                t.column("scope", .text).notNull()
                t.column("requestID", .text).notNull()
                t.column("packName", .text).notNull()
                t.column("packVersion", .text).notNull()
                t.column("packHash", .text).notNull()
                t.column("engineVersion", .text).notNull()
                t.column("state", .text).notNull()
                t.column("lines", .integer).notNull().defaults(to: 0)
                t.column("filings", .integer).notNull().defaults(to: 0)
                t.column("inputErrors", .integer).notNull().defaults(to: 0)
                t.column("findings", .integer).notNull().defaults(to: 0)
                t.column("response", .blob)
            }
            try db.create(table: "auditItem") { t in
                t.column("auditID", .text).notNull().references("audit", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("line", .integer).notNull()
                t.column("filingID", .text)
                t.column("filingSHA256", .text).notNull()
                t.column("enterprise", .text)
                t.column("findings", .integer).notNull()
                t.column("body", .blob).notNull()
                t.primaryKey(["auditID", "seq"])
            }
        }
        return migrator
    }

    /// Audits that were running when the process stopped can never finish:
    /// say so, keeping the line count written with their last results (and
    /// never less than the last line that has a result).
    private func markInterruptedAudits() throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    UPDATE audit SET state = 'interrupted', finishedAt = ?,
                      lines = MAX(lines, (SELECT COALESCE(MAX(line), 0) FROM auditItem WHERE auditID = audit.id))
                    WHERE state IN ('receiving', 'running')
                    """,
                arguments: [Timestamps.now()])
        }
    }

    /// The database answers a trivial query (for `/readyz`).
    func isReachable() async -> Bool {
        (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }
}

/// RFC 3339 UTC timestamps with milliseconds, as stored and served.
enum Timestamps {
    static func now() -> String { string(Date()) }

    static func string(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
    }
}
