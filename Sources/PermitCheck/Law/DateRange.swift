/// An inclusive range of dates, either end open: a document's force, a
/// parameter value's or a table row's validity.
struct DateRange: Sendable, Hashable, CustomStringConvertible {
    var from: LocalDate?
    var until: LocalDate?

    static let always = DateRange(from: nil, until: nil)

    func contains(_ date: LocalDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }

    /// Whether some date lies in both ranges.
    func overlaps(_ other: DateRange) -> Bool {
        let start = max(from?.dayNumber ?? Int.min, other.from?.dayNumber ?? Int.min)
        let end = min(until?.dayNumber ?? Int.max, other.until?.dayNumber ?? Int.max)
        return start <= end
    }

    /// Whether some date of `from…to` (inclusive) lies in the range.
    func overlaps(from start: LocalDate, to end: LocalDate) -> Bool {
        overlaps(DateRange(from: start, until: end))
    }

    /// `2018-10-26 – 2026-08-14`, `2026-08-15 –`, `– 2025-12-31`, `always`.
    var description: String {
        switch (from, until) {
        case (nil, nil): return "–"
        case (let f?, nil): return "\(f) –"
        case (nil, let u?): return "– \(u)"
        case (let f?, let u?): return "\(f) – \(u)"
        }
    }
}

/// A range of optional dates as documentation writes it.
public enum DateRangeText {
    /// `2018-10-26 – 2026-08-14`, `2026-08-15 –`, `– 2025-12-31`, `–`.
    public static func text(_ from: LocalDate?, _ until: LocalDate?) -> String {
        DateRange(from: from, until: until).description
    }
}
