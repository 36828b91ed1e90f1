import Foundation
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// Every denial the issue names: 401 missing, 401 unknown, 403 for scope and enterprise.
@Suite struct AuthTests {
    @Test func missingAndUnknownTokensAre401WithChallenge() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let filing = try TestEnvironment.example("power-hannan")
            let missing = try await client.send("/v1/check", .post, body: filing)
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(missing.errorCode == "auth.unauthorized")
            let unknown = try await client.send("/v1/check", .post, token: "not-a-configured-token", body: filing)
            #expect(unknown.status == .unauthorized)
            #expect(unknown.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            let basic = try await client.send("/v1/packs", headers: [.authorization: "Basic dXNlcjpwYXNz"])
            #expect(basic.status == .unauthorized)
        }
    }

    @Test func enterpriseCannotCheckAnotherEnterprisesFiling() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let response = try await client.send("/v1/check", .post, token: TestEnvironment.Token.steel, body: try TestEnvironment.example("power-hannan"))
            #expect(response.status == .forbidden)
            #expect(response.errorCode == "auth.forbidden")
        }
    }

    @Test func enterpriseCannotReadAnotherEnterprisesSubmission() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let power = try await client.send("/v1/check", .post, token: TestEnvironment.Token.power, body: try TestEnvironment.example("power-hannan"))
            let id = try #require(power.json["submission"]?.string)
            let steel = try await client.send("/v1/submissions/\(id)", token: TestEnvironment.Token.steel)
            #expect(steel.status == .forbidden)
            let auditor = try await client.send("/v1/submissions/\(id)", token: TestEnvironment.Token.auditor)
            #expect(auditor.status == .ok)
            #expect(auditor.bytes == power.bytes)
            let absent = try await client.send("/v1/submissions/s-none", token: TestEnvironment.Token.auditor)
            #expect(absent.status == .notFound)
        }
    }

    @Test func onlyAdminsReloadAndOnlyAuditorsAudit() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let byAuditor = try await client.send("/v1/admin/reload", .post, token: TestEnvironment.Token.auditor)
            #expect(byAuditor.status == .forbidden)
            let byEnterprise = try await client.send("/v1/admin/reload", .post, token: TestEnvironment.Token.steel)
            #expect(byEnterprise.status == .forbidden)
            let audit = try await client.send("/v1/audits", .post, token: TestEnvironment.Token.steel, body: Array("{}\n".utf8))
            #expect(audit.status == .forbidden)
            let byAdmin = try await client.send("/v1/admin/reload", .post, token: TestEnvironment.Token.admin)
            #expect(byAdmin.status == .ok)
            #expect(byAdmin.json["generation"]?.number == 2)
        }
    }

    @Test func tokenHashesAreComparedAndLoadedFromYAML() throws {
        let env = try TestEnvironment()
        let yaml = """
            tokens:
              - subject: qingshan
                scope: enterprise
                uscc: \(TestEnvironment.steelUSCC)
                sha256: \(TokenHash.hex(of: "yaml-token"))
            """
        let path = env.directory + "/tokens.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let store = try TokenStore.load(path: path)
        #expect(store.identity(forToken: "yaml-token")?.uscc == TestEnvironment.steelUSCC)
        #expect(store.identity(forToken: "other") == nil)
        #expect(TokenHash.hex(of: "example") == "50d858e0985ecc7f60418aaf0cc5ab587f42c2570a884095a9e8ccacd0f6545c")
        let plain = env.directory + "/plain.json"
        try #"{"tokens":[{"subject":"x","scope":"auditor","sha256":"secret-token-in-the-clear"}]}"#.write(toFile: plain, atomically: true, encoding: .utf8)
        #expect(throws: ServerSetupError.self) { try TokenStore.load(path: plain) }
    }
}
