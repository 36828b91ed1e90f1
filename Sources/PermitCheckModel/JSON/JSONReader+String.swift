/// Strings: escapes, surrogate pairs, control characters and UTF-8 validation.
extension JSONReader {
    /// Reads the string at `offset` (which holds `"`) and returns its text.
    @inline(__always)
    package mutating func readString() throws(JSONError) -> String {
        let start = offset + 1
        var i = start
        // Fast path: plain ASCII without escapes, the common case for keys and codes.
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                offset = i + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
            i += 1
        }
        var out: [UInt8] = []
        try readStringBytes(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Checks the string at `offset` without keeping its text.
    package mutating func skipString() throws(JSONError) {
        var i = offset + 1
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { offset = i + 1; return }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
            i += 1
        }
        var scratch: [UInt8] = []
        try readStringBytes(into: &scratch)
    }

    /// Reads the string at `offset` (which holds `"`), appending its unescaped,
    /// validated UTF-8 to `out`.
    package mutating func readStringBytes(into out: inout [UInt8]) throws(JSONError) {
        var i = offset + 1
        while true {
            guard i < bytes.count else { throw error(.unexpectedEnd, JSONMessage.unexpectedEnd, at: bytes.count) }
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\""):
                offset = i + 1
                return
            case UInt8(ascii: "\\"):
                i = try readEscape(at: i, into: &out)
            case 0..<0x20:
                throw error(.syntax, JSONMessage.controlCharacter, at: i)
            case 0x20..<0x80:
                out.append(c)
                i += 1
            default:
                let n = try validateUTF8Sequence(at: i)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + n)]))
                i += n
            }
        }
    }

    /// Decodes the escape at `i` (a backslash); returns the offset after it.
    private func readEscape(at i: Int, into out: inout [UInt8]) throws(JSONError) -> Int {
        guard i + 1 < bytes.count else { throw error(.unexpectedEnd, JSONMessage.unexpectedEnd, at: bytes.count) }
        let simple: UInt8
        switch bytes[i + 1] {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): return try readUnicodeEscape(at: i, into: &out)
        default: throw error(.syntax, JSONMessage.badEscape, at: i)
        }
        out.append(simple)
        return i + 2
    }

    /// `\uXXXX`, with a following `\uXXXX` for a surrogate pair.
    private func readUnicodeEscape(at i: Int, into out: inout [UInt8]) throws(JSONError) -> Int {
        let high = try hex4(at: i + 2)
        var scalar = high
        var next = i + 6
        if (0xDC00...0xDFFF).contains(high) { throw error(.syntax, JSONMessage.loneSurrogate, at: i) }
        if (0xD800...0xDBFF).contains(high) {
            guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") else {
                throw error(.syntax, JSONMessage.loneSurrogate, at: i)
            }
            let low = try hex4(at: next + 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw error(.syntax, JSONMessage.loneSurrogate, at: i) }
            scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        }
        appendUTF8(scalar, to: &out)
        return next
    }

    private func hex4(at i: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            guard k < bytes.count else { throw error(.unexpectedEnd, JSONMessage.unexpectedEnd, at: bytes.count) }
            let c = bytes[k]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - 0x61 + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - 0x41 + 10
            default: throw error(.syntax, JSONMessage.badEscape, at: k)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7:
    /// no overlong forms, no surrogates, nothing above U+10FFFF).
    private func validateUTF8Sequence(at i: Int) throws(JSONError) -> Int {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error(.badUTF8, JSONMessage.badUTF8, at: i)
        }
        guard i + length <= bytes.count else {
            throw error(.badUTF8, JSONMessage.badUTF8, at: i)
        }
        let second = bytes[i + 1]
        guard second >= low, second <= high else { throw error(.badUTF8, JSONMessage.badUTF8, at: i) }
        for k in (i + 2)..<(i + length) where bytes[k] & 0xC0 != 0x80 {
            throw error(.badUTF8, JSONMessage.badUTF8, at: i)
        }
        return length
    }
}

/// Appends the UTF-8 encoding of a scalar value (already known to be valid).
@inline(__always)
package func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
        out.append(UInt8(scalar))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
        out.append(UInt8(0x80 | scalar & 0x3F))
    default:
        out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
        out.append(UInt8(0x80 | scalar >> 6 & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
    }
}
