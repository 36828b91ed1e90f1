import Foundation

/// Files under `Tests/PermitCheckTests/Cases`, read from the source tree.
enum Fixtures {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    static func text(_ path: String) -> String {
        (try? String(contentsOf: cases.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The spec's example filing (`shared/spec/filing-v1.md`).
    static var filing: String { text("decoding/filing.json") }
    /// The spec's example registry.
    static var registry: String { text("decoding/registry.json") }

    /// `text` with the one occurrence of `old` replaced; `§` in `new` stands for the invalid byte 0xFF.
    static func edited(_ text: String, _ old: String, _ new: String) -> [UInt8] {
        precondition(text.components(separatedBy: old).count == 2, "edit target must occur once: \(old)")
        let replaced = text.replacingOccurrences(of: old, with: new)
        return Array(replaced.utf8).replacingSectionSign()
    }
}

extension Array where Element == UInt8 {
    /// Replaces the UTF-8 of `§` (C2 A7) with a lone 0xFF byte.
    func replacingSectionSign() -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < count {
            if self[i] == 0xC2, i + 1 < count, self[i + 1] == 0xA7 { out.append(0xFF); i += 2 } else { out.append(self[i]); i += 1 }
        }
        return out
    }
}
