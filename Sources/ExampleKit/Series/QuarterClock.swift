/// Hours and times of the six original examples' period, 2025-07-01 …
/// 2025-09-30 (92 days, 2,208 hours): ``ReportingPeriod/q3_2025`` by name,
/// because most archetypes and the scaled batches live in that quarter.
public enum QuarterClock {
    static let period = ReportingPeriod.q3_2025
    public static var periodFrom: String { period.from }
    public static var periodTo: String { period.to }
    public static var seriesStart: String { period.seriesStart }
    public static var days: Int { period.days }
    public static var hours: Int { period.hours }

    public static func day(_ month: Int, _ day: Int) -> Int { period.day(month, day) }
    public static func hour(_ month: Int, _ day: Int, _ hour: Int) -> Int { period.hour(month, day, hour) }
    public static func hours(from start: (Int, Int, Int), to end: (Int, Int, Int)) -> Range<Int> { period.hours(from: start, to: end) }
    public static func time(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> String { period.time(month, day, hour, minute) }
}
