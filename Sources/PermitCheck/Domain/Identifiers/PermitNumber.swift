/// The pollutant discharge permit number (排污许可证编号) of HJ 608-2017.
///
/// A number is the holder's 18-character credit code, a 3-digit sequence
/// (one per site of the same unit: `001`, `002`…) and one letter (`P` in the
/// permits seen so far; the structure rule accepts any of A–Z). Rule
/// `ID-PERMIT-NUMBER` checks this structure and that the credit code part is
/// the filing enterprise's; whether that code is itself valid is `ID-USCC`'s
/// business, so nothing here checks the credit code's check character.
package enum PermitNumber {
    /// Characters in a number: credit code, sequence, letter.
    package static let length = CreditCode.length + 3 + 1

    /// Whether `number` is 18 characters of the credit-code alphabet, then 3
    /// digits, then one letter A–Z.
    package static func isWellFormed(_ number: String) -> Bool {
        let bytes = number.utf8
        guard bytes.count == length, CreditCode.isWellFormed(bytes.prefix(CreditCode.length)) else { return false }
        let suffix = bytes.dropFirst(CreditCode.length)
        return suffix.prefix(3).allSatisfy(\.isASCIIDigit) && suffix.last?.isASCIIUppercase == true
    }

    /// The credit code part (the first 18 characters) of a well-formed
    /// number, or `nil` when `number` is not well-formed.
    package static func creditCode(of number: String) -> Substring? {
        guard isWellFormed(number) else { return nil }
        let bytes = number.utf8
        return number[..<bytes.index(bytes.startIndex, offsetBy: CreditCode.length)]
    }

    /// Whether `number` is well-formed and issued to `uscc`, i.e. its first
    /// 18 characters equal `uscc` exactly.
    package static func matches(_ number: String, uscc: String) -> Bool {
        guard let code = creditCode(of: number) else { return false }
        return code.utf8.elementsEqual(uscc.utf8)
    }
}
