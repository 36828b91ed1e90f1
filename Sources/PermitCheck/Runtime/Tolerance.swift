/// Comparison with the catalog's tolerance: a computed quantity within a
/// relative 1e-9 of the value it is compared with counts as equal, so binary
/// rounding noise (30 × 5 / 3 against 50) never creates or hides a finding.
enum Tolerance {
    static let relative = 1e-9

    /// -1, 0 or 1 as `a` is below, equal to (within tolerance) or above `b`.
    @inline(__always)
    static func order(_ a: Double, _ b: Double) -> Int {
        if a == b { return 0 }
        // Infinities (a division by zero) are never "close" to a finite value.
        if !a.isFinite || !b.isFinite { return a < b ? -1 : 1 }
        let scale = max(abs(a), abs(b))
        if abs(a - b) <= relative * scale { return 0 }
        return a < b ? -1 : 1
    }
}
