import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// Restart, reload, saturation, metrics, health and request ids.
@Suite struct OperationsTests {
    @Test func submissionsSurviveARestartByteForByte() async throws {
        let env = try TestEnvironment()
        let first = try await env.services()
        let given: [(String, [UInt8])] = try await env.withApp(first) { client in
            var given: [(String, [UInt8])] = []
            for (token, example) in [(TestEnvironment.Token.steel, "steel-qingshan"), (TestEnvironment.Token.auditor, "coking-jiangxia")] {
                let r = try await client.send("/v1/check?pack=wuhan", .post, token: token, body: try TestEnvironment.example(example))
                #expect(r.status == .ok)
                given.append((try #require(r.json["submission"]?.string), r.bytes))
            }
            return given
        }
        // A new server on the same data directory: new process state, same trail.
        let second = try await env.services()
        try await env.withApp(second) { client in
            for (id, bytes) in given {
                let r = try await client.send("/v1/submissions/\(id)", token: TestEnvironment.Token.auditor)
                #expect(r.status == .ok)
                #expect(r.bytes == bytes)
            }
        }
    }

    @Test func brokenPackIsRefusedAndTheOldOneKeepsServing() async throws {
        let env = try TestEnvironment()
        let packPath = env.directory + "/tiny.yaml"
        try Self.tinyPack(when: "daysLeft >= 0 && daysLeft <= 60").write(toFile: packPath, atomically: true, encoding: .utf8)
        let services = try await env.services { $0.packPaths.append(packPath) }
        try await env.withApp(services) { client in
            let before = try await client.send("/v1/rules?pack=tiny", token: TestEnvironment.Token.auditor)
            #expect(before.status == .ok)
            try Self.tinyPack(when: "daysLeft > 50 mg/m3 && nosuchthing").write(toFile: packPath, atomically: true, encoding: .utf8)
            let refused = try await client.send("/v1/admin/reload", .post, token: TestEnvironment.Token.admin)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorCode == "pack.compile-failed")
            let diagnostic = try #require(refused.json["error"]?["diagnostics"]?.array?.first)
            #expect(diagnostic["file"]?.string == packPath)
            #expect((diagnostic["line"]?.number ?? 0) > 0)
            let still = try await client.send("/v1/check?pack=tiny", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("power-hannan"))
            #expect(still.status == .ok)
            #expect(still.json["pack"]?["name"]?.string == "tiny")
            let packs = try await client.send("/v1/packs", token: TestEnvironment.Token.steel)
            #expect(packs.json["generation"]?.number == 1)
            #expect(packs.json["packs"]?.array?.count == 3)
        }
    }

    static func tinyPack(when condition: String) -> String {
        """
        pack: tiny
        version: 1.0.0
        documents:
          条例: { title: 排污许可管理条例, from: 2021-03-01, status: C }
        rules:
          - id: TINY-EXPIRING
            family: permit
            severity: low
            title: { zh: 排污许可证即将到期, en: Permit expiring soon }
            acts: state
            basis: [条例 14]
            for: { permit: permit }
            let:
              daysLeft: days_between(period.to, permit.validTo)
            when: \(condition)
        """
    }

    @Test func saturatedChecksAre503WithRetryAfter() async throws {
        let env = try TestEnvironment()
        let services = try await env.services { $0.maxConcurrentChecks = 1 }
        try await env.withApp(services) { client in
            #expect(services.checkLimiter.tryAcquire())
            let busy = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("power-hannan"))
            #expect(busy.status == .serviceUnavailable)
            #expect(busy.headers[.retryAfter] == "1")
            #expect(busy.errorCode == "server.busy")
            services.checkLimiter.release()
            let free = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("power-hannan"))
            #expect(free.status == .ok)
        }
    }

    @Test func metricsHealthAndRequestIDs() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let health = try await client.send("/healthz", headers: [.requestID: "trace-me-123"])
            #expect(health.status == .ok)
            #expect(health.headers[.requestID] == "trace-me-123")
            let ready = try await client.send("/readyz")
            #expect(ready.status == .ok)
            #expect(ready.headers[.requestID]?.isEmpty == false)
            _ = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("pharma-huangpi"))
            let metrics = try await client.send("/metrics")
            let text = String(decoding: metrics.bytes, as: UTF8.self)
            #expect(text.contains(#"permitcheck_http_requests_total{route="/v1/check",method="POST",status="200"} 1"#))
            #expect(text.contains(#"permitcheck_http_request_duration_seconds_bucket{route="/v1/check",method="POST",status="200""#))
            #expect(text.contains(#"permitcheck_findings_total{severity="high"}"#))
            #expect(text.contains("permitcheck_audits_running"))
            #expect(text.contains(#"permitcheck_http_requests_total{route="/healthz",method="GET",status="200"} 1"#))
        }
    }

    @Test func catalogListsRulesWithParameters() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let packs = try await client.send("/v1/packs", token: TestEnvironment.Token.steel)
            #expect(packs.json["packs"]?.array?.map { $0["name"]?.string } == ["cn-national", "wuhan"])
            let rules = try await client.send("/v1/rules?pack=wuhan", token: TestEnvironment.Token.steel)
            let first = try #require(rules.json["rules"]?.array?.first)
            #expect(first["title"]?["zh"]?.string?.isEmpty == false)
            let withParams = try #require(rules.json["rules"]?.array?.first { ($0["parameters"]?.array?.count ?? 0) > 0 })
            let id = try #require(withParams["id"]?.string)
            let rule = try await client.send("/v1/rules/\(id)?pack=wuhan", token: TestEnvironment.Token.steel)
            #expect(rule.status == .ok)
            let parameter = try #require(rule.json["parameters"]?.array?.first)
            #expect(parameter["value"]?.string != nil)
            #expect(parameter["setBy"]?.string != nil)
            #expect(rule.json["basis"]?.array != nil)
            let missing = try await client.send("/v1/rules/NO-SUCH-RULE", token: TestEnvironment.Token.steel)
            #expect(missing.status == .notFound)
            // As `rules show el-hour`: an id equal but for case names its rule.
            let folded = try await client.send("/v1/rules/\(id.lowercased())?pack=wuhan", token: TestEnvironment.Token.steel)
            #expect(folded.status == .ok)
            #expect(folded.json["id"]?.string == id)
        }
    }
}
