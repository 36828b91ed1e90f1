internal import CZlib

/// A gzip stream that could not be inflated: its reason, from zlib.
package struct GzipError: Error, Sendable, Equatable {
    package var reason: String
}

/// zlib's inflater for gzip streams (concatenated members included), fed
/// compressed bytes and drained in pieces of a size the caller chooses, so no
/// input — however far it expands — is inflated further than the caller asks.
///
/// The one inflater of the project: `GzipChunks` reads `.gz` files through it,
/// the service inflates `Content-Encoding: gzip` request bodies through it.
package final class GzipInflater {
    /// zlib keeps a pointer back to its stream: it must not move, hence the heap.
    private let stream: UnsafeMutablePointer<z_stream>
    private var pending: [UInt8] = []
    private var consumed = 0
    /// Whether a member has started since the last end of a member (for truncation).
    private var inMember = false

    /// `nil` only when zlib cannot set up (out of memory).
    package init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: maximum window, and detect the gzip (or zlib) header.
        guard inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Whether every byte fed so far has been consumed.
    package var needsInput: Bool { consumed == pending.count }

    /// Gives the next compressed bytes; call once ``needsInput`` is true.
    package func feed(_ bytes: some Sequence<UInt8>) {
        pending.removeAll(keepingCapacity: true)
        pending.append(contentsOf: bytes)
        consumed = 0
    }

    /// Inflates pending input, appending at most `maxBytes` to `output`;
    /// returns how many it appended (0 when more input is needed).
    package func inflate(into output: inout [UInt8], maxBytes: Int) throws(GzipError) -> Int {
        let outSize = max(1, maxBytes)
        var status: Int32 = Z_OK
        var produced = 0
        var used = 0
        let offset = consumed
        pending.withUnsafeMutableBufferPointer { input in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: outSize) { piece in
                stream.pointee.next_in = input.baseAddress.map { $0 + offset }
                stream.pointee.avail_in = UInt32(input.count - offset)
                stream.pointee.next_out = piece.baseAddress
                stream.pointee.avail_out = UInt32(outSize)
                status = CZlib.inflate(stream, Z_NO_FLUSH)
                used = input.count - offset - Int(stream.pointee.avail_in)
                produced = outSize - Int(stream.pointee.avail_out)
                output.append(contentsOf: piece.prefix(produced))
            }
        }
        consumed += used
        inMember = used > 0 || produced > 0 || inMember
        switch status {
        case Z_OK, Z_BUF_ERROR:
            // No progress with input and room left: zlib is stuck, never loop on it.
            if used == 0 && produced == 0 && !needsInput { throw GzipError(reason: "inflate made no progress") }
            return produced
        case Z_STREAM_END:
            // Another member may follow (`cat a.gz b.gz`); start afresh for it.
            inMember = false
            inflateReset(stream)
            return produced
        default:
            throw GzipError(reason: stream.pointee.msg.map { String(cString: $0) } ?? "inflate \(status)")
        }
    }

    /// The end of the input: a member cut short is an error.
    package func finish() throws(GzipError) {
        if inMember || !needsInput { throw GzipError(reason: "truncated stream") }
    }
}
