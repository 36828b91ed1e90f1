/// Why a JSON text could not be read, and where.
///
/// Reading stops at the first of these: once the text is not JSON, nothing
/// after that point can be trusted, so there is exactly one per document.
package struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of failure; callers map it to their own diagnostic codes.
    package enum Kind: String, Sendable, Hashable {
        /// Not JSON at this point (RFC 8259 grammar).
        case syntax
        /// The text ends inside a value (a truncated document).
        case unexpectedEnd
        /// A string holds bytes that are not UTF-8 (RFC 3629).
        case badUTF8
        /// A number that does not fit a `Double` (its magnitude overflows).
        case outOfRange
    }

    package var kind: Kind
    package var message: LocalizedText
    /// Byte offset of the failure in the text.
    package var offset: Int
    /// 1-based line.
    package var line: Int
    /// 1-based column, counted in Unicode scalars.
    package var column: Int

    package init(kind: Kind, message: LocalizedText, offset: Int, line: Int, column: Int) {
        self.kind = kind; self.message = message; self.offset = offset; self.line = line; self.column = column
    }

    package var description: String { "\(line):\(column): \(message.en)" }
}

/// The JSON reader's vocabulary of messages, in one place.
package enum JSONMessage {
    package static func unexpected(_ byte: UInt8, expected: String, _ expectedZh: String) -> LocalizedText {
        let shown = byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return LocalizedText(zh: "此处应为\(expectedZh)，实为 \(shown)", en: "expected \(expected), found \(shown)")
    }
    package static let unexpectedEnd = LocalizedText(zh: "JSON 文本意外结束（文件被截断？）", en: "unexpected end of JSON text (truncated?)")
    package static let trailing = LocalizedText(zh: "JSON 值之后还有多余内容", en: "unexpected content after the JSON value")
    package static let leadingZero = LocalizedText(zh: "数字不能有前导零", en: "numbers must not have leading zeros")
    package static let badNumber = LocalizedText(zh: "数字格式错误", en: "malformed number")
    package static let numberOverflow = LocalizedText(zh: "数字超出双精度浮点范围", en: "number is too large for a double")
    package static let controlCharacter = LocalizedText(zh: "字符串中有未转义的控制字符", en: "unescaped control character in a string")
    package static let badEscape = LocalizedText(zh: "无效的转义序列", en: "invalid escape sequence")
    package static let loneSurrogate = LocalizedText(zh: "\\u 转义中有孤立的代理项", en: "lone surrogate in a \\u escape")
    package static let badUTF8 = LocalizedText(zh: "字符串不是有效的 UTF-8 编码", en: "string is not valid UTF-8")
    package static let tooDeep = LocalizedText(zh: "JSON 嵌套层数过深", en: "JSON nested too deeply")
    package static let literal = LocalizedText(zh: "无效的字面量（只允许 true、false、null）", en: "invalid literal (only true, false and null are allowed)")
}
