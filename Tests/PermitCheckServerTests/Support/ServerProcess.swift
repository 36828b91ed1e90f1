import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `permitcheck` binary serving on a loopback port, as an operator
/// runs it: started, killed (`SIGKILL` or `SIGTERM`) and restarted on the
/// same data directory by the fault and fairness tests.
final class ServerProcess: @unchecked Sendable {
    /// The `permitcheck` executable beside this test bundle (whatever the
    /// scratch path), else `.build/debug/permitcheck`.
    static let binary: String? = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        var candidates = [bundleDirectory.appendingPathComponent("permitcheck").path]
        // On Linux the test runner is `<scratch>/debug/<name>.xctest`; elsewhere it sits deeper.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().appendingPathComponent("permitcheck").path)
        }
        candidates.append(TestEnvironment.packageRoot + "/.build/debug/permitcheck")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { binary != nil }

    let environment: TestEnvironment
    let arguments: [String]
    private(set) var port = 0
    private(set) var process = Process()
    let logPath: String

    /// Starts the server with `extra` options and waits for `/healthz`.
    init(_ environment: TestEnvironment, _ extra: [String] = []) async throws {
        self.environment = environment
        self.arguments = extra
        self.logPath = environment.directory + "/server.log"
        try await start()
    }

    /// (Re)starts on a fresh port and the same data directory.
    func start() async throws {
        let binary = try #require(Self.binary, "no built permitcheck binary")
        port = try #require(EndToEndTests.freePort())
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.currentDirectoryURL = URL(fileURLWithPath: TestEnvironment.packageRoot)
        process.arguments = [
            "serve", "--host", "127.0.0.1", "--port", String(port), "--tokens", environment.tokensPath,
            "--data", environment.dataDirectory, "--registry", "Examples/registry.json", "--log-level", "warning",
        ] + arguments
        if !FileManager.default.fileExists(atPath: logPath) { FileManager.default.createFile(atPath: logPath, contents: nil) }
        let logFile = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        logFile.seekToEndOfFile()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = logFile
        try process.run()
        for _ in 0..<300 {
            if await RawHTTP.request(port: port, "GET", "/healthz", timeout: .seconds(2))?.status == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the server did not answer /healthz; log: \(self.log())")
    }

    var pid: Int32 { process.processIdentifier }

    /// `kill -9`: no shutdown code runs at all.
    func kill9() async {
        kill(pid, SIGKILL)
        _ = await waitForExit(timeout: .seconds(10))
    }

    /// `SIGTERM`: graceful shutdown.
    func terminate() { if process.isRunning { kill(pid, SIGTERM) } }

    /// Waits for the process to end; whether it did within `timeout`.
    func waitForExit(timeout: Duration) async -> Bool {
        let end = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < end { try? await Task.sleep(for: .milliseconds(50)) }
        return !process.isRunning
    }

    func log() -> String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// A whole request to this server.
    func request(_ method: String = "GET", _ path: String, token: String? = nil, body: [UInt8]? = nil, timeout: Duration = .seconds(60)) async -> RawResponse? {
        await RawHTTP.request(port: port, method, path, token: token, body: body, timeout: timeout)
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}
