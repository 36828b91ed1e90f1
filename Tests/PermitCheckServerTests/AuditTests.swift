import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// Audits: a JSON Lines body with a broken line, progress, the findings stream, cancellation.
@Suite struct AuditTests {
    /// Polls the audit until it reaches a terminal state.
    static func waitForEnd(_ client: any TestClientProtocol, _ id: String) async throws -> JSONValue {
        for _ in 0..<600 {
            let status = try await client.send("/v1/audits/\(id)", token: TestEnvironment.Token.auditor).json
            if let state = status["state"]?.string, AuditRecord.terminalStates.contains(state) { return status }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("audit \(id) did not finish")
        return .null
    }

    @Test func brokenLineIsAnInputErrorAndTheAuditGoesOn() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            var body = try TestEnvironment.exampleLine("pharma-huangpi") + Array("\n{\"schema\": broken\n\n".utf8)
            body += try TestEnvironment.exampleLine("power-hannan") + [0x0A]
            let started = try await client.send("/v1/audits", .post, token: TestEnvironment.Token.auditor, body: body)
            #expect(started.status == .accepted)
            let id = try #require(started.json["id"]?.string)
            #expect(started.headers[.location] == "/v1/audits/\(id)")

            let status = try await Self.waitForEnd(client, id)
            #expect(status["state"]?.string == "done")
            #expect(status["progress"]?["filings"]?.number == 2)
            #expect(status["progress"]?["inputErrors"]?.number == 1)
            #expect(status["progress"]?["linesReceived"]?.number == 4)

            let stream = try await client.send("/v1/audits/\(id)/findings", token: TestEnvironment.Token.auditor)
            #expect(stream.status == .ok)
            #expect(stream.headers[.contentType]?.hasPrefix("application/x-ndjson") == true)
            let records = String(decoding: stream.bytes, as: UTF8.self).split(separator: "\n").map { try? JSONValue(parsing: String($0)) }
            let errors = records.filter { $0?["error"] != nil }
            #expect(errors.count == 1)
            #expect(errors.first??["line"]?.number == 2)
            #expect(errors.first??["error"]?["code"]?.string == "input.syntax")
            let findings = records.filter { $0?["rule"] != nil }
            #expect(Double(findings.count) == status["progress"]?["findings"]?.number)
            #expect(findings.first??["filing"]?.string == "2025Q3-420116-PHARMA")

            let enterprise = try await client.send("/v1/audits/\(id)", token: TestEnvironment.Token.steel)
            #expect(enterprise.status == .forbidden)
            let finished = try await client.send("/v1/audits/\(id)", .delete, token: TestEnvironment.Token.auditor)
            #expect(finished.status == .conflict)
            let unknown = try await client.send("/v1/audits/a-none", token: TestEnvironment.Token.auditor)
            #expect(unknown.status == .notFound)
        }
    }

    /// The upload is fed by hand so the audit is certainly still running when the DELETE arrives.
    @Test func runningAuditCanBeCancelled() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        let pack = try #require(services.packs.current.pack(named: "wuhan"))
        let record = AuditRecord(
            id: "a-cancel-test", createdAt: Timestamps.now(), subject: "auditor-1", scope: "auditor", requestID: "test",
            packName: pack.name, packVersion: pack.version, packHash: pack.contentHash, engineVersion: PermitCheckVersion.engine, state: "receiving")
        let line = try TestEnvironment.exampleLine("steel-qingshan")
        try await env.withApp(services) { client in
            let queue = try await services.audits.start(record, pack: pack, registry: services.packs.current.registry)
            try await queue.push(AuditLine(number: 1, content: .document(line)))
            let running = try await client.send("/v1/audits/a-cancel-test", token: TestEnvironment.Token.auditor)
            #expect(running.json["state"]?.string == "receiving")
            let cancelled = try await client.send("/v1/audits/a-cancel-test", .delete, token: TestEnvironment.Token.auditor)
            #expect(cancelled.status == .ok)
            #expect(cancelled.json["state"]?.string == "cancelled")
            #expect(cancelled.json["finishedAt"] != nil)
            await #expect(throws: AuditClosed.self) { try await queue.push(AuditLine(number: 2, content: .document(line))) }
            let stream = try await client.send("/v1/audits/a-cancel-test/findings", token: TestEnvironment.Token.auditor)
            #expect(stream.status == .ok)
            let again = try await client.send("/v1/audits/a-cancel-test", .delete, token: TestEnvironment.Token.auditor)
            #expect(again.status == .conflict)
        }
    }

    @Test func auditsBeyondTheLimitAre503() async throws {
        let env = try TestEnvironment()
        let services = try await env.services { $0.maxConcurrentAudits = 0 }
        try await env.withApp(services) { client in
            let refused = try await client.send("/v1/audits", .post, token: TestEnvironment.Token.auditor, body: Array("{}\n".utf8))
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == "1")
        }
    }
}
