import Foundation
import GRDB
import PermitCheck
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PermitCheckServer

/// Faults against the built binary: `kill -9` mid-audit and mid-check, then a
/// restart on the same data directory; and a store that stops accepting
/// writes. What the client was answered must be what the trail holds.
@Suite(.serialized, .enabled(if: ServerProcess.isAvailable, "skipped: no built permitcheck binary — run `swift build` first"))
struct FaultTests {
    static let auditor = TestEnvironment.Token.auditor

    @Test func killNineMidAuditAndMidCheckLosesNoAnsweredDecision() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env)
        let answered = AnswerLog()
        let filing = try TestEnvironment.example("cement-caidian")

        // Round 1: an audit streaming in, checks alongside, kill -9 once the audit is well under way.
        let audit = try #require(await RawConnection(port: server.port))
        let upload = Task { await Self.streamAudit(audit, lines: 1500) }
        let stop = Flag()
        let checkers = Self.checkers(server, filing: filing, into: answered, stop: stop, count: 2)
        let auditID = try await Self.waitForReceivingAudit(env)
        var before: JSONValue = .null
        for _ in 0..<600 {
            before = await server.request("GET", "/v1/audits/\(auditID)", token: Self.auditor)?.json ?? .null
            if (before["progress"]?["processed"]?.number ?? 0) >= 60 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(before["state"]?.string == "receiving", "the audit should still be receiving when killed: \(before)")
        await server.kill9()
        stop.set()
        for c in checkers { await c.value }
        let linesSent = await upload.value
        #expect(try Self.integrityCheck(env) == "ok")

        try await server.start()
        let after = try #require(await server.request("GET", "/v1/audits/\(auditID)", token: Self.auditor)).json
        let received = after["progress"]?["linesReceived"]?.number ?? -1
        let processed = after["progress"]?["processed"]?.number ?? -1
        let stored = try Self.itemCounts(env, auditID: auditID)
        print("kill -9 mid-audit: \(linesSent) lines sent, \(Int(received)) received, \(Int(processed)) processed (\(Int(before["progress"]?["processed"]?.number ?? 0)) seen before the kill); \(answered.count) checks answered")
        #expect(after["state"]?.string == "interrupted")
        #expect(processed >= (before["progress"]?["processed"]?.number ?? 0))
        #expect(processed == Double(stored.items), "processed must count the items the trail holds")
        #expect(received >= Double(stored.lastLine) && received >= processed && received > 0, "linesReceived \(received) below the last line with a result \(stored.lastLine)")
        #expect(received <= Double(linesSent))
        let findings = await server.request("GET", "/v1/audits/\(auditID)/findings", token: Self.auditor, timeout: .seconds(30))
        #expect(findings?.status == 200, "the findings of an interrupted audit end and answer")
        try await Self.expectTrailHolds(answered, server)

        // Round 2: only checks, four at a time, killed while some are in flight.
        let stop2 = Flag()
        let before2 = answered.count
        let checkers2 = Self.checkers(server, filing: filing, into: answered, stop: stop2, count: 4)
        for _ in 0..<200 where answered.count < before2 + 20 { try await Task.sleep(for: .milliseconds(50)) }
        await server.kill9()
        stop2.set()
        for c in checkers2 { await c.value }
        #expect(answered.count > before2)
        #expect(try Self.integrityCheck(env) == "ok")
        try await server.start()
        try await Self.expectTrailHolds(answered, server)
        server.terminate()
        #expect(await server.waitForExit(timeout: .seconds(20)))
    }

    /// A store that refuses writes: checks (and audits) answer `503`
    /// `server.storage`, never a `200` that was not recorded; once it takes
    /// writes again, checks succeed again.
    ///
    /// Tests run as root here, and `chmod` does not stop root, nor does it
    /// touch a database file that is already open. So the test lowers the
    /// server's `RLIMIT_FSIZE` soft limit to 0 (`prlimit --pid`): every write
    /// to a regular file then fails with `EFBIG`, for root too, as a full
    /// disk or quota would (`serve` ignores `SIGXFSZ` so the write fails
    /// instead of the process dying).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "skipped: needs /usr/bin/prlimit"))
    func unwritableStoreAnswers503AndNeverAnUnrecordedDecision() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env)
        let answered = AnswerLog()
        let filing = try TestEnvironment.example("steel-qingshan")
        let first = try #require(await server.request("POST", "/v1/check", token: TestEnvironment.Token.steel, body: filing))
        #expect(first.status == 200)
        answered.add(first)

        try Self.prlimit(server.pid, fileSize: "0:")
        for _ in 0..<3 {
            let refused = try #require(await server.request("POST", "/v1/check", token: TestEnvironment.Token.steel, body: filing))
            answered.add(refused)
            #expect(refused.status == 503)
            #expect(refused.errorCode == "server.storage")
            #expect(refused.headers["retry-after"] == "1")
            #expect(refused.headers["x-submission-id"] == nil)
            #expect(refused.json["error"]?["message"]?["zh"]?.string?.contains("审计记录") == true)
            #expect(refused.json["error"]?["message"]?["en"]?.string?.contains("audit trail") == true)
        }
        let auditRefused = await server.request("POST", "/v1/audits", token: Self.auditor, body: try TestEnvironment.exampleLine("cement-caidian") + [0x0A])
        #expect(auditRefused?.status == 503)
        #expect(auditRefused?.errorCode == "server.storage")

        try Self.prlimit(server.pid, fileSize: "unlimited:")
        let again = try #require(await server.request("POST", "/v1/check", token: TestEnvironment.Token.steel, body: filing))
        #expect(again.status == 200, "the service recovers once the store takes writes: \(again.status)")
        answered.add(again)
        #expect(answered.count == 2)
        try await Self.expectTrailHolds(answered, server)
        #expect(try Self.submissionRows(env) == 2, "only answered decisions are recorded")
        server.terminate()
        #expect(await server.waitForExit(timeout: .seconds(20)))
        #expect(try Self.integrityCheck(env) == "ok")
    }

    // MARK: - Load and checks

    /// Streams `lines` JSON Lines (every fifth a real filing, the rest input
    /// errors) as a chunked body; returns how many lines were sent before the
    /// connection went.
    static func streamAudit(_ c: RawConnection, lines: Int) async -> Int {
        guard let filing = try? TestEnvironment.exampleLine("cement-caidian") else { return 0 }
        let broken = Array(#"{"id": 1}"#.utf8)
        guard await c.send("POST /v1/audits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(auditor)\r\nTransfer-Encoding: chunked\r\n\r\n") else { return 0 }
        var sent = 0
        for n in 1...lines {
            let line = (n % 5 == 0 ? filing : broken) + [0x0A]
            let chunk = Array((String(line.count, radix: 16) + "\r\n").utf8) + line + [13, 10]
            guard await c.send(chunk) else { break }
            sent = n
        }
        if sent == lines { _ = await c.send("0\r\n\r\n") }
        return sent
    }

    /// `count` loops of checks (at most 300 each) recording every answer until `stop`.
    static func checkers(_ server: ServerProcess, filing: [UInt8], into log: AnswerLog, stop: Flag, count: Int) -> [Task<Void, Never>] {
        (0..<count).map { _ in
            Task {
                for _ in 0..<300 where !stop.isSet {
                    guard let r = await server.request("POST", "/v1/check", token: auditor, body: filing, timeout: .seconds(20)) else { continue }
                    log.add(r)
                }
            }
        }
    }

    /// Every `200` a client saw is in the trail, byte for byte.
    static func expectTrailHolds(_ log: AnswerLog, _ server: ServerProcess) async throws {
        for (id, body) in log.decisions {
            let stored = await server.request("GET", "/v1/submissions/\(id)", token: auditor)
            #expect(stored?.status == 200, "answered decision \(id) is missing from the trail")
            #expect(stored?.body == body, "decision \(id) differs from what was answered")
        }
    }

    // MARK: - The SQLite file

    static func database(_ env: TestEnvironment) throws -> DatabaseQueue {
        try DatabaseQueue(path: env.dataDirectory + "/permitcheck.sqlite")
    }

    static func integrityCheck(_ env: TestEnvironment) throws -> String? {
        try database(env).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
    }

    static func itemCounts(_ env: TestEnvironment, auditID: String) throws -> (items: Int, lastLine: Int) {
        try database(env).read { db in
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditItem WHERE auditID = ?", arguments: [auditID]) ?? 0
            let last = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(line), 0) FROM auditItem WHERE auditID = ?", arguments: [auditID]) ?? 0
            return (items, last)
        }
    }

    static func submissionRows(_ env: TestEnvironment) throws -> Int {
        try database(env).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM submission") ?? 0 }
    }

    static func lastAudit(_ env: TestEnvironment) throws -> String? {
        try database(env).read { try String.fetchOne($0, sql: "SELECT id FROM audit ORDER BY createdAt DESC LIMIT 1") }
    }

    static func receivingAudit(_ env: TestEnvironment) throws -> String? {
        try database(env).read { try String.fetchOne($0, sql: "SELECT id FROM audit WHERE state = 'receiving'") }
    }

    /// The id of the audit being received, read from the live database.
    static func waitForReceivingAudit(_ env: TestEnvironment) async throws -> String {
        for _ in 0..<300 {
            if FileManager.default.fileExists(atPath: env.dataDirectory + "/permitcheck.sqlite"), let id = try? receivingAudit(env) { return id }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("no audit started receiving")
        return ""
    }

    static func prlimit(_ pid: Int32, fileSize: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        p.arguments = ["--pid", String(pid), "--fsize=\(fileSize)"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "prlimit failed")
    }
}

/// The decisions clients were answered: submission id and exact body of each `200`.
final class AnswerLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(String, [UInt8])] = []
    var decisions: [(String, [UInt8])] { lock.withLock { entries } }
    var count: Int { lock.withLock { entries.count } }

    func add(_ r: RawResponse) {
        guard r.status == 200, let id = r.headers["x-submission-id"] else { return }
        lock.withLock { entries.append((id, r.body)) }
    }
}
