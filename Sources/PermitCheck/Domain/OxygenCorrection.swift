/// O2 correction (HJ 212-2017 App. D eq. 28): `C × (21 − O2ref) / (21 − O2)`.
enum OxygenCorrection {
    /// The corrected value, or NaN when `o2` is missing or not below 21.
    @inline(__always)
    static func corrected(_ value: Double, o2: Double, reference: Double) -> Double {
        guard !o2.isNaN, o2 < 21 else { return .nan }
        return value * (21 - reference) / (21 - o2)
    }
}
