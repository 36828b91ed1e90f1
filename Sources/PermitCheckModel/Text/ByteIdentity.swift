/// Identity is bytes.
///
/// Swift's `String ==` compares by Unicode canonical equivalence, so
/// `"K"` (U+004B) equals `"K"` (U+212A KELVIN SIGN). Identifiers — credit
/// codes, licence and approval numbers, outlet ids, tokens — are issued as
/// exact character sequences, and the SQLite trail stores and looks them up
/// as bytes; comparing them any other way lets a look-alike pass a scope
/// check and then miss every lookup by the real code. Every identity
/// comparison goes through these functions, never through `==`.
extension StringProtocol {
    /// Whether both strings have exactly the same UTF-8 bytes.
    @inline(__always)
    package func hasSameBytes(as other: some StringProtocol) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// Byte-wise (hence code point) order: -1, 0 or 1.
    @inline(__always)
    package func byteOrder(_ other: some StringProtocol) -> Int {
        if hasSameBytes(as: other) { return 0 }
        return utf8.lexicographicallyPrecedes(other.utf8) ? -1 : 1
    }

    /// The first character that is not ASCII, with its 1-based position, or `nil`.
    package var firstNonASCII: (scalar: Unicode.Scalar, position: Int)? {
        for (k, scalar) in unicodeScalars.enumerated() where !scalar.isASCII { return (scalar, k + 1) }
        return nil
    }
}

extension String {
    /// Whether both strings have exactly the same UTF-8 bytes: the contiguous
    /// fast path of the generic version, for the rule engine's hot `==`.
    @inline(__always)
    package func hasSameBytes(as other: String) -> Bool {
        var a = self, b = other  // copies share storage; `withUTF8` needs a variable
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }
}

extension Array where Element == String {
    /// The index of the first element with exactly `key`'s bytes (the
    /// contiguous fast path: the decoder asks this for every member name).
    package func firstIndex(sameBytesAs key: String) -> Int? {
        firstIndex { $0.hasSameBytes(as: key) }
    }
}

extension Unicode.Scalar {
    /// `U+212A`: how messages name a character that must not be there.
    package var codePointLabel: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
