/// The 6-digit administrative division code (行政区划代码, GB/T 2260) used
/// for `enterprise.region` and transfer `origin`/`destination`.
///
/// Its first two digits are the province; rule `HW-CROSS-PROVINCE` compares
/// those to tell a cross-province transfer.
package enum RegionCode {
    /// Digits in a code.
    package static let length = 6

    /// Whether `code` is exactly 6 ASCII digits.
    package static func isWellFormed(_ code: String) -> Bool {
        let bytes = code.utf8
        return bytes.count == length && bytes.allSatisfy(\.isASCIIDigit)
    }

    /// The province part (first two digits: `420115` → `42`) of a
    /// well-formed code, or `nil` when `code` is not well-formed.
    package static func province(of code: String) -> String? {
        guard isWellFormed(code) else { return nil }
        return String(decoding: code.utf8.prefix(2), as: UTF8.self)
    }
}
