/// Turns checked items into one output format. Items arrive in input order;
/// `add` returns what can be written at once (streaming formats write as they
/// go), `finish` returns the rest (documents that need the whole audit).
public protocol ReportWriter {
    mutating func add(_ item: AuditItem) -> String
    mutating func finish(_ summary: AuditSummary) -> String
}
