/// Every message of the expression phase (lexer and parser), in one place.
/// The checker turns each into a `syntax.error` diagnostic at its range
/// (exceeded limits have their own codes, in ``LimitMessages``).
enum ExpressionMessages {
    /// The code of every lexer and parser error.
    static let code = "syntax.error"

    static func unexpectedCharacter(_ c: Unicode.Scalar) -> LocalizedText {
        LocalizedText(zh: "无法识别的字符 `\(c)`", en: "unexpected character `\(c)`")
    }
    static func monthsOutOfRange(_ text: String) -> LocalizedText {
        LocalizedText(zh: "月数 `\(text)` 应为 ±3000000 以内的整数", en: "months `\(text)` must be a whole number within ±3000000")
    }
    static func invalidTime(_ text: String) -> LocalizedText {
        LocalizedText(zh: "无效的时间 `\(text)`（需要 RFC 3339 格式并带时区偏移）", en: "invalid time `\(text)` (RFC 3339 with an offset is required)")
    }
    static func invalidDate(_ text: String) -> LocalizedText {
        LocalizedText(zh: "无效的日期 `\(text)`", en: "invalid date `\(text)`")
    }
    static let unterminatedString = LocalizedText(zh: "字符串缺少结束引号", en: "unterminated string")
    static let trailingText = LocalizedText(zh: "表达式在此处之后还有多余内容", en: "unexpected text after the expression")
    static func expected(_ symbol: String) -> LocalizedText {
        LocalizedText(zh: "此处应为 `\(symbol)`", en: "expected `\(symbol)`")
    }
    static func expectedEither(_ a: String, _ b: String) -> LocalizedText {
        LocalizedText(zh: "此处应为 `\(a)` 或 `\(b)`", en: "expected `\(a)` or `\(b)`")
    }
    /// A `)` or `]` that no bracket before it opened.
    static func unmatchedCloser(_ symbol: String) -> LocalizedText {
        LocalizedText(zh: "多余的 `\(symbol)`：前面没有与之配对的括号", en: "unmatched `\(symbol)`: no bracket before it is open")
    }
    static let nameAfterDot = LocalizedText(zh: "`.` 之后应为名称", en: "expected a name after `.`")
    static let incomplete = LocalizedText(zh: "表达式不完整", en: "incomplete expression")
    static let unexpectedToken = LocalizedText(zh: "此处不应出现该符号", en: "unexpected token")

    /// The likely cause when brackets are left open: a comma inside a YAML flow
    /// mapping `{ … }` ends the value.
    static let flowMappingHint = "in a YAML flow mapping `{ a: f(x, y) }` a comma ends the value: quote the expression or use block style / 流式映射中逗号会截断表达式：请加引号或改用块格式"
}
