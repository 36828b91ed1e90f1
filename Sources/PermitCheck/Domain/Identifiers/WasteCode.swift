/// The hazardous-waste code of the National Hazardous Waste List
/// (国家危险废物名录, 2016/2021/2025 editions): `NNN-NNN-NN`, that is
/// industry (GB/T 4754-2017 class, `900` for 非特定行业), sequence, and the
/// two-digit HW category (`900-041-49` is HW49).
///
/// Rule `HW-CODE` fires when a code is not of this form or its category is
/// not one of the list's 46 (HW01–HW40, HW45–HW50; HW41–HW44 existed only
/// in the 2008 edition). Whether the full code is an entry of the list is
/// not checked: the list itself is not embedded.
package enum WasteCode {
    /// Characters in a code.
    package static let length = 10

    /// Whether `code` is `NNN-NNN-NN` (ASCII digits and hyphens).
    package static func isWellFormed(_ code: String) -> Bool {
        let bytes = code.utf8
        guard bytes.count == length else { return false }
        for (offset, byte) in bytes.enumerated() {
            let fits = offset == 3 || offset == 7 ? byte == UInt8(ascii: "-") : byte.isASCIIDigit
            guard fits else { return false }
        }
        return true
    }

    /// The HW category (`HW49`) of a well-formed code, or of a bare category
    /// (`HW49` → `HW49`, since licences list categories beside codes);
    /// `nil` for anything else. Whether the category exists is
    /// `isKnownCategory(_:)`'s question.
    package static func category(of code: String) -> String? {
        if categoryNumber(code) != nil { return code }
        guard isWellFormed(code) else { return nil }
        return "HW" + String(decoding: code.utf8.suffix(2), as: UTF8.self)
    }

    /// Whether `category` is one of the list's categories: HW01–HW40 or
    /// HW45–HW50.
    package static func isKnownCategory(_ category: String) -> Bool {
        guard let number = categoryNumber(category) else { return false }
        return (1...40).contains(number) || (45...50).contains(number)
    }

    /// The Chinese heading of a known category (`HW49` → `其他废物`), or
    /// `nil` when `category` is not known.
    package static func categoryName(_ category: String) -> String? {
        categoryNumber(category).flatMap { categoryNames[$0] }
    }

    /// The number of a bare category `HWnn`, or `nil` when `text` is not one.
    private static func categoryNumber(_ text: String) -> Int? {
        let bytes = text.utf8
        guard bytes.count == 4, bytes.starts(with: "HW".utf8) else { return nil }
        return asciiDigits(bytes, bytes.index(bytes.startIndex, offsetBy: 2), count: 2)
    }
}
