/// JSON Lines: one record per finding (`Finding.json`) and one per input
/// error (`InputErrorRecord.json`), written as they come, so a batch of any
/// size streams with constant memory and a consumer can start at once.
public struct JSONLinesWriter: ReportWriter {
    /// A writer; JSON Lines needs no options.
    public init() {}

    /// One line per finding, or one line for an input error.
    public mutating func add(_ item: AuditItem) -> String {
        let writer = JSONWriter()
        switch item {
        case .checked(_, let report, _): return report.findings.map { writer.string($0.json) + "\n" }.joined()
        case .inputError(let record): return writer.string(record.json) + "\n"
        }
    }

    /// Nothing: every record was written by `add`.
    public mutating func finish(_ summary: AuditSummary) -> String { "" }
}
