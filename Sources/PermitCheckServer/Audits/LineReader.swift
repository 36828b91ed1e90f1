import Hummingbird
import NIOCore

/// Splits a streamed request body into JSON Lines as the chunks arrive,
/// handing each line on before the next chunk is read.
///
/// Only the current unfinished line is held. A line longer than `maxLineBytes`
/// is skipped to its newline (its bytes are dropped as they come) and handed
/// on as ``AuditLine/Content/tooLong(_:)`` so it becomes an input-error record.
///
/// The ``UploadClock`` is paused while a line is handed on (the worker's
/// queue may be full: the server is slow then, not the client) and restarted
/// after, so each line has the body timeout to arrive.
struct LineReader {
    let maxLineBytes: Int

    /// Reads `body` (the request body, or it inflated) to its end; returns the
    /// number of lines seen (blank ones included).
    func read<Body: AsyncSequence>(_ body: Body, clock: UploadClock? = nil, into deliver: (AuditLine) async throws -> Void) async throws -> Int
    where Body.Element == ByteBuffer {
        try await read(body) { line in
            clock?.pause()
            try await deliver(line)
            clock?.restart()
        }
    }

    private func read<Body: AsyncSequence>(_ body: Body, _ deliver: (AuditLine) async throws -> Void) async throws -> Int
    where Body.Element == ByteBuffer {
        var current: [UInt8] = []
        var skipped = 0
        var number = 0
        for try await buffer in body {
            let raw = buffer.readableBytesView
            var start = raw.startIndex
            while start < raw.endIndex {
                let newline = raw[start...].firstIndex(of: 0x0A)
                let end = newline ?? raw.endIndex
                let piece = raw[start..<end]
                if skipped > 0 || current.count + piece.count > maxLineBytes {
                    skipped += current.count + piece.count
                    current.removeAll(keepingCapacity: false)
                } else {
                    current.append(contentsOf: piece)
                }
                guard newline != nil else { break }
                number += 1
                try await emit(&current, &skipped, number, deliver)
                start = end + 1
            }
        }
        if !current.isEmpty || skipped > 0 {
            number += 1
            try await emit(&current, &skipped, number, deliver)
        }
        return number
    }

    private func emit(_ current: inout [UInt8], _ skipped: inout Int, _ number: Int, _ deliver: (AuditLine) async throws -> Void) async throws {
        defer { current.removeAll(keepingCapacity: true); skipped = 0 }
        if skipped > 0 { return try await deliver(AuditLine(number: number, content: .tooLong(skipped))) }
        if current.last == 0x0D { current.removeLast() }
        guard !current.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return }
        try await deliver(AuditLine(number: number, content: .document(current)))
    }
}
