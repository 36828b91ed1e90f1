/// Every diagnostic about law by date: documents and their ranges, basis
/// entries, act-date families, effective-dated parameters and table rows,
/// and what `coversFrom` requires (rules-catalog, "What a pack must state").
enum LawMessages {
    static func badDate(_ key: String, _ text: String) -> (String, LocalizedText) {
        ("law.bad-date", LocalizedText(zh: "`\(key)` 应为日期 YYYY-MM-DD，实为 `\(text)`", en: "`\(key)` should be a date YYYY-MM-DD, found `\(text)`"))
    }
    static func fromAfterUntil(_ what: String, _ from: LocalDate, _ until: LocalDate) -> (String, LocalizedText) {
        ("law.from-after-until", LocalizedText(
            zh: "\(what) 的 `from`（\(from)）晚于其 `until`（\(until)）",
            en: "\(what): `from` (\(from)) is after its `until` (\(until))"))
    }
    static func badKind(_ text: String) -> (String, LocalizedText) {
        ("law.bad-kind", LocalizedText(
            zh: "文件类型 `\(text)` 无效，应为 law、standard 或 policy",
            en: "document kind `\(text)` is not one of law, standard, policy"))
    }
    static func badStatus(_ text: String) -> (String, LocalizedText) {
        ("law.bad-status", LocalizedText(zh: "状态 `\(text)` 无效，应为 C、S 或 U", en: "status `\(text)` is not one of C, S, U"))
    }
    static func unknownDocument(_ name: String) -> (String, LocalizedText) {
        ("law.unknown-document", LocalizedText(
            zh: "依据引用了未声明的文件 `\(name)`（在 `documents:` 中声明）",
            en: "the basis names `\(name)`, which no `documents:` entry declares"))
    }
    static func badArticle(_ part: String) -> (String, LocalizedText) {
        ("law.bad-article", LocalizedText(
            zh: "无法识别条款 `\(part)`：法律写作条号和项号，如 `17`、`34(一)`、`112(二)(十三)`；标准写条款号，如 `10.3.2`",
            en: "cannot read `\(part)`: a law is cited by article and item (`17`, `34(一)`, `112(二)(十三)`), a standard by clause (`10.3.2`)"))
    }
    static func citedWhole(_ doc: String, _ part: String) -> (String, LocalizedText) {
        ("law.bad-article", LocalizedText(
            zh: "`\(doc)` 是政策文件，整体引用，不能写 `\(part)`",
            en: "`\(doc)` is a policy and is cited whole, without `\(part)`"))
    }
    static func badLimit(_ part: String) -> (String, LocalizedText) {
        ("law.bad-limit", LocalizedText(
            zh: "无法识别 `\(part)`：条目的日期限制写作 `(until 2026-08-14)`、`(from 2026-08-15)` 或 `(from … until …)`",
            en: "cannot read `\(part)`: an entry's date limit reads `(until 2026-08-14)`, `(from 2026-08-15)` or `(from … until …)`"))
    }
    static func duplicateDocument(_ id: String) -> (String, LocalizedText) {
        ("law.duplicate-document", LocalizedText(zh: "文件 `\(id)` 重复声明", en: "document `\(id)` is declared twice"))
    }
    static func badSuccessor(_ key: String) -> (String, LocalizedText) {
        ("law.bad-successor", LocalizedText(
            zh: "后继条款 `\(key)` 应写作 `条号(项号): 文件 条号`，如 `99(二): 法典 1107`",
            en: "successor `\(key)` should read `article(item): document article`, as in `99(二): 法典 1107`"))
    }
    static func unknownFamily(_ text: String) -> (String, LocalizedText) {
        ("rule.bad-acts", LocalizedText(
            zh: "行为日期类别 `\(text)` 无效，应为 \(ActFamily.allCases.map(\.rawValue).joined(separator: "、"))",
            en: "act-date family `\(text)` is not one of \(ActFamily.allCases.map(\.rawValue).joined(separator: ", "))"))
    }
    static func actDatesNeeded(_ family: ActFamily) -> (String, LocalizedText) {
        ("rule.act-dates-missing", LocalizedText(
            zh: "`acts: \(family.rawValue)` 的规则需要 `actDates:` 表达式给出行为日期",
            en: "a rule with `acts: \(family.rawValue)` needs an `actDates:` expression giving its act dates"))
    }
    static func actDatesNotUsed(_ family: ActFamily) -> (String, LocalizedText) {
        ("rule.act-dates-unused", LocalizedText(
            zh: "`acts: \(family.rawValue)` 的行为日期由检查期决定，不需要 `actDates:`",
            en: "the act dates of `acts: \(family.rawValue)` follow from the period; `actDates:` is not used"))
    }
    static func actDatesType(_ family: ActFamily, _ type: ValueType) -> (String, LocalizedText) {
        let wanted = family.takesList ? "date, time or a list of them" : "date or time"
        let zh = family.takesList ? "日期、时间或其列表" : "日期或时间"
        return ("type.mismatch", LocalizedText(zh: "`actDates` 应为\(zh)，实为 \(type)", en: "`actDates` should be a \(wanted), found \(type)"))
    }
    static func mediumType(_ type: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "`medium` 应为字符串（air 或 water），实为 \(type)", en: "`medium` should be a string (air or water), found \(type)"))
    }
    static let actsWithoutBasis = ("rule.acts-missing", LocalizedText(
        zh: "规则有依据但没有 `acts:`（行为日期类别：hours、running-total、period、events、reports、windows、state）",
        en: "the rule has a basis but no `acts:` (its act-date family: hours, running-total, period, events, reports, windows, state)"))
    static func noBasisInForce(_ date: LocalDate, _ until: LocalDate?) -> (String, LocalizedText) {
        let span = until.map { $0 == date ? "\(date)" : "\(date) … \($0)" } ?? "\(date) –"
        return ("rule.no-basis-in-force", LocalizedText(
            zh: "规则在 \(span) 没有任何有效的依据（自 coversFrom 或 appliesFrom 起每天都需要）",
            en: "the rule has no basis entry in force on \(span) (every date from coversFrom or appliesFrom needs one)"))
    }
    static func valuesOverlap(_ what: String, _ date: LocalDate) -> (String, LocalizedText) {
        ("param.overlap", LocalizedText(
            zh: "\(what) 有两个取值在 \(date) 同时有效",
            en: "\(what) has two values in force on \(date)"))
    }
    static func gap(_ name: String, _ date: LocalDate, _ until: LocalDate?) -> (String, LocalizedText) {
        let span = until.map { $0 == date ? "\(date)" : "\(date) … \($0)" } ?? "\(date) –"
        return ("param.gap", LocalizedText(
            zh: "参数 `\(name)` 在 \(span) 没有取值（自 coversFrom 起每天都需要）",
            en: "parameter `\(name)` has no value on \(span) (every date from coversFrom needs one)"))
    }
    static func valueTypes(_ name: String, _ a: ValueType, _ b: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(
            zh: "参数 `\(name)` 的各取值类型不一致：\(a) 与 \(b)",
            en: "the values of parameter `\(name)` have different types: \(a) and \(b)"))
    }
    static func retired(_ name: String, _ why: String) -> (String, LocalizedText) {
        ("param.retired", LocalizedText(zh: "参数 `\(name)` 已废止：\(why)", en: "parameter `\(name)` is retired: \(why)"))
    }

    /// A warning: an hour or window rule reads a dated parameter where no hour,
    /// day, run or window gives the act's date.
    static func datedReadOnce(_ rule: String, _ param: String) -> (String, LocalizedText) {
        ("rule.dated-read-once", LocalizedText(
            zh: "规则 \(rule) 在逐小时、逐日、逐段或逐时段的表达式之外读取按日期取值的参数 `\(param)`：检查期跨越其取值变化日的报告将得到求值错误；把它写进对各元素的 filter/exists 等表达式中，即按各元素的日期取值",
            en: "rule \(rule) reads the dated parameter `\(param)` outside any per-hour, per-day, per-run or per-window expression: a filing whose period spans a change of its value gets an evaluation error; read it inside a comprehension over the elements (filter, exists, …) to judge each on its own date"))
    }
}
