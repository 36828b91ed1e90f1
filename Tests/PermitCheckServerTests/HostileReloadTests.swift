import Foundation
import HTTPTypes
import Testing
@testable import PermitCheckServer

/// Packs that once crashed a running server on `POST /v1/admin/reload`
/// (10,000 nested parentheses, a 10,000-term chain, 10,000-deep YAML, a
/// billion laughs) are refused with 422 and a located diagnostic; the old
/// packs keep serving.
@Suite struct HostileReloadTests {
    static let hostile: [(name: String, code: String, text: String)] = [
        ("parentheses", "limit.depth", OperationsTests.tinyPack(when: String(repeating: "(", count: 10_000) + "true" + String(repeating: ")", count: 10_000))),
        ("chain", "limit.depth", OperationsTests.tinyPack(when: "daysLeft > " + Array(repeating: "1", count: 10_000).joined(separator: " + "))),
        ("yaml", "limit.depth", OperationsTests.tinyPack(when: "true") + "\nnotes: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"),
        ("laughs", "limit.size", OperationsTests.tinyPack(when: "true") + "\n" + HostileReloadTests.laughs),
    ]

    static var laughs: String {
        var yaml = "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 { yaml += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        return yaml
    }

    @Test(arguments: hostile.indices)
    func hostilePackOnReloadIsRefused(_ index: Int) async throws {
        let (name, code, text) = Self.hostile[index]
        let env = try TestEnvironment()
        let packPath = env.directory + "/tiny.yaml"
        try OperationsTests.tinyPack(when: "daysLeft >= 0 && daysLeft <= 60").write(toFile: packPath, atomically: true, encoding: .utf8)
        let services = try await env.services { $0.packPaths.append(packPath) }
        try await env.withApp(services) { client in
            try text.write(toFile: packPath, atomically: true, encoding: .utf8)
            let refused = try await client.send("/v1/admin/reload", .post, token: TestEnvironment.Token.admin)
            #expect(refused.status == .unprocessableContent, "\(name)")
            let diagnostic = try #require(refused.json["error"]?["diagnostics"]?.array?.first)
            #expect(diagnostic["code"]?.string == code, "\(name)")
            #expect(diagnostic["file"]?.string == packPath)
            #expect((diagnostic["line"]?.number ?? 0) > 0)
            let still = try await client.send("/v1/check?pack=tiny", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("power-hannan"))
            #expect(still.status == .ok, "\(name): the old pack keeps serving")
            #expect(still.json["pack"]?["name"]?.string == "tiny")
        }
    }
}
