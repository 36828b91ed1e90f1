/// Conversions from computed numbers to integers, dates and times that never
/// trap: `Int(Double)` traps on NaN, ±∞ and values beyond 2^63, and calendar
/// arithmetic overflows on absurd day counts. Filing data reaches these
/// through rules (`permit.validTo + x`, `add_months(d, n)`), so a value out of
/// range is an evaluation error for that rule, with the value in the message.
enum CheckedConversion {
    /// Day numbers the language works with: ±100 million days (about
    /// ±270,000 years) of 1970-01-01, far beyond any filing and far inside
    /// what the calendar arithmetic can represent.
    static let dayRange = -100_000_000...100_000_000
    /// Month counts for `add_months` and `mo` literals: the same span.
    static let monthRange = -3_000_000...3_000_000
    /// Most dates one `dates(a, b)` call lists (about 270 years), to bound memory.
    static let maxDays = 100_000

    /// `x` as an integer in `range`, rounding toward zero.
    static func integer(_ x: Double, in range: ClosedRange<Int>, _ what: String) throws(EvaluationError) -> Int {
        guard x.isFinite, x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            throw EvaluationError.notRepresentable(x, what)
        }
        return Int(x)
    }

    /// The date `days` (possibly fractional: rounded down) after day number `day`.
    static func date(_ day: Int, plus days: Double) throws(EvaluationError) -> Int {
        let whole = try integer(days.rounded(.down), in: dayRange, "date + duration")
        let result = day + whole  // both within ±1e8: no overflow
        guard dayRange.contains(result) else { throw EvaluationError.notRepresentable(Double(result), "date + duration") }
        return result
    }

    /// The time `seconds` after `t`, within the language's span of dates.
    static func time(_ t: Timestamp, plus seconds: Double) throws(EvaluationError) -> Timestamp {
        let limit = Double(dayRange.upperBound) * 86_400
        let result = t.epochSeconds + seconds
        guard result.isFinite, abs(result) <= limit else { throw EvaluationError.notRepresentable(seconds, "time + duration") }
        return t.adding(seconds: seconds)
    }

    /// The date `months` calendar months after day number `day`.
    static func date(_ day: Int, plusMonths months: Int) throws(EvaluationError) -> Int {
        guard monthRange.contains(months), dayRange.contains(day) else { throw EvaluationError.notRepresentable(Double(months), "date + months") }
        let result = LocalDate(dayNumber: day).adding(months: months).dayNumber
        guard dayRange.contains(result) else { throw EvaluationError.notRepresentable(Double(months), "date + months") }
        return result
    }
}
