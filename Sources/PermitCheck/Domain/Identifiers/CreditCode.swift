/// The Unified Social Credit Code (统一社会信用代码) of GB 32100-2015.
///
/// A code is 18 characters of the alphabet `0-9A-HJ-NPQRTUWXY` (31 symbols:
/// the letters I, O, S, V and Z are left out because they read like digits).
/// The first character is the registration authority (登记管理部门代码,
/// `[1-9ANY]`); the last is a check character over the first 17, with weights
/// 3^(i-1) mod 31. Rule `ID-USCC` reports codes that fail; the filing is
/// still checked, so nothing here throws.
package enum CreditCode {
    /// Characters in a code.
    package static let length = 18

    /// Whether `code` is a complete, correct credit code: well-formed, with a
    /// known registration authority and the right check character.
    package static func isValid(_ code: String) -> Bool {
        let bytes = code.utf8
        guard bytes.count == length, let first = bytes.first, isRegistrationAuthority(first),
              let expected = checkValue(bytes), let last = bytes.last
        else { return false }
        return value(of: last) == expected
    }

    /// Whether `code` is 18 characters of the credit-code alphabet; says
    /// nothing about the first or check character.
    package static func isWellFormed(_ code: String) -> Bool {
        isWellFormed(code.utf8)
    }

    /// The check character the first 17 characters call for, or `nil` when
    /// there are fewer than 17 or one of them is outside the alphabet (then no
    /// check character can be computed, and `ID-USCC` omits `expectedCheck`).
    /// A code of the wrong length still gets one when its first 17 allow it;
    /// the first character's authority is not judged.
    package static func expectedCheckCharacter(_ code: String) -> Character? {
        guard let expected = checkValue(code.utf8) else { return nil }
        return Character(Unicode.Scalar(alphabet[expected]))
    }

    /// Whether `bytes` are exactly 18 characters of the alphabet; shared with
    /// `PermitNumber`, whose first 18 characters are a credit code.
    static func isWellFormed<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var count = 0
        for byte in bytes {
            guard count < length, value(of: byte) != nil else { return false }
            count += 1
        }
        return count == length
    }

    /// The check value (0…30) of the first 17 bytes; `nil` when there are
    /// fewer than 17 or one of them is outside the alphabet.
    static func checkValue(_ bytes: String.UTF8View) -> Int? {
        guard bytes.count >= length - 1 else { return nil }
        var sum = 0, weight = 1  // w_i = 3^(i-1) mod 31 (GB 32100-2015, 5.3)
        for byte in bytes.prefix(length - 1) {
            guard let v = value(of: byte) else { return nil }
            sum += v * weight
            weight = weight * 3 % 31
        }
        return (31 - sum % 31) % 31
    }

    /// The alphabet in value order: a character's position is its value.
    private static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)

    /// The value of one alphabet character, or `nil` for anything else
    /// (including lower case and the excluded I, O, S, V, Z).
    @inline(__always)
    static func value(of byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)  // 0-9 → 0…9
        case 0x41...0x48: Int(byte - 0x41) + 10  // A-H → 10…17
        case 0x4A...0x4E: Int(byte - 0x4A) + 18  // J-N → 18…22
        case 0x50...0x52: Int(byte - 0x50) + 23  // P-R → 23…25
        case 0x54...0x55: Int(byte - 0x54) + 26  // T-U → 26…27
        case 0x57...0x59: Int(byte - 0x57) + 28  // W-Y → 28…30
        default: nil
        }
    }

    /// `[1-9ANY]`: the registration authorities the standard assigns.
    @inline(__always)
    private static func isRegistrationAuthority(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x31...0x39, UInt8(ascii: "A"), UInt8(ascii: "N"), UInt8(ascii: "Y"): true
        default: false
        }
    }
}
