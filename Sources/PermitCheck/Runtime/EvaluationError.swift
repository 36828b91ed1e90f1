/// Why a rule could not be evaluated for a filing (not a finding, not a
/// crash), and every such message of the run-time phase, in one place.
package struct EvaluationError: Error, Sendable, Hashable {
    package var message: LocalizedText
    package init(_ message: LocalizedText) { self.message = message }

    /// The text for an error that is not an ``EvaluationError`` (none is expected).
    static let unknown = LocalizedText(zh: "规则无法求值", en: "the rule could not be evaluated")

    /// Two units that do not convert into each other met in a comparison or sum.
    static func units(_ a: Unit, _ b: Unit) -> EvaluationError {
        EvaluationError(LocalizedText(
            zh: "单位 \(a.symbol.isEmpty ? "（无）" : a.symbol) 与 \(b.symbol.isEmpty ? "（无）" : b.symbol) 无法比较或换算",
            en: "units \(a.symbol.isEmpty ? "(none)" : a.symbol) and \(b.symbol.isEmpty ? "(none)" : b.symbol) cannot be compared or converted"))
    }

    /// A computed number cannot stand for what `what` needs (an integer, a date).
    static func notRepresentable(_ x: Double, _ what: String) -> EvaluationError {
        let text = x.isNaN ? "NaN" : x.isInfinite ? (x > 0 ? "∞" : "-∞") : NumberFormat.rounded(x, digits: 2)
        return EvaluationError(LocalizedText(
            zh: "`\(what)` 无法使用数值 \(text)（非数值、无穷大或超出日期范围）",
            en: "`\(what)` cannot use the value \(text) (not a number, infinite, or beyond the range of dates)"))
    }

    /// A dated parameter changes value inside the period, and an hour or window
    /// rule reads it where no hour, day, run or window gives the act's date.
    static func paramChanges(_ name: String, _ from: LocalDate, _ to: LocalDate) -> EvaluationError {
        EvaluationError(LocalizedText(
            zh: "参数 `\(name)` 在检查期 \(from) … \(to) 内取值变化，而本规则在逐小时、逐日、逐段或逐时段的表达式之外读取它，无法确定适用哪一个取值",
            en: "parameter `\(name)` changes value within the period \(from) … \(to), and this rule reads it outside any per-hour, per-day, per-run or per-window expression, so which value applies is unknown"))
    }

    /// A finding whose act dates came out absent.
    static let noActDates = EvaluationError(LocalizedText(
        zh: "无法确定检查发现的行为日期（`actDates` 为空）", en: "the finding's act dates are unknown (`actDates` gave nothing)"))

    /// A value of an unexpected shape reached a builtin.
    static func shape(_ function: String) -> EvaluationError {
        EvaluationError(LocalizedText(zh: "函数 `\(function)` 收到了意外的值", en: "function `\(function)` received an unexpected value"))
    }

    /// A unit symbol computed at run time is not one the language knows.
    static func unknownUnit(_ symbol: String) -> EvaluationError {
        EvaluationError(LocalizedText(zh: "未知单位 \(symbol)", en: "unknown unit \(symbol)"))
    }

    /// Mass needs a concentration series.
    static func notAConcentration(_ unit: Unit) -> EvaluationError {
        EvaluationError(LocalizedText(
            zh: "序列单位 \(unit.symbol) 不是浓度，无法计算排放量", en: "series unit \(unit.symbol) is not a concentration; cannot compute mass"))
    }

    /// A severity expression gave something other than a severity word.
    static let badSeverity = EvaluationError(LocalizedText(zh: "严重程度表达式没有给出有效的等级", en: "the severity expression gave no valid severity"))

    /// A working-day calendar has no row for the year of a date a rule must look up.
    static func calendarYearMissing(_ year: Int, _ date: LocalDate) -> EvaluationError {
        EvaluationError(LocalizedText(
            zh: "工作日历没有 \(year) 年的放假安排，无法判断 \(date) 是否为工作日（不按星期推测）；请在规则包的工作日历中补充该年",
            en: "the working-day calendar has no row for \(year), so whether \(date) is a working day is unknown (weekdays are never guessed); add that year to the pack's calendar"))
    }

    /// A working-day calendar row that is not `{ holidays, workdays }` of dates in its year.
    static func calendarRow(_ year: Int, _ why: LocalizedText) -> EvaluationError {
        EvaluationError(LocalizedText(zh: "工作日历 \(year) 年一行有误：\(why.zh)", en: "the working-day calendar's row for \(year) is malformed: \(why.en)"))
    }
}
