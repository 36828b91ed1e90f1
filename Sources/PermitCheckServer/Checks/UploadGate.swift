import Synchronization

/// Counts the request bodies being read now, per token subject and per
/// remote address, and refuses one more beyond either cap.
///
/// A body that arrives slowly costs a connection and a task but no check
/// slot (those are taken only once the body is in); this gate bounds what
/// one token, or one address, can hold that way, so slow uploads from one
/// client cannot crowd out everyone else. It also carries the shutdown
/// deadline: once graceful shutdown begins, uploads still arriving get
/// `grace` to finish (see ``BodyDeadline``).
public final class UploadGate: Sendable {
    /// What one admitted upload holds; give it back with ``leave(_:)``.
    struct Ticket: Sendable {
        let subject: String
        let address: String?
    }

    struct State {
        var bySubject: [String: Int] = [:]
        var byAddress: [String: Int] = [:]
        var shutdownDeadline: ContinuousClock.Instant?
    }

    let perToken: Int
    let perAddress: Int
    private let state = Mutex(State())

    init(perToken: Int, perAddress: Int) {
        self.perToken = max(1, perToken)
        self.perAddress = max(1, perAddress)
    }

    /// Admits one more upload for `subject` from `address`, or `nil` when either is at its cap.
    func enter(subject: String, address: String?) -> Ticket? {
        state.withLock { s in
            guard s.bySubject[subject, default: 0] < perToken else { return nil }
            if let address, s.byAddress[address, default: 0] >= perAddress { return nil }
            s.bySubject[subject, default: 0] += 1
            if let address { s.byAddress[address, default: 0] += 1 }
            return Ticket(subject: subject, address: address)
        }
    }

    /// The upload has been read (or given up).
    func leave(_ ticket: Ticket) {
        state.withLock { s in
            Self.decrement(&s.bySubject, ticket.subject)
            if let address = ticket.address { Self.decrement(&s.byAddress, address) }
        }
    }

    /// Uploads being read now for `subject`.
    func uploads(subject: String) -> Int { state.withLock { $0.bySubject[subject, default: 0] } }

    /// Graceful shutdown has begun: uploads must end within `grace` from now.
    func beginShutdown(grace: Duration) {
        state.withLock { s in
            if s.shutdownDeadline == nil { s.shutdownDeadline = .now + grace }
        }
    }

    /// When uploads still arriving are cut off; `nil` while the server is not stopping.
    var shutdownDeadline: ContinuousClock.Instant? { state.withLock { $0.shutdownDeadline } }

    private static func decrement(_ counts: inout [String: Int], _ key: String) {
        let left = counts[key, default: 0] - 1
        counts[key] = left > 0 ? left : nil
    }
}
