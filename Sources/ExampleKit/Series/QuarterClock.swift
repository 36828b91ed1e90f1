/// Hours and times of the example reporting period, 2025-07-01 … 2025-09-30
/// in China Standard Time (+08:00): 92 days, 2,208 hours.
///
/// Examples place injected events by local calendar time ("14 August,
/// 09:00"); this turns such a time into an index into the hourly arrays and
/// into the RFC 3339 text the filing carries. Calendar arithmetic is done by
/// hand for the one quarter, so nothing depends on the host's time zone.
public enum QuarterClock {
    public static let periodFrom = "2025-07-01"
    public static let periodTo = "2025-09-30"
    public static let seriesStart = "2025-07-01T00:00:00+08:00"
    public static let days = 92
    public static let hours = days * 24

    /// Days before the first of July, August, September.
    private static func dayOffset(month: Int) -> Int {
        switch month {
        case 8: return 31
        case 9: return 62
        default: return 0
        }
    }

    /// Index of the day (0-based) of a July–September date.
    public static func day(_ month: Int, _ day: Int) -> Int { dayOffset(month: month) + day - 1 }

    /// Index of the hour starting at `month`-`day` `hour`:00 local time.
    public static func hour(_ month: Int, _ day: Int, _ hour: Int) -> Int { self.day(month, day) * 24 + hour }

    /// Hour indices from one local time up to (not including) another.
    public static func hours(from start: (Int, Int, Int), to end: (Int, Int, Int)) -> Range<Int> {
        hour(start.0, start.1, start.2)..<hour(end.0, end.1, end.2)
    }

    /// `2025-MM-DDTHH:MM:00+08:00`.
    public static func time(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> String {
        "2025-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):00+08:00"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
