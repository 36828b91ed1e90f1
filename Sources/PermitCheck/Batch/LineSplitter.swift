/// Splits a chunked stream into lines (LF, with a trailing CR dropped),
/// holding one chunk plus the current line — and never more than
/// `maxBytes` of it: a longer line is skipped to its end and reported by
/// its size, so one endless line cannot exhaust memory or cost the lines
/// after it.
struct LineSplitter {
    /// One line of the stream, or the size of one too long to hold.
    enum Line {
        case text(ArraySlice<UInt8>)
        case tooLong(Int)
    }

    let source: any ChunkSource
    let maxBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// 1-based number of the line most recently returned.
    private(set) var lineNumber = 0

    init(_ source: any ChunkSource, maxBytes: Int = InputLimits.documentBytes) {
        self.source = source
        self.maxBytes = maxBytes
    }

    /// The next line without its terminator, or `nil` at the end of the stream.
    mutating func nextLine() throws(BatchFailure) -> Line? {
        var searchFrom = start
        var skipped = 0  // bytes of an over-long line already dropped
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var line = buffer[start..<newline]
                start = newline + 1
                if skipped > 0 || line.count > maxBytes { return .tooLong(skipped + line.count) }
                if line.last == 0x0D { line = line.dropLast() }
                return .text(line)
            }
            if ended {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                let line = buffer[start...]
                start = buffer.count
                return skipped > 0 || line.count > maxBytes ? .tooLong(skipped + line.count) : .text(line)
            }
            if buffer.count - start > maxBytes {
                // Too long to keep: drop what is held and look for the line's end.
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                // Keep only the unfinished line, then read another chunk after it.
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            ended = try !source.read(into: &buffer)
        }
    }

    /// Everything not yet returned, to the end of the stream; its size when
    /// that is more than `maxBytes` (the bytes are then not kept).
    mutating func rest() throws(BatchFailure) -> Result<[UInt8], TooLong> {
        var out = Array(buffer[start...])
        start = buffer.count
        var dropped = 0
        while !ended {
            ended = try !source.read(into: &out)
            if out.count > maxBytes {
                dropped += out.count
                out.removeAll(keepingCapacity: true)
            }
        }
        return dropped > 0 || out.count > maxBytes ? .failure(TooLong(size: dropped + out.count)) : .success(out)
    }

    /// A whole document larger than the bound.
    struct TooLong: Error { var size: Int }
}

extension Collection<UInt8> {
    /// Only spaces, tabs and carriage returns (a JSON Lines line to skip).
    var isBlankLine: Bool { allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}
