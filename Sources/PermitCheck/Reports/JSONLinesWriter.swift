/// JSON Lines: one record per finding (`Finding.json`) and one per input
/// error (`InputErrorRecord.json`), written as they come, so a batch of any
/// size streams with constant memory and a consumer can start at once.
/// With `filingRecords`, each checked filing also ends with one
/// ``FilingRecord``, so a filter can count every filing, clean ones too.
public struct JSONLinesWriter: ReportWriter {
    /// Whether each checked filing ends with its `filing` record.
    public var filingRecords: Bool

    public init(filingRecords: Bool = false) { self.filingRecords = filingRecords }

    /// One line per finding (and the filing's record), or one line for an input error.
    public mutating func add(_ item: AuditItem) -> String {
        let writer = JSONWriter()
        switch item {
        case .checked(_, let report, let source):
            var out = report.findings.map { writer.string($0.json) + "\n" }.joined()
            if filingRecords { out += writer.string(FilingRecord(report: report, source: source).json) + "\n" }
            return out
        case .inputError(let record): return writer.string(record.json) + "\n"
        }
    }

    /// Nothing: every record was written by `add`.
    public mutating func finish(_ summary: AuditSummary) -> String { "" }
}
