/// Formatting of numbers for people: shortest text that reads back the same,
/// with no exponent for everyday magnitudes and at most `digits` decimals.
package enum NumberFormat {
    /// The shortest round-tripping text (`38.2`, `50`, `0.95`), integers without `.0`.
    package static func plain(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// Rounded to at most `digits` decimals, trailing zeros removed (`12.35`, `0.9`).
    package static func rounded(_ value: Double, digits: Int = 2) -> String {
        if !value.isFinite { return plain(value) }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        return plain((value * scale).rounded() / scale)
    }
}
