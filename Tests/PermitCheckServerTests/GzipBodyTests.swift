import Foundation
import Hummingbird
import HummingbirdTesting
import PermitCheck
import Testing
@testable import PermitCheckServer

/// `Content-Encoding: gzip` on `POST /v1/check` and `/v1/audits`: inflated
/// and checked as the plain body would be, bounded after inflation (a bomb is
/// `413`), broken gzip `400`, any other encoding `415` — never read as garbage.
@Suite struct GzipBodyTests {
    /// `bytes` compressed by the system's `gzip` (an independent encoder).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("body")
        try Data(bytes).write(to: plain)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-9", "-n", plain.path]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: plain.appendingPathExtension("gz")))
    }

    static let gzipHeader: HTTPFields = [.contentEncoding: "gzip"]

    @Test func gzipCheckIsTheSameDecisionAsPlain() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        let filing = try TestEnvironment.example("steel-qingshan")
        let compressed = try Self.gzip(filing)
        #expect(compressed.count < filing.count / 3)
        try await env.withApp(services) { client in
            let plain = try await client.send("/v1/check?pack=wuhan", .post, token: TestEnvironment.Token.auditor, body: filing)
            let zipped = try await client.send("/v1/check?pack=wuhan", .post, token: TestEnvironment.Token.auditor, body: compressed, headers: Self.gzipHeader)
            #expect(plain.status == .ok)
            #expect(zipped.status == .ok)
            #expect(zipped.json["filing"]?["sha256"] == plain.json["filing"]?["sha256"])
            #expect(zipped.json["findings"] == plain.json["findings"])
            #expect(zipped.json["findings"]?.array?.isEmpty == false)
            // `x-gzip` and a listed `identity` mean the same.
            let x = try await client.send("/v1/check?pack=wuhan", .post, token: TestEnvironment.Token.auditor, body: compressed, headers: [.contentEncoding: "identity, x-gzip"])
            #expect(x.status == .ok)
            let identity = try await client.send("/v1/check?pack=wuhan", .post, token: TestEnvironment.Token.auditor, body: filing, headers: [.contentEncoding: "identity"])
            #expect(identity.status == .ok)
        }
    }

    @Test func otherEncodingsAre415BeforeTheBodyIsRead() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        let filing = try TestEnvironment.example("power-hannan")
        try await env.withApp(services) { client in
            for coding in ["br", "deflate", "gzip, gzip", "compress"] {
                let r = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: filing, headers: [.contentEncoding: coding])
                #expect(r.status == .unsupportedMediaType, "\(coding)")
                #expect(r.errorCode == "body.unsupported-encoding")
                #expect(r.headers[.acceptEncoding] == "gzip")
                let audit = try await client.send("/v1/audits", .post, token: TestEnvironment.Token.auditor, body: filing, headers: [.contentEncoding: coding])
                #expect(audit.status == .unsupportedMediaType, "\(coding)")
            }
        }
    }

    @Test func brokenGzipIs400() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        let compressed = try Self.gzip(try TestEnvironment.example("power-hannan"))
        try await env.withApp(services) { client in
            // Not gzip at all: the plain filing labelled gzip is never read as a filing.
            let plain = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: try TestEnvironment.example("power-hannan"), headers: Self.gzipHeader)
            #expect(plain.status == .badRequest)
            #expect(plain.errorCode == "body.bad-gzip")
            // Cut short.
            let cut = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: Array(compressed.prefix(compressed.count / 2)), headers: Self.gzipHeader)
            #expect(cut.status == .badRequest)
            #expect(cut.errorCode == "body.bad-gzip")
        }
    }

    /// 64 MiB of zeros gzip to some 64 KiB: past `--max-body` once inflated, 413.
    @Test func gzipBombIs413() async throws {
        let env = try TestEnvironment()
        let services = try await env.services { $0.maxFilingBytes = 1 << 20 }
        let bomb = try Self.gzip([UInt8](repeating: 0x20, count: 64 << 20))
        #expect(bomb.count < 1 << 20)
        try await env.withApp(services) { client in
            let check = try await client.send("/v1/check", .post, token: TestEnvironment.Token.auditor, body: bomb, headers: Self.gzipHeader)
            #expect(check.status == .contentTooLarge)
            #expect(check.errorCode == "body.too-large")
            let audit = try await client.send("/v1/audits", .post, token: TestEnvironment.Token.auditor, body: bomb, headers: Self.gzipHeader)
            #expect(audit.status == .contentTooLarge)
            #expect(audit.errorCode == "body.too-large")
        }
    }

    @Test func gzipAuditChecksEveryLine() async throws {
        let env = try TestEnvironment()
        let services = try await env.services()
        var body = try TestEnvironment.exampleLine("pharma-huangpi") + [0x0A]
        body += Array("{\"schema\": broken\n".utf8)
        body += try TestEnvironment.exampleLine("power-hannan") + [0x0A]
        let compressed = try Self.gzip(body)
        try await env.withApp(services) { client in
            let started = try await client.send("/v1/audits", .post, token: TestEnvironment.Token.auditor, body: compressed, headers: Self.gzipHeader)
            #expect(started.status == .accepted)
            let id = try #require(started.json["id"]?.string)
            let status = try await AuditTests.waitForEnd(client, id)
            #expect(status["state"]?.string == "done")
            #expect(status["progress"]?["filings"]?.number == 2)
            #expect(status["progress"]?["inputErrors"]?.number == 1)
            #expect(status["progress"]?["linesReceived"]?.number == 3)
        }
    }
}
