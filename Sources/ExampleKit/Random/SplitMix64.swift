/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seedable generator whose
/// sequence is the same on every platform and every run, which is what
/// reproducible example files need. Not for cryptography.
///
/// Everything built on it uses integer and `+ − × ÷` arithmetic only (no
/// `log`, `sin`…), because libm results may differ in the last bit between
/// platforms and one different bit would change a committed example file.
public struct SplitMix64: Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// An independent stream for a named part (an outlet, a pollutant):
    /// changing how one series is generated then does not shift the others.
    public init(seed: UInt64, stream name: String) {
        state = SplitMix64.mix(seed ^ SplitMix64.fnv1a(name))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `0..<n` (`n` > 0; modulo bias is negligible for small `n`).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// A uniform double in `[0, 1)` from the top 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform double in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// Normal-ish noise with mean 0 and standard deviation ≈ 1: the
    /// Irwin–Hall sum of four uniforms, centred and scaled by √3. Bounded
    /// (|x| ≤ 3.47), so generated values never run away into the limits.
    public mutating func noise() -> Double {
        (unit() + unit() + unit() + unit() - 2) * 1.732_050_807_568_877_2
    }

    /// `true` with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// The SplitMix64 output function (a bijective 64-bit mixer).
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a over the UTF-8 bytes: a stable string hash (Swift's `Hasher`
    /// is seeded per process, so it cannot name a stream).
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
