import Foundation
import Testing
@testable import PermitCheckServer

/// The upload gate's caps and the body deadline, in process.
@Suite struct UploadTests {
    @Test func gateCapsUploadsPerTokenAndPerAddress() {
        let gate = UploadGate(perToken: 2, perAddress: 3)
        let a1 = gate.enter(subject: "a", address: "10.0.0.1")
        let a2 = gate.enter(subject: "a", address: "10.0.0.2")
        #expect(a1 != nil && a2 != nil)
        #expect(gate.enter(subject: "a", address: "10.0.0.3") == nil, "a third upload of one token")
        let b1 = gate.enter(subject: "b", address: "10.0.0.1")
        let b2 = gate.enter(subject: "c", address: "10.0.0.1")
        #expect(b1 != nil && b2 != nil)
        #expect(gate.enter(subject: "d", address: "10.0.0.1") == nil, "a fourth upload from one address")
        #expect(gate.enter(subject: "d", address: "10.0.0.9") != nil, "another address is not affected")
        if let a1 { gate.leave(a1) }
        #expect(gate.enter(subject: "a", address: "10.0.0.1") != nil, "a place given back is free again")
        #expect(gate.uploads(subject: "a") == 2)
    }

    @Test func aBodyThatNeverEndsIsCutAtItsTimeout() async {
        let gate = UploadGate(perToken: 1, perAddress: 1)
        let start = ContinuousClock.now
        let error = await #expect(throws: BodyDeadlineExpired.self) {
            try await BodyDeadline.run(clock: UploadClock(timeout: .milliseconds(300)), gate: gate) {
                try await Task.sleep(for: .seconds(3600))
            }
        }
        guard case .timedOut(let timeout)? = error else { Issue.record("not cut off as a timeout: \(String(describing: error))"); return }
        #expect(timeout == .milliseconds(300))
        // Not before its time; the upper bound is loose because the whole suite shares two cores here.
        let took = ContinuousClock.now - start
        #expect(took >= .milliseconds(300) && took < .seconds(600), "cut after \(took)")
    }

    @Test func aPausedClockDoesNotRunAndShutdownCutsUploads() async throws {
        let gate = UploadGate(perToken: 1, perAddress: 1)
        let clock = UploadClock(timeout: .milliseconds(200))
        clock.pause()
        let value = try await BodyDeadline.run(clock: clock, gate: gate) {
            try await Task.sleep(for: .milliseconds(600))
            return 7
        }
        #expect(value == 7, "the server's own wait is not the client's time")
        gate.beginShutdown(grace: .milliseconds(100))
        do {
            _ = try await BodyDeadline.run(clock: UploadClock(timeout: .seconds(30)), gate: gate) { try await Task.sleep(for: .seconds(30)) }
            Issue.record("an upload outlived the shutdown grace")
        } catch let expired as BodyDeadlineExpired {
            guard case .stopping = expired else { Issue.record("cut off as \(expired), not as stopping"); return }
            let answer = try await #require(throws: APIError.self) { try await BodyReader.answering { throw expired } }
            #expect(answer.code == "server.shutting-down")
            #expect(answer.status == .serviceUnavailable)
        }
    }
}
