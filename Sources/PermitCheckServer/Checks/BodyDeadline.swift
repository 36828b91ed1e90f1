import Synchronization

/// The time a client has left to send its body.
///
/// A check's body gets one deadline for the whole body. An audit's body is a
/// long stream, so its reader restarts the clock after each line it hands on
/// and pauses it while the worker's queue is full (the server, not the
/// client, is slow then): each line must arrive within the timeout.
public final class UploadClock: Sendable {
    let timeout: Duration
    /// `nil` while paused.
    private let deadline: Mutex<ContinuousClock.Instant?>

    init(timeout: Duration) {
        self.timeout = timeout
        self.deadline = Mutex(.now + timeout)
    }

    /// The client has `timeout` from now for its next bytes.
    func restart() { deadline.withLock { $0 = .now + timeout } }

    /// The server is not reading; the client's time does not run.
    func pause() { deadline.withLock { $0 = nil } }

    func hasExpired(at now: ContinuousClock.Instant) -> Bool {
        deadline.withLock { d in d.map { now >= $0 } ?? false }
    }
}

/// Runs a body-reading operation against its ``UploadClock`` and the
/// server's shutdown deadline, whichever comes first.
///
/// The operation runs in a child task beside a watchdog; when the watchdog
/// fires it cancels the reader (which ends the read of the connection) and
/// the route answers `408` (or `503` when the server is stopping), with
/// `Connection: close` so the connection goes too.
enum BodyDeadline {
    private enum Outcome<T: Sendable>: Sendable {
        case done(T)
        case failed(any Error)
        case timedOut
        case stopping
    }

    /// How often the watchdog looks at the clock: the precision of a timeout.
    static let tick: Duration = .milliseconds(100)

    static func run<T: Sendable>(
        clock: UploadClock, gate: UploadGate, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = await withTaskGroup(of: Outcome<T>.self) { group in
            group.addTask {
                do { return .done(try await operation()) } catch { return .failed(error) }
            }
            group.addTask {
                while !Task.isCancelled {
                    let now = ContinuousClock.now
                    if clock.hasExpired(at: now) { return .timedOut }
                    if let stop = gate.shutdownDeadline, now >= stop { return .stopping }
                    try? await Task.sleep(for: tick)
                }
                return .failed(CancellationError())
            }
            let first = await group.next() ?? .failed(CancellationError())
            group.cancelAll()
            return first
        }
        switch outcome {
        case .done(let value): return value
        case .failed(let error): throw error
        case .timedOut: throw BodyDeadlineExpired.timedOut(clock.timeout)
        case .stopping: throw BodyDeadlineExpired.stopping
        }
    }
}

/// Why ``BodyDeadline`` cut a body off; the route answers it as `408` or `503`.
enum BodyDeadlineExpired: Error {
    /// The client did not send in time.
    case timedOut(Duration)
    /// The server is stopping and the shutdown grace is over.
    case stopping
}
