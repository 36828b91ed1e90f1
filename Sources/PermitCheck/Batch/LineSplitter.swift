/// Splits a chunked stream into lines (LF, with a trailing CR dropped),
/// holding one chunk plus the current line.
struct LineSplitter {
    let source: any ChunkSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// 1-based number of the line most recently returned.
    private(set) var lineNumber = 0

    init(_ source: any ChunkSource) { self.source = source }

    /// The next line without its terminator, or `nil` at the end of the stream.
    mutating func nextLine() throws(BatchFailure) -> ArraySlice<UInt8>? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var line = buffer[start..<newline]
                start = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if ended {
                guard start < buffer.count else { return nil }
                lineNumber += 1
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            // Keep only the unfinished line, then read another chunk after it.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            ended = try !source.read(into: &buffer)
        }
    }

    /// Everything not yet returned, to the end of the stream.
    mutating func rest() throws(BatchFailure) -> [UInt8] {
        var out = Array(buffer[start...])
        start = buffer.count
        while !ended { ended = try !source.read(into: &out) }
        return out
    }
}

extension Collection<UInt8> {
    /// Only spaces, tabs and carriage returns (a JSON Lines line to skip).
    var isBlankLine: Bool { allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}
