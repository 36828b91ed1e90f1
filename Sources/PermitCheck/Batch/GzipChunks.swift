internal import CZlib

/// Inflates a gzip stream chunk by chunk (concatenated members included), so
/// a `.jsonl.gz` of any size is read in bounded memory.
final class GzipChunks: ChunkSource {
    private let input: any ChunkSource
    private let name: String
    /// zlib keeps a pointer back to its stream: it must not move, hence the heap.
    private let stream: UnsafeMutablePointer<z_stream>
    private var compressed: [UInt8] = []
    private var consumed = 0
    private var inputEnded = false
    private var finished = false
    /// Whether a member has started since the last end-of-member (for truncation).
    private var inMember = false

    init(_ input: any ChunkSource, name: String) throws(BatchFailure) {
        self.input = input
        self.name = name
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: maximum window, and detect the gzip (or zlib) header.
        let status = inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw BatchFailure.badGzip(name, "inflateInit2 \(status)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func read(into buffer: inout [UInt8]) throws(BatchFailure) -> Bool {
        while !finished {
            if consumed == compressed.count {
                compressed.removeAll(keepingCapacity: true)
                consumed = 0
                if !inputEnded { inputEnded = try !input.read(into: &compressed) }
                if compressed.isEmpty {
                    finished = true
                    if inMember { throw BatchFailure.badGzip(name, "truncated stream") }
                    return false
                }
            }
            let produced = try inflateSome(into: &buffer)
            if produced > 0 { return true }
        }
        return false
    }

    /// One `inflate` call over the pending input; returns the bytes produced.
    private func inflateSome(into buffer: inout [UInt8]) throws(BatchFailure) -> Int {
        let outSize = FileChunks.chunkSize
        var status: Int32 = Z_OK
        var produced = 0
        var used = 0
        compressed.withUnsafeMutableBufferPointer { input in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: outSize) { output in
                stream.pointee.next_in = input.baseAddress.map { $0 + consumed }
                stream.pointee.avail_in = UInt32(input.count - consumed)
                stream.pointee.next_out = output.baseAddress
                stream.pointee.avail_out = UInt32(outSize)
                status = inflate(stream, Z_NO_FLUSH)
                used = input.count - consumed - Int(stream.pointee.avail_in)
                produced = outSize - Int(stream.pointee.avail_out)
                buffer.append(contentsOf: output.prefix(produced))
            }
        }
        consumed += used
        inMember = used > 0 || produced > 0 || inMember
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return produced
        case Z_STREAM_END:
            // Another member may follow (`cat a.gz b.gz`); start afresh for it.
            inMember = false
            inflateReset(stream)
            return produced
        default:
            let reason = stream.pointee.msg.map { String(cString: $0) } ?? "inflate \(status)"
            finished = true
            throw BatchFailure.badGzip(name, reason)
        }
    }
}
