/// A forward-only cursor over UTF-8 JSON text (RFC 8259), strict, with no tree.
///
/// Decoders pull tokens from it and read numbers straight into their own
/// storage, which is why filings decode without an intermediate tree. Lines
/// are tracked while skipping whitespace (the only place a raw newline may
/// occur); columns are computed only when a position is asked for, so the hot
/// path pays nothing for positions. The buffer must outlive the reader.
package struct JSONReader {
    /// The whole document.
    package let bytes: UnsafeBufferPointer<UInt8>
    /// Next byte to read.
    package var offset: Int
    /// 1-based line of `offset`.
    package var line = 1
    /// Offset of the first byte of the current line.
    package var lineStart = 0
    /// Offset of the key most recently returned by `nextKey`.
    package var keyOffset = 0
    /// Nesting limit; deeper documents are refused rather than overflowing the stack.
    package static let maxDepth = 512

    /// A reader at the start of `bytes`; a UTF-8 byte order mark is skipped (RFC 8259 §8.1 allows it).
    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        offset = bom ? 3 : 0
        lineStart = offset
    }

    /// What the next value is, judged by its first byte.
    package enum Token: Equatable { case object, array, string, number, literal, end, invalid }

    /// The byte at `offset`, or 0 at the end (a raw 0 is never valid outside strings).
    @inline(__always) package var current: UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    @inline(__always) package var isAtEnd: Bool { offset >= bytes.count }

    @inline(__always)
    package mutating func skipWhitespace() {
        while offset < bytes.count {
            let c = bytes[offset]
            if c > 0x20 { return }
            switch c {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A: offset += 1; line += 1; lineStart = offset
            default: return
            }
        }
    }

    /// Skips whitespace and classifies the next value.
    @inline(__always)
    package mutating func peekToken() -> Token {
        skipWhitespace()
        guard offset < bytes.count else { return .end }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return .literal
        default: return .invalid
        }
    }

    /// Is the next value `null`? Consumes it when it is.
    @inline(__always)
    package mutating func consumeNull() -> Bool {
        guard offset + 4 <= bytes.count, bytes[offset] == UInt8(ascii: "n"), bytes[offset + 1] == UInt8(ascii: "u"),
              bytes[offset + 2] == UInt8(ascii: "l"), bytes[offset + 3] == UInt8(ascii: "l") else { return false }
        offset += 4
        return true
    }

    /// Reads `true`, `false` or `null` (`nil`) at `offset`.
    package mutating func readLiteral() throws(JSONError) -> Bool? {
        func matches(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard offset + n <= bytes.count else { return false }
            let w = word.utf8Start
            for k in 0..<n where bytes[offset + k] != w[k] { return false }
            return true
        }
        if matches("true") { offset += 4; return true }
        if matches("false") { offset += 5; return false }
        if matches("null") { offset += 4; return nil }
        if bytes.count - offset < 5 && matchesPrefix() { throw error(.unexpectedEnd, JSONMessage.unexpectedEnd, at: bytes.count) }
        throw error(.syntax, JSONMessage.literal)
    }

    /// A literal cut off by the end of the text (`tr`, `nul`).
    private func matchesPrefix() -> Bool {
        for word in ["true", "false", "null"] {
            let rest = Array(bytes[offset...])
            if !rest.isEmpty, word.utf8.starts(with: rest) { return true }
        }
        return false
    }

    /// Consumes `{` (the caller has seen it) and readies `nextKey`.
    @inline(__always) package mutating func enterContainer() { offset += 1 }

    /// The next member's key, with the cursor left on its value; `nil` after the closing `}`.
    /// `started` is false before the first member (a caller-owned flag, so no stack is kept).
    package mutating func nextKey(_ started: inout Bool) throws(JSONError) -> String? {
        skipWhitespace()
        if started {
            switch current {
            case UInt8(ascii: ","): offset += 1; skipWhitespace()
            case UInt8(ascii: "}"): offset += 1; return nil
            default: throw unexpected(expected: "',' or '}'", "“,”或“}”")
            }
        } else {
            if current == UInt8(ascii: "}") { offset += 1; return nil }
            started = true
        }
        guard current == UInt8(ascii: "\"") else { throw unexpected(expected: "a string key", "字符串键名") }
        keyOffset = offset
        let key = try readString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw unexpected(expected: "':'", "“:”") }
        offset += 1
        skipWhitespace()
        return key
    }

    /// Advances to the next array element; `false` after the closing `]`.
    @inline(__always)
    package mutating func nextElement(_ started: inout Bool) throws(JSONError) -> Bool {
        skipWhitespace()
        if started {
            switch current {
            case UInt8(ascii: ","): offset += 1; skipWhitespace(); return true
            case UInt8(ascii: "]"): offset += 1; return false
            default: throw unexpected(expected: "',' or ']'", "“,”或“]”")
            }
        }
        if current == UInt8(ascii: "]") { offset += 1; return false }
        started = true
        return true
    }

    /// Skips one value of any kind, checking its syntax fully.
    package mutating func skipValue(depth: Int = 0) throws(JSONError) {
        guard depth < JSONReader.maxDepth else { throw error(.syntax, JSONMessage.tooDeep) }
        switch peekToken() {
        case .object:
            enterContainer()
            var started = false
            while try nextKey(&started) != nil { try skipValue(depth: depth + 1) }
        case .array:
            enterContainer()
            var started = false
            while try nextElement(&started) { try skipValue(depth: depth + 1) }
        case .string: try skipString()
        case .number: _ = try readNumber()
        case .literal: _ = try readLiteral()
        case .end: throw error(.unexpectedEnd, JSONMessage.unexpectedEnd)
        case .invalid: throw unexpected(expected: "a value", "一个值")
        }
    }

    /// Requires that only whitespace follows the document's value.
    package mutating func finish() throws(JSONError) {
        skipWhitespace()
        guard isAtEnd else { throw error(.syntax, JSONMessage.trailing) }
    }

    // MARK: Positions and errors

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    package func position(of target: Int) -> (line: Int, column: Int) {
        let target = min(max(target, 0), bytes.count)
        var line = self.line, start = lineStart
        if target < lineStart {
            line = 1; start = 0
            for i in 0..<target where bytes[i] == 0x0A { line += 1; start = i + 1 }
        }
        var column = 1
        for i in start..<target where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    package func error(_ kind: JSONError.Kind, _ message: LocalizedText, at target: Int? = nil) -> JSONError {
        let at = target ?? offset
        let (line, column) = position(of: at)
        return JSONError(kind: kind, message: message, offset: at, line: line, column: column)
    }

    /// An error for an unexpected byte at `offset`, or for the end of the text.
    package func unexpected(expected: String, _ expectedZh: String) -> JSONError {
        if isAtEnd { return error(.unexpectedEnd, JSONMessage.unexpectedEnd) }
        return error(.syntax, JSONMessage.unexpected(current, expected: expected, expectedZh))
    }
}

/// Runs `body` over the bytes in contiguous memory, copying only when the collection is not contiguous.
package func withContiguousBytes<R>(_ bytes: some Collection<UInt8>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    if let result = bytes.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) { return result }
    return Array(bytes).withUnsafeBytes(body)
}
