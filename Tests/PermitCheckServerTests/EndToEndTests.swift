import Foundation
import PermitCheck
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
@testable import PermitCheckServer

/// The built `permitcheck` binary, started as a user would, talked to over HTTP on loopback.
@Suite struct EndToEndTests {
    static let binary = ServerProcess.binary ?? TestEnvironment.packageRoot + "/.build/debug/permitcheck"

    @Test(.enabled(if: ServerProcess.isAvailable, "skipped: no built permitcheck binary — run `swift build` first"))
    func servesOverLoopbackAndStopsOnSIGTERM() async throws {
        let env = try TestEnvironment()
        let port = try #require(Self.freePort())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.currentDirectoryURL = URL(fileURLWithPath: TestEnvironment.packageRoot)
        process.arguments = [
            "serve", "--host", "127.0.0.1", "--port", String(port), "--tokens", env.tokensPath, "--data", env.dataDirectory,
            "--registry", "Examples/registry.json", "--log-level", "warning",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let base = "http://127.0.0.1:\(port)"
        var healthy = false
        for _ in 0..<200 where !healthy {
            if let (_, response) = try? await URLSession.shared.data(from: try #require(URL(string: base + "/healthz"))) {
                healthy = (response as? HTTPURLResponse)?.statusCode == 200
            }
            if !healthy { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(healthy, "the server did not answer /healthz")

        var request = URLRequest(url: try #require(URL(string: base + "/v1/check?pack=wuhan")))
        request.httpMethod = "POST"
        request.setValue("Bearer \(TestEnvironment.Token.steel)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data(try TestEnvironment.example("steel-qingshan"))
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let report = try JSONValue(parsing: [UInt8](data))
        #expect(report["pack"]?["name"]?.string == "wuhan")
        #expect(report["filing"]?["id"]?.string == "2025Q3-420107-STEEL")

        process.terminate()  // SIGTERM: graceful shutdown
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    /// A loopback port nobody listens on now (bind to 0, read it back, close).
    static func freePort() -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { return nil }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
