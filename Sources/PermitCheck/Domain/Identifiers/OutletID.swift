/// The discharge outlet id (排放口编号) of HJ 608-2017: `D`, the medium
/// letter (`A` air / `W` water), and a 3-digit sequence (`DA001`, `DW001`).
///
/// Rule `ID-OUTLET` fires when an id is not of this form or its letter
/// disagrees with the outlet's declared medium.
package enum OutletID {
    /// Characters in an id.
    package static let length = 5

    /// Whether `id` matches `^D[AW][0-9]{3}$`.
    package static func isWellFormed(_ id: String) -> Bool {
        medium(of: id) != nil
    }

    /// The medium a well-formed id names (`DA` air, `DW` water), or `nil`
    /// when `id` is not well-formed.
    package static func medium(of id: String) -> Medium? {
        let bytes = id.utf8
        guard bytes.count == length, bytes.first == UInt8(ascii: "D"),
              bytes.dropFirst(2).allSatisfy(\.isASCIIDigit)
        else { return nil }
        switch bytes.dropFirst().first {
        case UInt8(ascii: "A"): return .air
        case UInt8(ascii: "W"): return .water
        default: return nil
        }
    }
}
