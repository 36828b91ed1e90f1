/// Reads `Authorization: Bearer <token>` exactly as RFC 6750 §2.1 writes it:
/// the scheme (any case), one space, a token68, nothing else.
///
/// Nothing is trimmed or normalised: the token is the bytes after the one
/// space. A token with whitespace around it (two spaces, a trailing tab) is
/// refused rather than repaired, so a credential is one byte string, never
/// "anything that trims to it".
public enum BearerCredentials {
    enum Reading: Equatable {
        /// The token's exact bytes.
        case token([UInt8])
        /// Another scheme (`Basic …`), or no space after `Bearer`.
        case notBearer
        /// `Bearer ` and then not a token68: whitespace, or nothing.
        case malformed
    }

    /// What an `Authorization` header value says.
    static func read(_ header: String) -> Reading {
        let bytes = Array(header.utf8)
        let scheme = Array("bearer".utf8)
        guard bytes.count > scheme.count, zip(bytes, scheme).allSatisfy({ lowercased($0) == $1 }) else { return .notBearer }
        guard bytes[scheme.count] == 0x20 else { return bytes[scheme.count] == 0x09 ? .malformed : .notBearer }
        let token = Array(bytes[(scheme.count + 1)...])
        return isToken68(token) ? .token(token) : .malformed
    }

    /// `token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`
    public static func isToken68(_ token: [UInt8]) -> Bool {
        let body = token.prefix { $0 != 0x3D }
        guard !body.isEmpty, token[body.count...].allSatisfy({ $0 == 0x3D }) else { return false }
        return body.allSatisfy { b in
            (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b)
                || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2B || b == 0x2F
        }
    }

    private static func lowercased(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }
}
