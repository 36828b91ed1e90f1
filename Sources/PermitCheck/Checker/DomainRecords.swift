/// Record types the domain library returns (day means, month shares, runs).
enum DomainRecords {
    static func types() -> [Schema.ObjectType] {
        [
            SchemaBuild.record("DayMean", "a calendar day's mean of valid, corrected hours", [
                ("date", .date, "local calendar date"),
                ("mean", .number(nil), "mean of the day's valid corrected values, in the series' unit"),
                ("hours", .plain, "valid hours that day"),
            ]),
            SchemaBuild.record("MonthShare", "a calendar month's share of valid hours at or under a limit", [
                ("month", .string, "YYYY-MM"),
                ("valid", .plain, "valid hours in the month"),
                ("passing", .plain, "valid hours at or under the limit"),
                ("share", .plain, "passing ÷ valid"),
                ("pollutant", .optional(.string), "pollutant of the hours"),
            ]),
            SchemaBuild.record("Run", "a run of consecutive identical valid values", [
                ("hours", .plain, "length of the run"),
                ("value", .number(nil), "the repeated value, in the series' unit"),
                ("from", .time, "start of the run"),
            ]),
        ]
    }
}
