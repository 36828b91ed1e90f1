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

/// O2 correction (HJ 212-2017 App. D eq. 28): `C × (21 − O2ref) / (21 − O2)`.
enum OxygenCorrection {
    /// The corrected value, or NaN when `o2` is missing or not below 21.
    @inline(__always)
    static func corrected(_ value: Double, o2: Double, reference: Double) -> Double {
        guard !o2.isNaN, o2 < 21 else { return .nan }
        return value * (21 - reference) / (21 - o2)
    }
}
