/// Byte classes shared by the identifier checks, which read `String.utf8`
/// directly so that no Unicode segmentation runs on the hot path.
extension UInt8 {
    /// `0`–`9`.
    @inline(__always)
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// `A`–`Z` (lower case is not accepted by any identifier standard used here).
    @inline(__always)
    var isASCIIUppercase: Bool { self >= 0x41 && self <= 0x5A }
}
