/// One pretty JSON document for the whole audit:
/// `{ "pack", "engine", "reports": [Report.json…], "inputErrors": [...], "summary" }`.
/// It needs the whole audit before it can be written, so it keeps each
/// report's JSON (never the filings) until `finish`.
public struct ReportJSONWriter: ReportWriter {
    private let pack: JSONValue
    private var reports: [JSONValue] = []
    private var inputErrors: [JSONValue] = []

    /// A writer naming `pack` in the document.
    public init(pack: CompiledPack) {
        self.pack = .object([
            "name": .string(pack.name), "version": .string(pack.version),
            "reference": .string(pack.reference), "contentHash": .string(pack.contentHash),
        ])
    }

    /// Keeps the item's JSON; writes nothing yet.
    public mutating func add(_ item: AuditItem) -> String {
        switch item {
        case .checked(_, let report, _): reports.append(report.json)
        case .inputError(let record): inputErrors.append(record.json)
        }
        return ""
    }

    /// The whole document, with a final newline.
    public mutating func finish(_ summary: AuditSummary) -> String {
        let document: JSONValue = .object([
            "pack": pack, "engine": .string(PermitCheckVersion.engine), "reports": .array(reports),
            "inputErrors": .array(inputErrors), "summary": summary.json,
        ])
        return JSONWriter(pretty: true).string(document) + "\n"
    }
}
