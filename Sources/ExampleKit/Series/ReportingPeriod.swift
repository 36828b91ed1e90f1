/// A reporting period of whole calendar months within one year, in China
/// Standard Time (+08:00): where the examples place events by local time
/// ("14 August, 09:00") and what their filings' `period` says.
///
/// Calendar arithmetic is done by hand for the months of one year, so nothing
/// depends on the host's time zone.
public struct ReportingPeriod: Sendable {
    public let year: Int
    public let firstMonth: Int
    public let months: Int

    /// 2025 Q3, the period of the six original examples.
    public static let q3_2025 = ReportingPeriod(year: 2025, firstMonth: 7, months: 3)
    /// 2026 Q3: straddles 2026-08-15, when the 生态环境法典 came into force.
    public static let q3_2026 = ReportingPeriod(year: 2026, firstMonth: 7, months: 3)
    /// October 2026, wholly after 2026-08-15 (a monthly report).
    public static let october2026 = ReportingPeriod(year: 2026, firstMonth: 10, months: 1)

    public init(year: Int, firstMonth: Int, months: Int) {
        self.year = year; self.firstMonth = firstMonth; self.months = max(1, min(months, 13 - firstMonth))
    }

    var lastMonth: Int { firstMonth + months - 1 }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var days: Int { (firstMonth...lastMonth).reduce(0) { $0 + Self.daysIn(year, $1) } }
    public var hours: Int { days * 24 }
    public var from: String { "\(year)-\(two(firstMonth))-01" }
    public var to: String { "\(year)-\(two(lastMonth))-\(two(Self.daysIn(year, lastMonth)))" }
    public var seriesStart: String { "\(from)T00:00:00+08:00" }

    /// Index of the day (0-based) of a date of the period's months.
    public func day(_ month: Int, _ day: Int) -> Int {
        (firstMonth..<max(firstMonth, month)).reduce(0) { $0 + Self.daysIn(year, $1) } + day - 1
    }

    /// Index of the hour starting at `month`-`day` `hour`:00 local time.
    public func hour(_ month: Int, _ day: Int, _ hour: Int) -> Int { self.day(month, day) * 24 + hour }

    /// Hour indices from one local time up to (not including) another.
    public func hours(from start: (Int, Int, Int), to end: (Int, Int, Int)) -> Range<Int> {
        hour(start.0, start.1, start.2)..<hour(end.0, end.1, end.2)
    }

    /// `YYYY-MM-DDTHH:MM:00+08:00` in the period's year.
    public func time(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> String {
        "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):00+08:00"
    }

    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
