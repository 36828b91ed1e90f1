import Foundation
import PermitCheck
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PermitCheckServer

/// The release case of a binary copied alone to another machine: no
/// `…resources` bundle folder beside it, another working directory. It must
/// answer every route of ``RouteTable`` (the OpenAPI document included, which
/// once trapped with "could not load resource bundle") and still be running.
@Suite struct CopiedBinaryTests {
    @Test(.enabled(if: ServerProcess.isAvailable, "skipped: no built permitcheck binary — run `swift build` first"))
    func copiedBinaryAnswersEveryRoute() async throws {
        let env = try TestEnvironment()
        let source = try #require(ServerProcess.binary)
        let alone = env.directory + "/alone"
        try FileManager.default.createDirectory(atPath: alone, withIntermediateDirectories: true)
        let binary = alone + "/permitcheck"
        try FileManager.default.copyItem(atPath: source, toPath: binary)
        #expect(try FileManager.default.contentsOfDirectory(atPath: alone) == ["permitcheck"])
        // Nothing of the build tree is reachable by a relative path from here.
        let registry = alone + "/registry.json"
        try FileManager.default.copyItem(atPath: TestEnvironment.packageRoot + "/Examples/registry.json", toPath: registry)

        let port = try #require(EndToEndTests.freePort())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.currentDirectoryURL = URL(fileURLWithPath: alone)
        process.arguments = [
            "serve", "--host", "127.0.0.1", "--port", String(port), "--tokens", env.tokensPath,
            "--data", alone + "/data", "--registry", registry, "--log-level", "warning",
        ]
        let log = alone + "/server.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        var up = false
        for _ in 0..<300 where !up {
            up = await RawHTTP.request(port: port, "GET", "/healthz", timeout: .seconds(2))?.status == 200
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(up, "the copied binary did not answer /healthz: \(String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self))")

        let admin = TestEnvironment.Token.admin
        let filing = try TestEnvironment.example("power-hannan")
        var answered: [String: Int] = [:]
        func call(_ method: String, _ path: String, template: String, body: [UInt8]? = nil) async -> RawResponse? {
            let r = await RawHTTP.request(port: port, method, path, token: admin, body: body)
            answered["\(method) \(template)"] = r?.status
            return r
        }
        let openAPI = await call("GET", "/openapi.json", template: "/openapi.json")
        #expect(openAPI?.body == OpenAPIDocument.bytes)
        #expect(openAPI?.json["components"]?["schemas"]?["filing-v1"] != nil)
        _ = await call("GET", "/healthz", template: "/healthz")
        _ = await call("GET", "/readyz", template: "/readyz")
        _ = await call("GET", "/metrics", template: "/metrics")
        _ = await call("GET", "/v1/packs", template: "/v1/packs")
        _ = await call("GET", "/v1/rules?pack=wuhan", template: "/v1/rules")
        _ = await call("GET", "/v1/rules/EL-HOUR", template: "/v1/rules/{id}")
        let check = await call("POST", "/v1/check", template: "/v1/check", body: filing)
        let submission = check?.headers["x-submission-id"] ?? "s-none"
        _ = await call("GET", "/v1/submissions/\(submission)", template: "/v1/submissions/{id}")
        let audit = await call("POST", "/v1/audits", template: "/v1/audits", body: try TestEnvironment.exampleLine("power-hannan") + [0x0A])
        let id = audit?.json["id"]?.string ?? "a-none"
        _ = await call("GET", "/v1/audits/\(id)", template: "/v1/audits/{id}")
        _ = await call("GET", "/v1/audits/\(id)/findings", template: "/v1/audits/{id}/findings")
        _ = await call("DELETE", "/v1/audits/\(id)", template: "/v1/audits/{id}")
        _ = await call("POST", "/v1/admin/reload", template: "/v1/admin/reload")

        for route in RouteTable.routes {
            let key = "\(route.method.rawValue) \(route.path)"
            let status = try #require(answered[key], "\(key) was not called or not answered")
            #expect(route.allStatuses.contains(status), "\(key) answered \(status)")
            #expect(status < 500, "\(key) answered \(status)")
        }
        #expect(process.isRunning, "the copied binary died")
        let text = String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
        #expect(!text.contains("Fatal error"), "\(text)")
    }

    /// The copy above still finds a resource bundle at its build path on this
    /// machine, so it cannot show what a copy on another machine lacks: no
    /// source reads one (`Bundle.module` traps when the bundle is missing), and
    /// no product target declares resources.
    @Test func noProductReadsAResourceBundle() throws {
        let root = URL(fileURLWithPath: TestEnvironment.packageRoot)
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("Bundle" + ".module"), "\(file) reads a resource bundle")
        }
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let productTargets = manifest.components(separatedBy: ".testTarget(").first ?? manifest
        #expect(!productTargets.contains("resources:"), "a product target declares resources")
    }
}
