import Crypto

/// SHA-256 of bearer tokens, and a comparison that does not leak timing.
///
/// Tokens are never stored: the tokens file holds these hashes, and a
/// presented token is hashed and compared against every entry.
public enum TokenHash {
    /// Lower-case hex SHA-256 of the token's UTF-8 bytes (surrounding whitespace removed).
    public static func hex(of token: String) -> String {
        hex(SHA256.hash(data: Array(trimmed(token).utf8)))
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

    /// Equal strings, in time that depends only on their lengths.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<x.count { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    static func trimmed(_ s: String) -> String {
        String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
