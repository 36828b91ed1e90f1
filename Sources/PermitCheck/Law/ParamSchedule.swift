/// A parameter's values over time (rules-catalog, "Effective-dated
/// parameters"): a scalar has exactly one value in force on any date; a
/// table has at most one row per key in force on any date.
///
/// Only parameters with more than one value, or with a dated row, have a
/// schedule; the others stay plain constants and cost nothing at run time.
struct ParamSchedule: Sendable {
    struct Entry: Sendable {
        /// The row's key (tables only).
        var key: String?
        var range: DateRange
        var value: Value
    }

    let entries: [Entry]
    let isTable: Bool

    /// The value in force on `date`: the scalar, or the table of rows in force
    /// (`null` when no scalar value is in force).
    func value(on date: LocalDate) -> Value {
        if isTable {
            var rows: [String: Value] = [:]
            for e in entries where e.range.contains(date) { if let k = e.key { rows[k] = e.value } }
            return .table(rows)
        }
        return entries.first { $0.range.contains(date) }?.value ?? .null
    }

    /// The one value in force on every date of `from…to`, or `nil` when it
    /// changes inside the range (a scalar's value, or some key's row).
    func uniformValue(from: LocalDate, to: LocalDate) -> Value? {
        let inForce = entries.filter { $0.range.overlaps(from: from, to: to) }
        if isTable {
            var rows: [String: Value] = [:]
            for e in inForce {
                guard let k = e.key else { continue }
                if let seen = rows[k], !Equality.equal(seen, e.value) { return nil }
                // A row that starts or ends inside the range is a change too.
                if !(e.range.contains(from) && e.range.contains(to)) { return nil }
                rows[k] = e.value
            }
            return .table(rows)
        }
        guard let first = inForce.first else { return .null }
        return inForce.allSatisfy({ Equality.equal($0.value, first.value) }) ? first.value : nil
    }
}
