/// Working days (工作日) from a pack's calendar table, and day-of-month dates.
///
/// The calendar is data in the pack (`workingDayCalendar`, rules-catalog
/// "workingDayCalendar"): a table keyed by year, each row
/// `{ holidays: [[from, to], [day], …], workdays: [[day], …] }`. A date of a
/// listed year is a working day when it is a listed workday (调休上班), or is
/// Monday–Friday and not inside a listed holiday (放假). A date of a year the
/// table lacks is an evaluation error, never a weekday guess.
///
/// Counting follows 民法典 第二百零一条: the day an interval starts from is not
/// counted, so `add_working_days(d, 5, cal)` is the 5th working day after `d`.
enum WorkingDayLibrary {
    static let optDate = ValueType.optional(.date)

    static let all: [Builtin] = [
        Builtin("is_working_day", "is_working_day(d: date, calendar: table) -> bool",
                "该日是否为工作日：日历中列明的调休上班日，或周一至周五且不在放假期间；日历缺该年份时为求值错误",
                "whether the date is a working day: a listed workday, or Monday–Friday outside the listed holidays; a year the calendar lacks is an evaluation error",
                check: calendarCheck([optDate]), impl: .two { d, cal, _ in
                    guard let d = d.date else { return .null }
                    var calendar = WorkingDayCalendar(cal)
                    return .bool(try calendar.isWorkingDay(d))
                }),
        Builtin("next_working_day", "next_working_day(d: date, calendar: table) -> date",
                "d 本身（若为工作日），否则其后第一个工作日",
                "the date itself when it is a working day, else the first working day after it",
                check: calendarCheck([optDate], returns: optDate), impl: .two { d, cal, _ in
                    guard let d = d.date else { return .null }
                    var calendar = WorkingDayCalendar(cal)
                    return .date(try calendar.add(workingDays: 0, to: d).dayNumber)
                }),
        Builtin("add_working_days", "add_working_days(d: date, n: number, calendar: table) -> date",
                "d 之后第 n 个工作日（d 当日不计入，民法典第二百零一条）；n 为 0 时同 next_working_day",
                "the n-th working day after d (d itself not counted, Civil Code Art. 201); n = 0 is next_working_day",
                check: calendarCheck([optDate, .optional(.plain)], returns: optDate), impl: .three { d, n, cal, _ in
                    guard let d = d.date, let n = n.double else { return .null }
                    let count = try CheckedConversion.integer(n, in: 0...CheckedConversion.maxDays, "add_working_days")
                    var calendar = WorkingDayCalendar(cal)
                    return .date(try calendar.add(workingDays: count, to: d).dayNumber)
                }),
        Builtin("working_days_between", "working_days_between(a: date, b: date, calendar: table) -> number",
                "a 之后至 b（含 b）的工作日数；b 不晚于 a 时为 0（不查日历）",
                "working days after a up to and including b; 0 when b is not after a (nothing is looked up)",
                check: calendarCheck([optDate, optDate], returns: .optional(.plain)), impl: .three { a, b, cal, _ in
                    guard let a = a.date, let b = b.date else { return .null }
                    guard a.days(to: b) <= CheckedConversion.maxDays else { throw EvaluationError.notRepresentable(Double(a.days(to: b)), "working_days_between") }
                    var calendar = WorkingDayCalendar(cal)
                    return .number(Double(try calendar.count(after: a, through: b)))
                }),
        Builtin("month_day", "month_day(d: date, day: number) -> date",
                "d 所在月份的第 day 日（超过月末时取月末）",
                "the day-th day of d's month (the month's last day when it has fewer)",
                params: [optDate, .plain], returns: optDate, impl: .two { d, n, _ in
                    guard let d = d.date, let n = n.double else { return .null }
                    let day = try CheckedConversion.integer(n, in: 1...31, "month_day")
                    return .date(d.adding(days: min(day, CivilCalendar.daysIn(year: d.year, month: d.month)) - d.day).dayNumber)
                }),
    ]

    /// Fits `(…, calendar: table<table>)`: the leading arguments as given, the last a table of rows.
    static func calendarCheck(_ leading: [ValueType], returns: ValueType = .optional(.bool)) -> @Sendable ([ValueType]) -> Fit {
        { args in
            for (i, (want, got)) in zip(leading, args).enumerated() where !want.accepts(got) {
                return .bad(BuiltinMessages.argument(i + 1, expected: want, found: got))
            }
            guard let last = args.last, case .table(let row) = last.unwrapped, case .table = row.unwrapped else {
                return .bad(BuiltinMessages.calendar)
            }
            return .ok(returns)
        }
    }
}

/// A calendar table read lazily: each year's row is decoded the first time a
/// date of that year is looked up (rows are small; calls decode afresh).
struct WorkingDayCalendar {
    struct Year {
        var holidays: Set<Int> = []
        var workdays: Set<Int> = []
    }

    let rows: [String: Value]
    private var years: [Int: Year] = [:]

    init(_ table: Value) {
        if case .table(let rows) = table { self.rows = rows } else { self.rows = [:] }
    }

    /// Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday).
    static func weekday(_ d: LocalDate) -> Int { ((d.dayNumber % 7) + 7 + 3) % 7 }

    mutating func isWorkingDay(_ d: LocalDate) throws -> Bool {
        let year = try self.year(of: d)
        if year.workdays.contains(d.dayNumber) { return true }
        return Self.weekday(d) < 5 && !year.holidays.contains(d.dayNumber)
    }

    /// The `n`-th working day after `d` (`n` = 0: `d` if it is one, else the next).
    mutating func add(workingDays n: Int, to d: LocalDate) throws -> LocalDate {
        var day = n == 0 ? d : d.adding(days: 1)
        var found = 0
        // Every year row holds working days, and an unlisted year throws, so this ends.
        while true {
            if try isWorkingDay(day) {
                found += 1
                if found >= max(n, 1) { return day }
            }
            day = day.adding(days: 1)
        }
    }

    /// Working days in `a + 1 … b`.
    mutating func count(after a: LocalDate, through b: LocalDate) throws -> Int {
        guard a < b else { return 0 }
        var n = 0
        for k in (a.dayNumber + 1)...b.dayNumber {
            if try isWorkingDay(LocalDate(dayNumber: k)) { n += 1 }
        }
        return n
    }

    mutating func year(of d: LocalDate) throws -> Year {
        if let y = years[d.year] { return y }
        guard let row = rows[String(d.year)] else { throw EvaluationError.calendarYearMissing(d.year, d) }
        let y = try Self.decode(row, year: d.year)
        years[d.year] = y
        return y
    }

    /// `{ holidays: [[from, to] or [day], …], workdays: [[from, to] or [day], …] }`, every date in `year`
    /// (both lists of date ranges, so every row has one type and a local pack's rows merge with these).
    static func decode(_ row: Value, year: Int) throws -> Year {
        guard case .table(let fields) = row, let holidays = fields["holidays"]?.list, let workdays = fields["workdays"]?.list,
              fields.count == 2 else {
            throw EvaluationError.calendarRow(year, LocalizedText(zh: "应为 { holidays: [...], workdays: [...] }", en: "expected { holidays: [...], workdays: [...] }"))
        }
        var out = Year()
        for (list, isHoliday) in [(holidays, true), (workdays, false)] {
            for item in list {
                let ends = item.list ?? [item]
                guard (1...2).contains(ends.count), let from = ends.first?.date, let to = ends.last?.date, from <= to,
                      from.year == year, to.year == year else {
                    throw EvaluationError.calendarRow(year, LocalizedText(
                        zh: "\(isHoliday ? "放假" : "调休上班")日期 \(ValueFormat.text(item, .zh)) 应为本年内的 [某日] 或 [起, 止]",
                        en: "\(isHoliday ? "holiday" : "workday") \(ValueFormat.text(item, .en)) should be [day] or [from, to] within the year"))
                }
                for k in from.dayNumber...to.dayNumber {
                    if isHoliday {
                        out.holidays.insert(k)
                    } else {
                        guard !out.holidays.contains(k) else {
                            throw EvaluationError.calendarRow(year, LocalizedText(
                                zh: "\(LocalDate(dayNumber: k)) 同时列为放假和调休上班", en: "\(LocalDate(dayNumber: k)) is listed as both a holiday and a workday"))
                        }
                        out.workdays.insert(k)
                    }
                }
            }
        }
        return out
    }
}
