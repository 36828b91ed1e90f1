/// Numbers: strict RFC 8259 grammar, correctly rounded.
///
/// Digits are scanned once into a 64-bit significand and a decimal exponent.
/// When the significand fits 53 bits and |exponent| ≤ 22 both are exact
/// doubles, so one IEEE multiply or divide is correctly rounded (Clinger's
/// fast path) — this covers measured values such as `38.2` or `812000`.
/// Everything else goes to the standard library's correctly rounded parser.
extension JSONReader {
    /// Reads the number at `offset`.
    ///
    /// The inlined part takes the shape of measured values (`-`, digits, an
    /// optional fraction, no exponent, at most 15 digits) and leaves the rest,
    /// errors included, to ``readNumberInGeneral()`` so that the hot loop stays small.
    @inline(__always)
    package mutating func readNumber() throws(JSONError) -> Double {
        var i = offset
        let n = bytes.count
        let negative = i < n && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < n, bytes[i] &- 0x31 < 9 || (bytes[i] == UInt8(ascii: "0") && !(i + 1 < n && bytes[i + 1] &- 0x30 < 10))
        else { return try readNumberInGeneral() }
        var significand: UInt64 = 0
        let first = i
        while i < n, bytes[i] &- 0x30 < 10 { significand = significand &* 10 &+ UInt64(bytes[i] &- 0x30); i += 1 }
        var digits = i - first
        var scale = 0
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fraction = i
            while i < n, bytes[i] &- 0x30 < 10 { significand = significand &* 10 &+ UInt64(bytes[i] &- 0x30); i += 1 }
            scale = i - fraction
            digits += scale
            if scale == 0 { return try readNumberInGeneral() }
        }
        if digits > 15 || scale > 22 || (i < n && bytes[i] | 0x20 == UInt8(ascii: "e")) { return try readNumberInGeneral() }
        offset = i
        let value = scale == 0 ? Double(significand) : Double(significand) / powerOfTen(scale)
        return negative ? -value : value
    }

    /// Any number, with every grammar check and the correctly rounded fallback.
    @inline(never)
    package mutating func readNumberInGeneral() throws(JSONError) -> Double {
        let start = offset
        var i = offset
        let n = bytes.count
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        guard i < n else { throw error(.unexpectedEnd, JSONMessage.unexpectedEnd, at: n) }
        var significand: UInt64 = 0
        var digits = 0          // significant digits kept in `significand`
        var exponent = 0        // decimal exponent applied to `significand`
        var inexact = false     // non-zero digits were dropped beyond 19
        let c = bytes[i]
        if c == UInt8(ascii: "0") {
            i += 1
            if i < n, bytes[i] &- 0x30 < 10 { throw error(.syntax, JSONMessage.leadingZero, at: start) }
        } else if c &- 0x31 < 9 {
            while i < n {
                let d = bytes[i] &- 0x30
                if d >= 10 { break }
                if digits < 19 { significand = significand &* 10 &+ UInt64(d); digits += 1 } else { exponent += 1; inexact = inexact || d != 0 }
                i += 1
            }
        } else {
            throw error(.syntax, JSONMessage.badNumber, at: start)
        }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let first = i
            while i < n {
                let d = bytes[i] &- 0x30
                if d >= 10 { break }
                if digits < 19 {
                    if significand != 0 || d != 0 { significand = significand &* 10 &+ UInt64(d); digits += 1 }
                    exponent -= 1
                } else {
                    inexact = inexact || d != 0
                }
                i += 1
            }
            guard i > first else { throw numberError(at: i) }
        }
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var negativeExponent = false
            if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                negativeExponent = bytes[i] == UInt8(ascii: "-"); i += 1
            }
            let first = i
            var e = 0
            while i < n {
                let d = bytes[i] &- 0x30
                if d >= 10 { break }
                if e < 100_000 { e = e * 10 + Int(d) }
                i += 1
            }
            guard i > first else { throw numberError(at: i) }
            exponent += negativeExponent ? -e : e
        }
        offset = i
        if significand == 0 && !inexact { return negative ? -0.0 : 0.0 }
        if !inexact, significand <= 1 << 53, exponent >= -22, exponent <= 22 {
            var value = Double(significand)
            if exponent < 0 { value /= powerOfTen(-exponent) } else { value *= powerOfTen(exponent) }
            return negative ? -value : value
        }
        return try slowNumber(start..<i)
    }

    /// Correctly rounded conversion of a validated number text.
    private func slowNumber(_ range: Range<Int>) throws(JSONError) -> Double {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text) else { throw error(.syntax, JSONMessage.badNumber, at: range.lowerBound) }
        guard value.isFinite else { throw error(.outOfRange, JSONMessage.numberOverflow, at: range.lowerBound) }
        return value
    }

    private func numberError(at i: Int) -> JSONError {
        i >= bytes.count ? error(.unexpectedEnd, JSONMessage.unexpectedEnd, at: i) : error(.syntax, JSONMessage.badNumber, at: i)
    }
}

/// 10^e for 0 ≤ e ≤ 22, every one exactly representable as a double.
@inline(__always)
package func powerOfTen(_ e: Int) -> Double {
    switch e {
    case 0: return 1
    case 1: return 1e1
    case 2: return 1e2
    case 3: return 1e3
    case 4: return 1e4
    case 5: return 1e5
    case 6: return 1e6
    case 7: return 1e7
    case 8: return 1e8
    case 9: return 1e9
    case 10: return 1e10
    case 11: return 1e11
    case 12: return 1e12
    case 13: return 1e13
    case 14: return 1e14
    case 15: return 1e15
    case 16: return 1e16
    case 17: return 1e17
    case 18: return 1e18
    case 19: return 1e19
    case 20: return 1e20
    case 21: return 1e21
    default: return 1e22
    }
}
