import Hummingbird
import NIOCore

/// Reads request bodies fairly: a declared length over the limit is refused
/// before any byte is read, each token and address may have only so many
/// bodies arriving at once, and every body has a deadline.
///
/// Nothing here takes a check or audit slot: the caller takes one only
/// after the body is in (checks) or lets the audit's own limit bound it,
/// so a client that sends slowly holds a connection, not the engine.
struct BodyReader {
    let configuration: ServerConfiguration
    let gate: UploadGate

    init(_ s: ServerServices) {
        configuration = s.configuration
        gate = s.uploads
    }

    /// A `Content-Length` larger than `limit` is `413` at once, before any byte of the body.
    func refuseDeclaredLength(_ request: Request, limit: Int) throws(APIError) {
        guard let text = request.headers[.contentLength], let declared = Int(text) else { return }
        if declared > limit { throw .tooLarge(limit) }
    }

    /// A place among the uploads of this identity and address, or `429`.
    func admit(_ identity: Identity, _ context: AppRequestContext) throws(APIError) -> UploadGate.Ticket {
        guard let ticket = gate.enter(subject: identity.subject, address: context.remoteAddress) else {
            throw .tooManyUploads(retryAfter: configuration.retryAfterSeconds)
        }
        return ticket
    }

    /// The whole body of a filing, at most `maxFilingBytes` (after inflation
    /// when it is gzip), within the body timeout; another encoding is `415`.
    func filing(_ request: Request, identity: Identity, context: AppRequestContext) async throws -> [UInt8] {
        let limit = configuration.maxFilingBytes
        let encoding = try BodyEncoding(request.headers)
        try refuseDeclaredLength(request, limit: limit)
        let ticket = try admit(identity, context)
        defer { gate.leave(ticket) }
        let body = request.body
        return try await Self.answering {
            try await BodyDeadline.run(clock: UploadClock(timeout: configuration.bodyTimeout), gate: gate) {
                switch encoding {
                case .gzip:
                    return try await InflatingBody(base: body, bound: .total(limit)).collect()
                case .identity:
                    do { return [UInt8](try await body.collect(upTo: limit).readableBytesView) } catch is NIOTooManyBytesError {
                        throw APIError.tooLarge(limit)
                    }
                }
            }
        }
    }

    /// Streams an audit's body through `read` under the body timeout; `read`
    /// restarts and pauses the clock it is given per line. The caller holds an
    /// upload place (``admit(_:_:)``) for the whole stream.
    func stream<T: Sendable>(_ read: @escaping @Sendable (UploadClock) async throws -> T) async throws -> T {
        let clock = UploadClock(timeout: configuration.bodyTimeout)
        return try await Self.answering { try await BodyDeadline.run(clock: clock, gate: gate) { try await read(clock) } }
    }

    /// A body cut off by its deadline is `408`; by the end of the shutdown grace, `503`.
    static func answering<T>(_ operation: () async throws -> T) async throws -> T {
        do { return try await operation() } catch let expired as BodyDeadlineExpired {
            switch expired {
            case .timedOut(let timeout): throw APIError.bodyTimeout(timeout)
            case .stopping: throw APIError.shuttingDown
            }
        }
    }
}
