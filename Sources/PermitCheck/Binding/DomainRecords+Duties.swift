/// Record types of catalog v2's monitoring-duty functions (cap account, outage
/// runs, stoppages, sampling windows): see `Domain/CapAccount.swift`,
/// `OutageLibrary.swift`, `StoppageLibrary.swift` and `WindowLibrary.swift`.
extension DomainRecords {
    static let capAccount = RecordType("CapAccount", "the period's mass account of one pollutant against an annual cap", [
        ("emitted", .number(.mass), "mass of the counted hours, in t (a lower bound when hours are missing)"),
        ("countedHours", .plain, "hours counted: flag in the counted flags, measured value and flow both present"),
        ("missingHours", .plain, "hours of the period with no counted value and no F flag (set, calibration or fault values, nulls, uncovered hours)"),
        ("missingShare", .optional(.plain), "missing ÷ (counted + missing); null when both are 0"),
        ("stoppedWithFlowHours", .plain, "hours flagged F (neither counted nor missing) with a flow above 0"),
        ("unmonitoredOutlets", .list(.string), "permit outlets with a limit on the pollutant and no series of it, in permit order"),
        ("crossing", .optional(.date), "local date of the counted hour that takes the running total over the cap"),
    ])
    static let outageRun = RecordType("OutageRun", "a run of consecutive outage hours on an outlet's pooled hourly timeline", [
        ("hours", .plain, "length of the run in hours"),
        ("from", .time, "start of its first hour, in the offset of the series holding it"),
        ("to", .time, "end of its last hour (the run is [from, to))"),
        ("flags", .list(.string), "the outage flags found in the run, in the order of the flags asked for"),
        ("series", .object("Series"), "the series holding its first hour (the first in filing order when several do)"),
        ("dates", .list(.date), "local dates of its hours"),
    ])
    static let manualCheck = RecordType("ManualCheck", "the manual samples of an outage run against the gap and per-day rules", [
        ("run", .object("OutageRun"), "the outage run"),
        ("samples", .plain, "manual samples of the outlet and pollutant taken in the run (equal sampledAt once)"),
        ("maxGapHours", .plain, "longest gap in hours: run start to first sample, sample to sample, last sample to run end"),
        ("shortDays", .list(.string), "dates (YYYY-MM-DD) wholly inside the run with fewer samples than the minimum"),
        ("fails", .optional(.bool), "a gap is too long or a day too short; null when manualSamples is not reported and the run is longer than the gap allowed"),
    ])
    static let stoppedMonth = RecordType("StoppedMonth", "a calendar month wholly inside the period whose every hour the outlet's series cover, all flagged F", [
        ("month", .string, "YYYY-MM"),
        ("from", .time, "start of the month, in the offset of the outlet's first series"),
        ("to", .time, "start of the next month"),
    ])
    static let stopContradiction = RecordType("StopContradiction", "hours of a stoppage's outlets flagged N with flow above 0", [
        ("hours", .plain, "such hours, each counted once per outlet (PT1H series only)"),
        ("outlets", .list(.string), "outlets with at least one such hour, in permit order"),
        ("first", .optional(.time), "start of the earliest such hour"),
        ("dates", .list(.date), "local dates of such hours"),
        ("observed", .plain, "elements of those outlets' PT1H series with a flow array that start in the stoppage"),
    ])
    static let sampleWindow = RecordType("SampleWindow", "one window of a manual monitoring frequency, wholly inside the period", [
        ("label", .string, "the window: 2025-08-14, 2025-W33 (ISO week), 2025-08, 2025-Q3, 2025-H2 or 2025"),
        ("from", .date, "first day"),
        ("to", .date, "last day"),
        ("samples", .optional(.plain), "manual samples of the item's outlet and pollutant whose local date is in the window (equal sampledAt once); null when manualSamples is not reported"),
        ("stopped", .bool, "a declared stoppage applying to the outlet covers the whole window"),
    ])

    static let duties: [RecordType] = [capAccount, outageRun, manualCheck, stoppedMonth, stopContradiction, sampleWindow]
}
