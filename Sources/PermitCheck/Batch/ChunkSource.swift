#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read a chunk at a time, so a batch never holds more than
/// a chunk plus the documents in flight.
protocol ChunkSource: AnyObject {
    /// Appends up to one chunk to `buffer`; returns `false` at the end of the stream.
    func read(into buffer: inout [UInt8]) throws(BatchFailure) -> Bool
}

/// A file descriptor read with `read(2)`; closes what it opened.
final class FileChunks: ChunkSource {
    static let chunkSize = 1 << 16
    private let fd: Int32
    private let ownsDescriptor: Bool
    let name: String

    /// Opens `path` for reading.
    init(path: String) throws(BatchFailure) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw BatchFailure.unreadable(path, String(cString: strerror(errno))) }
        self.fd = fd; ownsDescriptor = true; name = path
    }

    /// Standard input (not closed).
    init(standardInput: ()) { fd = 0; ownsDescriptor = false; name = "-" }

    deinit { if ownsDescriptor { close(fd) } }

    func read(into buffer: inout [UInt8]) throws(BatchFailure) -> Bool {
        var n = 0
        repeat {
            n = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.chunkSize) { scratch in
                let got = systemRead(fd, scratch.baseAddress, Self.chunkSize)
                if got > 0 { buffer.append(contentsOf: scratch.prefix(got)) }
                return got
            }
        } while n < 0 && errno == EINTR
        guard n >= 0 else { throw BatchFailure.unreadable(name, String(cString: strerror(errno))) }
        return n > 0
    }
}

/// `read(2)`, named apart from `ChunkSource.read`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
