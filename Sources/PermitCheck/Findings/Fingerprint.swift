/// Stable fingerprints: 64-bit FNV-1a over rule, filing, subject and any
/// discriminating binding values, as 16 hex digits. Deterministic across runs
/// and machines (Swift's `Hasher` is seeded per process, so it cannot be used).
enum Fingerprint {
    static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0x1f
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
