/// Every diagnostic of the compile phase (loading packs, `extends`,
/// parameters, rule shapes), in one place. Codes are stable and documented
/// for rule authors in `Rules/README.md`.
enum CompilerMessages {
    static func packNotFound(_ path: String) -> (String, LocalizedText) {
        ("pack.not-found", LocalizedText(zh: "找不到规则包 \(path)", en: "no pack at \(path)"))
    }
    static func packUnreadable(_ path: String) -> (String, LocalizedText) {
        ("pack.unreadable", LocalizedText(zh: "无法读取 \(path)（需要 UTF-8 文本）", en: "cannot read \(path) (UTF-8 text required)"))
    }
    static func extendsCycle(_ path: String) -> (String, LocalizedText) {
        ("pack.extends-cycle", LocalizedText(zh: "规则包继承形成循环：\(path)", en: "packs extend each other in a cycle: \(path)"))
    }
    static func extendsNotFound(_ path: String) -> (String, LocalizedText) {
        ("pack.extends-not-found", LocalizedText(zh: "找不到被继承的规则包 \(path)", en: "cannot read the extended pack \(path)"))
    }
    static func paramWithoutValue(_ name: String) -> (String, LocalizedText) {
        ("param.missing-value", LocalizedText(zh: "参数 `\(name)` 没有取值", en: "parameter `\(name)` has no value"))
    }
    static func paramNotLiteral(_ name: String) -> (String, LocalizedText) {
        ("param.bad-value", LocalizedText(
            zh: "参数 `\(name)` 的取值不是字面量（数值、带单位的量、日期、字符串、列表或表）",
            en: "parameter `\(name)` is not a literal (number, quantity, date, string, list or table)"))
    }
    /// `disable` or a pack-level `tests:` entry names a rule `pack` does not have.
    static func unknownRule(_ id: String, in pack: String) -> (String, LocalizedText) {
        ("rule.unknown-id", LocalizedText(zh: "规则包 \(pack) 中没有规则 `\(id)`", en: "no rule `\(id)` in pack \(pack)"))
    }
    static func forNotIterable(_ name: String, _ type: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "`for` 的 `\(name)` 应为列表或对象，实为 \(type)", en: "`for` binding `\(name)` should be a list or an object, found \(type)"))
    }
    static func whenNotBool(_ type: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "`when` 应为布尔值，实为 \(type)", en: "`when` should be a bool, found \(type)"))
    }
    static let severityNotAWord = ("type.mismatch", LocalizedText(
        zh: "`severity` 应为 critical/high/medium/low/info 之一，或得出其中之一的表达式",
        en: "`severity` should be one of critical, high, medium, low, info, or an expression giving one"))
    static let unclosedHole = ("message.unclosed", LocalizedText(zh: "消息中的 `{` 没有对应的 `}`", en: "`{` in a message has no matching `}`"))
}
