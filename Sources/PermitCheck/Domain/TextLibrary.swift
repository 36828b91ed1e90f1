/// Parts of identifiers written as digit strings (manifest numbers, region
/// codes): characters by position, and whether a string is all digits.
enum TextLibrary {
    static let optStr = ValueType.optional(.string)

    static let all: [Builtin] = [
        Builtin("chars", "chars(s: string, from: number, to: number) -> string?",
                "第 from 至第 to 个字符（从 1 起数，含两端；联单号第 5–6 位为 chars(m, 5, 6)）；字符串不够长时为 null",
                "the characters from position `from` to `to`, counted from 1, both included (digits 5–6 of a manifest: chars(m, 5, 6)); null when the string is shorter",
                params: [optStr, .plain, .plain], returns: optStr, impl: .three { s, a, b, _ in
                    guard let s = s.string, let a = a.double, let b = b.double else { return .null }
                    let from = try CheckedConversion.integer(a, in: 1...Int(Int32.max), "chars")
                    let to = try CheckedConversion.integer(b, in: 0...Int(Int32.max), "chars")
                    let characters = Array(s)
                    guard from <= to + 1, to <= characters.count else { return .null }
                    return .string(String(characters[(from - 1)..<to]))
                }),
        Builtin("is_digits", "is_digits(s: string) -> bool", "是否全部由数字 0–9 组成（空字符串为否）", "whether the string is non-empty and all digits 0–9",
                params: [optStr], returns: .optional(.bool), impl: .one { s, _ in
                    guard let s = s.string else { return .null }
                    return .bool(!s.isEmpty && s.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
                }),
    ]
}
