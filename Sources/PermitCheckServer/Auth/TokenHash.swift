import Crypto

/// SHA-256 of bearer tokens, and a comparison that does not leak timing.
///
/// Tokens are never stored: the tokens file holds these hashes, and a
/// presented token is hashed and compared against every entry. Everything
/// works on bytes: Swift `String` equality applies Unicode canonical
/// equivalence, so two different byte strings could compare equal as text.
public enum TokenHash {
    /// Lower-case hex SHA-256 of the token's UTF-8 bytes, exactly as given (nothing trimmed).
    public static func hex(of token: String) -> String {
        hex(SHA256.hash(data: Array(token.utf8)))
    }

    /// Lower-case hex of a digest.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 0x0F)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// SHA-256 hex of raw bytes (filings in the audit trail).
    public static func hex(bytes: some Collection<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// The SHA-256 digest of raw bytes.
    static func digest(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: bytes)) }

    /// The 32 bytes written as 64 hex digits (either case), or `nil`.
    static func digest(hex: String) -> [UInt8]? {
        let text = Array(hex.utf8)
        guard text.count == 64 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        var i = 0
        while i < text.count {
            guard let high = nibble(text[i]), let low = nibble(text[i + 1]) else { return nil }
            out.append(high << 4 | low)
            i += 2
        }
        return out
    }

    /// Equal byte strings, in time that depends only on their lengths.
    static func constantTimeEquals(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<x.count { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}
