import Foundation
import PermitCheck
import Testing
@testable import PermitCheckServer

/// A fair server, tested against the built binary over loopback TCP: slow
/// uploads hold no check slot and cannot starve other tokens; bodies have a
/// deadline (`408`); a declared length over the limit is refused before
/// any byte (`413`); uploads per token are capped (`429`); shutdown does not
/// wait for a slow upload past its grace.
@Suite(.serialized, .enabled(if: ServerProcess.isAvailable, "skipped: no built permitcheck binary — run `swift build` first"))
struct FairServerTests {
    static func slowHead(_ token: String, length: Int, path: String = "/v1/check") -> String {
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nContent-Length: \(length)\r\n\r\n"
    }

    /// The attack of issue 12: 16 enterprise connections send their headers,
    /// then one byte a second (and reconnect when refused), while an auditor
    /// asks for 20 checks. Every check must be answered `200`, promptly.
    @Test func slowUploadsDoNotStarveAnotherTokensChecks() async throws {
        let env = try TestEnvironment()
        // Defaults (--max-checks 16, 4 uploads per token) but a body deadline longer than the
        // test, so that on a loaded machine no admitted slow upload is answered 408 mid-test.
        let server = try await ServerProcess(env, ["--body-timeout", "600"])
        let filing = try TestEnvironment.example("cement-caidian")
        let port = server.port
        let stop = Flag()
        let refused = Counter(), accepted = Counter()
        let attackers = (0..<16).map { _ in
            Task {
                while !stop.isSet {
                    guard let c = await RawConnection(port: port) else { try? await Task.sleep(for: .milliseconds(100)); continue }
                    guard await c.send(Self.slowHead(TestEnvironment.Token.steel, length: filing.count)) else { continue }
                    var sent = 0
                    while !stop.isSet, sent < filing.count, await c.send([filing[sent]]) {
                        sent += 1
                        if let answer = await c.response(timeout: .seconds(1)) {
                            if answer.status == 429 { refused.add() } else { accepted.add() }
                            break
                        }
                        if c.peerClosed { break }
                    }
                }
            }
        }
        try await Task.sleep(for: .seconds(2))  // the slow uploads are in place

        var latencies: [Duration] = []
        var statuses: [Int] = []
        for _ in 0..<20 {
            let start = ContinuousClock.now
            let r = await server.request("POST", "/v1/check", token: TestEnvironment.Token.auditor, body: filing, timeout: .seconds(60))
            latencies.append(ContinuousClock.now - start)
            statuses.append(r?.status ?? 0)
        }
        stop.set()
        for a in attackers { await a.value }
        let worst = latencies.max() ?? .zero
        print("slow-client attack: \(statuses.filter { $0 == 200 }.count)/20 auditor checks 200; worst \(worst), median \(latencies.sorted()[10]); attacker connections refused 429: \(refused.value), answered otherwise: \(accepted.value)")
        #expect(statuses == Array(repeating: 200, count: 20))
        // Waiting behind a slow upload would take its whole body deadline (600 s here); the
        // bound leaves room for a loaded CI machine (2 cores, the suite running beside it).
        #expect(worst < .seconds(15), "an auditor check waited \(worst) behind slow uploads")
        #expect(refused.value > 0, "the per-token upload cap never refused a slow upload")
        #expect(accepted.value == 0, "a slow upload of one byte a second was answered other than 429")
        server.terminate()
        #expect(await server.waitForExit(timeout: .seconds(20)))
    }

    @Test func bodyNotSentInTimeIs408AndTheConnectionCloses() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env, ["--body-timeout", "1"])
        let c = try #require(await RawConnection(port: server.port))
        let start = ContinuousClock.now
        #expect(await c.send(Self.slowHead(TestEnvironment.Token.steel, length: 1000) + "{"))
        let answer = try #require(await c.response(timeout: .seconds(10)))
        let waited = ContinuousClock.now - start
        #expect(answer.status == 408)
        #expect(answer.errorCode == "body.timeout")
        #expect(answer.json["error"]?["message"]?["zh"]?.string?.isEmpty == false)
        #expect(answer.json["error"]?["message"]?["en"]?.string?.contains("1 seconds") == true)
        #expect(waited >= .milliseconds(900) && waited < .seconds(5), "408 after \(waited)")
        #expect(await c.closes(within: .seconds(3)))
        // The check slot was never taken: a prompt check still succeeds.
        let ok = await server.request("POST", "/v1/check", token: TestEnvironment.Token.steel, body: try TestEnvironment.example("steel-qingshan"))
        #expect(ok?.status == 200)
    }

    /// An audit's body has the timeout per line: one line, then silence, is
    /// `408`, and the audit fails with the line it did receive counted.
    @Test func auditWhoseNextLineStallsIs408AndFails() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env, ["--body-timeout", "1"])
        let c = try #require(await RawConnection(port: server.port))
        let line = try TestEnvironment.exampleLine("cement-caidian") + [0x0A]
        let chunk = Array((String(line.count, radix: 16) + "\r\n").utf8) + line + [13, 10]
        #expect(await c.send("POST /v1/audits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(TestEnvironment.Token.auditor)\r\nTransfer-Encoding: chunked\r\n\r\n"))
        #expect(await c.send(chunk + Array("5\r\n{\"id\"".utf8)))  // a second line begun, never finished
        let answer = try #require(await c.response(timeout: .seconds(10)))
        #expect(answer.status == 408)
        #expect(answer.errorCode == "body.timeout")
        #expect(await c.closes(within: .seconds(3)))
        let id = try #require(try FaultTests.lastAudit(env))
        var state: JSONValue = .null
        for _ in 0..<100 {
            state = await server.request("GET", "/v1/audits/\(id)", token: TestEnvironment.Token.auditor)?.json ?? .null
            if state["state"]?.string == "failed" { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(state["state"]?.string == "failed")
        #expect(state["progress"]?["linesReceived"]?.number == 1)
        #expect(state["progress"]?["filings"]?.number == 1)
    }

    @Test func declaredLengthOverTheLimitIs413BeforeAnyByte() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env, ["--max-body", "100000"])
        let c = try #require(await RawConnection(port: server.port))
        #expect(await c.send(Self.slowHead(TestEnvironment.Token.steel, length: 50_000_000)))  // headers only, no body byte
        let answer = try #require(await c.response(timeout: .seconds(5)))
        #expect(answer.status == 413)
        #expect(answer.errorCode == "body.too-large")
        #expect(answer.json["error"]?["message"]?["en"]?.string?.contains("100000") == true)
        #expect(await c.closes(within: .seconds(3)))
    }

    @Test func uploadsBeyondTheTokensCapAre429WithRetryAfter() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env, ["--max-uploads-per-token", "2"])
        var slow: [RawConnection] = []
        for _ in 0..<2 {
            let c = try #require(await RawConnection(port: server.port))
            #expect(await c.send(Self.slowHead(TestEnvironment.Token.steel, length: 1000) + "{"))
            slow.append(c)
        }
        try await Task.sleep(for: .milliseconds(500))
        let third = try #require(await RawConnection(port: server.port))
        #expect(await third.send(Self.slowHead(TestEnvironment.Token.steel, length: 1000) + "{"))
        let answer = try #require(await third.response(timeout: .seconds(5)))
        #expect(answer.status == 429)
        #expect(answer.errorCode == "upload.too-many")
        #expect(answer.headers["retry-after"] == "1")
        #expect(await third.closes(within: .seconds(3)))
        for c in slow { #expect(await c.response(timeout: .milliseconds(100)) == nil, "a slow upload within the cap was answered early") }
        // Another token is not affected by this one's uploads.
        let other = await server.request("POST", "/v1/check", token: TestEnvironment.Token.power, body: try TestEnvironment.example("power-hannan"))
        #expect(other?.status == 200)
    }

    @Test func shutdownCutsOffASlowUploadAfterItsGrace() async throws {
        let env = try TestEnvironment()
        let server = try await ServerProcess(env, ["--shutdown-grace", "1"])
        let c = try #require(await RawConnection(port: server.port))
        #expect(await c.send(Self.slowHead(TestEnvironment.Token.steel, length: 1000) + "{"))
        try await Task.sleep(for: .milliseconds(300))
        let start = ContinuousClock.now
        server.terminate()
        let answer = await c.response(timeout: .seconds(10))
        #expect(answer?.status == 503)
        #expect(answer?.errorCode == "server.shutting-down")
        #expect(await server.waitForExit(timeout: .seconds(15)))
        let took = ContinuousClock.now - start
        #expect(took < .seconds(8), "shutdown took \(took) with a 1 s grace")
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0)
    }
}

/// A flag set once, read by many tasks.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// A shared count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
