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

    /// RFC 6750: `Bearer`, one space, a token68. Whitespace between the scheme
    /// and the token, or inside it, is not trimmed into a match; it is a
    /// malformed credential. (Whitespace at the very end of the header line is
    /// not part of the field value at all — RFC 9110 §5.5 — and HTTP parsing
    /// removes it before any handler runs, so it cannot be told apart.)
    @Test(arguments: [
        "Bearer  \(TestEnvironment.Token.auditor)", "Bearer \t\(TestEnvironment.Token.auditor)", "Bearer\t\(TestEnvironment.Token.auditor)",
        "Bearer \(TestEnvironment.Token.auditor) x", "Bearer \(TestEnvironment.Token.auditor)\t\(TestEnvironment.Token.auditor)", "Bearer ",
    ])
    func bearerTokenWithSurroundingWhitespaceIs401(header: String) async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        try await env.withApp(services) { client in
            let r = try await client.send("/v1/packs", headers: [.authorization: header])
            #expect(r.status == .unauthorized, "\(header.debugDescription) was accepted")
            #expect(r.errorCode == "auth.unauthorized")
            #expect(r.json["error"]?["message"]?["zh"]?.string?.isEmpty == false)
            let exact = try await client.send("/v1/packs", headers: [.authorization: "bearer \(TestEnvironment.Token.auditor)"])
            #expect(exact.status == .ok, "the scheme is case-insensitive")
        }
    }

    /// Tokens are compared as bytes: two strings Swift calls equal (canonically
    /// equivalent) but spelled with different bytes are different tokens.
    @Test func tokensAreComparedAsBytesNotAsCanonicalText() throws {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)  // Swift String equality: canonical equivalence
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        let store = try TokenStore.parse(["tokens": [["subject": "s", "scope": "auditor", "sha256": .string(TokenHash.hex(of: composed))]]], path: "inline")
        #expect(store.identity(forToken: composed)?.subject == "s")
        #expect(store.identity(forToken: decomposed) == nil)
        #expect(TokenHash.hex(of: " \(composed)") != TokenHash.hex(of: composed), "hashing must not trim")
        #expect(BearerCredentials.isToken68(Array("abc-._~+/==".utf8)))
        #expect(!BearerCredentials.isToken68(Array("a=b".utf8)))
        #expect(!BearerCredentials.isToken68(Array("".utf8)))
    }

    /// `serve hash-token` works as README shows it (no `--tokens`), hashes the
    /// token without the line ending `echo` adds, and refuses a token with spaces.
    @Test(.enabled(if: ServerProcess.isAvailable, "skipped: no built permitcheck binary"))
    func hashTokenNeedsNoTokensFile() throws {
        let ok = try Self.hashToken(stdin: "example-auditor-token\n")
        #expect(ok.status == 0, "stderr: \(ok.err)")
        #expect(ok.out == TokenHash.hex(of: "example-auditor-token") + "\n")
        let spaced = try Self.hashToken(stdin: "two words\n")
        #expect(spaced.status == 64)
        #expect(spaced.err.contains("token68"))
        let empty = try Self.hashToken(stdin: "")
        #expect(empty.status == 64)
    }

    static func hashToken(stdin: String) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ServerProcess.binary))
        process.arguments = ["serve", "hash-token"]
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

/// Identity is bytes on the enterprise side too: a look-alike credit code in
/// a tokens file is refused at start-up, and scope checks compare bytes.
@Suite struct EnterpriseIdentityTests {
    @Test func scopeComparesCreditCodesAsBytes() {
        let real = "91420100MA4K00000K", lookalike = "91420100MA4\u{212A}00000\u{212A}"
        #expect(lookalike == real)  // Swift's String == is canonical equivalence
        let identity = Identity(subject: "k", scope: .enterprise, uscc: real)
        #expect(identity.mayRead(enterprise: real))
        #expect(!identity.mayRead(enterprise: lookalike))
        #expect(!identity.mayRead(enterprise: real + " "))
        #expect(!identity.mayRead(enterprise: nil))
        #expect(Identity(subject: "a", scope: .auditor, uscc: nil).mayRead(enterprise: lookalike))
    }

    @Test func nonASCIICreditCodeInTokensFileIsASetupError() throws {
        let entry: JSONValue = ["subject": "s", "scope": "enterprise", "uscc": "91420100MA4\u{212A}00000K",
                                "sha256": .string(TokenHash.hex(of: "t"))]
        #expect(throws: ServerSetupError.self) { try TokenStore.parse(["tokens": [entry]], path: "inline") }
        let ascii: JSONValue = ["subject": "s", "scope": "enterprise", "uscc": "91420100MA4K00000K", "sha256": .string(TokenHash.hex(of: "t"))]
        #expect(try TokenStore.parse(["tokens": [ascii]], path: "inline").identity(forToken: "t")?.uscc == "91420100MA4K00000K")
    }
}
