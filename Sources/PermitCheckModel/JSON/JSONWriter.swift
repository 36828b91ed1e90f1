/// Serialises `JSONValue` trees: the one place JSON text is produced, so that
/// findings, reports and test artefacts escape strings and print numbers alike.
///
/// Numbers print as the shortest text that reads back to the same double;
/// integral values print without `.0`; non-finite numbers (which JSON cannot
/// carry) print as `null`.
package struct JSONWriter: Sendable {
    /// How object members are ordered in the output.
    package enum KeyOrder: Sendable {
        /// As inserted (document order for parsed values).
        case insertion
        /// By the UTF-8 bytes of the keys, for stable, diffable output.
        case sorted
    }

    /// Newlines and two-space indentation when `true`; compact otherwise.
    package var pretty: Bool
    package var keyOrder: KeyOrder

    package init(pretty: Bool = false, keyOrder: KeyOrder = .insertion) {
        self.pretty = pretty; self.keyOrder = keyOrder
    }

    /// The JSON text of `value`.
    package func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8.
    package func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, into: &out)
        return out
    }

    /// Appends the JSON text of `value` to `out`.
    package func write(_ value: JSONValue, into out: inout [UInt8], indent: Int = 0) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): JSONWriter.writeNumber(n, into: &out)
        case .string(let s): JSONWriter.writeString(s, into: &out)
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, indent: indent, into: &out) { i, out in
                write(elements[i], into: &out, indent: indent + 1)
            }
        case .object(let object):
            var members = object.members
            if keyOrder == .sorted { members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } }
            writeContainer(open: "{", close: "}", count: members.count, indent: indent, into: &out) { i, out in
                JSONWriter.writeString(members[i].key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(members[i].value, into: &out, indent: indent + 1)
            }
        }
    }

    private func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, indent: Int, into out: inout [UInt8],
        element: (Int, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: open))
        for i in 0..<count {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(indent + 1, into: &out)
            element(i, &out)
        }
        if count > 0 { newline(indent, into: &out) }
        out.append(UInt8(ascii: close))
    }

    private func newline(_ indent: Int, into out: inout [UInt8]) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as
    /// `\n`, `\t`… or `\u00XX`, everything else as UTF-8.
    package static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The shortest round-tripping text of a number (`38.2`, `50`, `1e-07`, `-0`).
    package static func writeNumber(_ value: Double, into out: inout [UInt8]) {
        if !value.isFinite { out.append(contentsOf: "null".utf8); return }
        if value == 0 && value.sign == .minus { out.append(contentsOf: "-0".utf8); return }
        out.append(contentsOf: NumberFormat.plain(value).utf8)
    }
}
