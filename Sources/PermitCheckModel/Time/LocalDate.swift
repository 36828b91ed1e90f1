/// A calendar date with no time zone (`2025-07-01`), as days since 1970-01-01.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// A date from its parts, or `nil` when the day does not exist in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysIn(year: year, month: month) else {
            return nil
        }
        dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD`; rejects impossible dates such as `2025-02-30`.
    public init?<C: Collection>(utf8 bytes: C) where C.Element == UInt8 {
        guard bytes.count == 10 else { return nil }
        let s = bytes.startIndex
        guard let y = asciiDigits(bytes, s, count: 4),
              bytes[bytes.index(s, offsetBy: 4)] == UInt8(ascii: "-"),
              let m = asciiDigits(bytes, bytes.index(s, offsetBy: 5), count: 2),
              bytes[bytes.index(s, offsetBy: 7)] == UInt8(ascii: "-"),
              let d = asciiDigits(bytes, bytes.index(s, offsetBy: 8), count: 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) { self.init(utf8: Array(text.utf8)) }

    public var year: Int { CivilCalendar.civil(dayNumber).year }
    public var month: Int { CivilCalendar.civil(dayNumber).month }
    public var day: Int { CivilCalendar.civil(dayNumber).day }

    /// Months since year 0, a key for grouping by calendar month.
    public var monthIndex: Int {
        let c = CivilCalendar.civil(dayNumber)
        return c.year * 12 + (c.month - 1)
    }

    /// `YYYY-MM` of this date.
    public var monthText: String {
        let c = CivilCalendar.civil(dayNumber)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))"
    }

    /// Number of days in this date's year.
    public var daysInYear: Int { CivilCalendar.isLeap(year) ? 366 : 365 }

    /// The date `days` later.
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// The same day `months` later, clamped to the month's last day
    /// (2025-01-31 + 1 month = 2025-02-28).
    public func adding(months: Int) -> LocalDate {
        let c = CivilCalendar.civil(dayNumber)
        let total = c.year * 12 + (c.month - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(c.day, CivilCalendar.daysIn(year: year, month: month))
        return LocalDate(dayNumber: CivilCalendar.dayNumber(year: year, month: month, day: day))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    public var description: String {
        let c = CivilCalendar.civil(dayNumber)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }
}

/// `value` in decimal, zero-padded to `width` digits (negative numbers keep their sign).
@inline(__always)
package func pad(_ value: Int, _ width: Int) -> String {
    if value >= 0, value < 10, width == 2 { return "0" + String(value) }
    let text = String(abs(value))
    let padded = text.utf8.count >= width ? text : String(repeating: "0", count: width - text.utf8.count) + text
    return value < 0 ? "-" + padded : padded
}
