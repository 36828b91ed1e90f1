/// A seeded, structure-aware mutator: byte-level edits (flip, insert, delete,
/// duplicate, truncate, splice with another seed) plus edits that know the
/// inputs' grammar — tokens of JSON, YAML and the expression language, and
/// runs of brackets that push nesting past the limits.
///
/// Deterministic for a seed, so any failure of a campaign is reproduced by
/// its seed and input number. Written here rather than taken from a library:
/// no Swift fuzzing package is mirrored on this machine, and libFuzzer (which
/// `scripts/fuzz.sh` uses for long runs) cannot run inside `swift test`.
public struct Mutator: Sendable {
    /// SplitMix64: small, fast, and the same on every platform.
    private var state: UInt64
    /// The largest input produced.
    public var maxLength = 1 << 16

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (`n` > 0).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// Tokens worth inserting: JSON, YAML and expression syntax, edge values.
    static let dictionary: [[UInt8]] = [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "false", "-0", "1e999", "-1e-400", "0.1", "01",
        "\"\\u0000\"", "\"\\ud800\"", "\\", "NaN", "\"id\"", "\"schema\"", "\"uscc\"", "\"K\"", "\"\u{212A}\"",
        "\"2025-02-30\"", "\"2025-07-01T00:00:00+08:00\"", "\"mg/m3\"", "\"a21026\"", "\u{FEFF}", "\u{FFFD}",
        "\n", "\r\n", "\t", ": ", "- ", "&a ", "*a", "!!str ", "? ", "|-\n  ", ">\n  ", "{a: ", "[*a, *a]", "---\n", "...\n",
        "((", "))", "&&", "||", " ?? ", " ? 1 : ", "not ", "!", "-", ".", "?.", "(", ")", "count(", "sum(", "filter(",
        "mg/m3", "1h", "3mo", "2025-07-01", "\"x\"", "in [", "outlet.", "permit.", "monitoring[0]",
    ].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0]]

    /// One mutant of `input`; `other` is a second seed for splicing.
    public mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var out = input
        for _ in 0...below(4) { apply(&out, other: other) }
        if out.count > maxLength { out.removeLast(out.count - maxLength) }
        return out
    }

    private mutating func apply(_ out: inout [UInt8], other: [UInt8]) {
        let at = below(out.count + 1)
        switch below(11) {
        case 0 where !out.isEmpty:
            out[min(at, out.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
        case 1:
            out.insert(UInt8(truncatingIfNeeded: next()), at: at)
        case 2 where !out.isEmpty:
            let end = min(out.count, at + 1 + below(16))
            out.removeSubrange(min(at, end)..<end)
        case 3 where !out.isEmpty:
            let start = min(at, out.count - 1), end = min(out.count, start + 1 + below(64))
            out.insert(contentsOf: out[start..<end], at: below(out.count + 1))
        case 4:
            out.removeSubrange(at...)
        case 5 where !other.isEmpty:
            let start = below(other.count), end = min(other.count, start + 1 + below(256))
            out.insert(contentsOf: other[start..<end], at: at)
        case 6, 7:
            out.insert(contentsOf: Self.dictionary[below(Self.dictionary.count)], at: at)
        case 8:
            // Deep nesting: a run of one opening bracket (and, half the time, its closers).
            let open: [UInt8] = [[UInt8(ascii: "[")], [UInt8(ascii: "{")], [UInt8(ascii: "(")], Array("{\"a\":".utf8), Array("- ".utf8)][below(5)]
            let depth = [10, 100, 200, 600, 5_000][below(5)]
            var run: [UInt8] = []
            for _ in 0..<depth { run += open }
            if below(2) == 0, let close = Self.closer(open.first) { run += [UInt8](repeating: close, count: depth) }
            out.insert(contentsOf: run, at: at)
        case 9 where !out.isEmpty:
            // Replace a digit run by an extreme number.
            if let i = out[min(at, out.count - 1)...].firstIndex(where: { (48...57).contains($0) }) {
                let extremes = ["1e308", "-1e308", "4.9e-324", "9007199254740993", "1e400", "0", "-0.0"]
                out.replaceSubrange(i...i, with: Array(extremes[below(extremes.count)].utf8))
            }
        default:
            // Swap two ranges' order: members reordered, tokens transposed.
            guard out.count > 2 else { return }
            let a = below(out.count - 1), b = min(out.count, a + 1 + below(32))
            let piece = Array(out[a..<b])
            out.removeSubrange(a..<b)
            out.insert(contentsOf: piece, at: below(out.count + 1))
        }
    }

    static func closer(_ open: UInt8?) -> UInt8? {
        switch open {
        case UInt8(ascii: "["): return UInt8(ascii: "]")
        case UInt8(ascii: "{"): return UInt8(ascii: "}")
        case UInt8(ascii: "("): return UInt8(ascii: ")")
        default: return nil
        }
    }
}
