/// Record types the domain library returns (day means, month shares, runs):
/// each declared once, giving the checker its fields and the runtime its layout.
enum DomainRecords {
    static let dayMean = RecordType("DayMean", "a calendar day's mean of valid, corrected hours", [
        ("date", .date, "local calendar date"),
        ("mean", .number(nil), "mean of the day's valid corrected values, in the series' unit"),
        ("hours", .plain, "valid hours that day"),
    ])
    static let monthShare = RecordType("MonthShare", "a calendar month's share of valid hours at or under a limit", [
        ("month", .string, "YYYY-MM"),
        ("valid", .plain, "valid hours in the month"),
        ("passing", .plain, "valid hours at or under the limit"),
        ("share", .plain, "passing ÷ valid"),
        ("pollutant", .optional(.string), "pollutant of the hours"),
    ])
    static let run = RecordType("Run", "a run of consecutive identical valid values", [
        ("hours", .plain, "length of the run"),
        ("value", .number(nil), "the repeated value, in the series' unit"),
        ("from", .time, "start of the run"),
        ("to", .time, "start of the run's last element"),
    ])

    static func types() -> [Schema.ObjectType] { [dayMean.object, monthShare.object, run.object] + duties.map(\.object) }
}

/// A computed record type: its schema object type (for the checker) and its
/// layout (for values at run time), from one list of fields.
struct RecordType: Sendable {
    let object: Schema.ObjectType
    let layout: RecordLayout

    init(_ name: String, _ doc: String, _ fields: [(String, ValueType, String)]) {
        object = Schema.ObjectType(name: name, doc: doc, fields: fields.enumerated().map { i, f in
            (f.0, Schema.Field(type: f.1, doc: f.2, access: .record(i), origin: .derived))
        })
        layout = RecordLayout(type: name, names: fields.map(\.0))
    }
}

extension Value {
    /// A computed record of `type` with its fields in the type's order.
    static func record(_ type: RecordType, _ fields: [Value]) -> Value { .record(Record(layout: type.layout, fields: fields)) }
}
