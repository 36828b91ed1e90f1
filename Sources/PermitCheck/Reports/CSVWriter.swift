/// RFC 4180 CSV for spreadsheets: UTF-8, a header row, one row per finding.
///
/// Lines end in CRLF, as RFC 4180 specifies (spreadsheets and RFC parsers
/// both accept it); a field is quoted when it holds `,`, `"`, CR or LF, with
/// `"` doubled. Input errors become one row per error problem with rule
/// `input-error` and severity `error`; evaluation errors one row with the
/// rule's id and severity `evaluation-error`, so no filing is lost silently.
/// `byteOrderMark` (on by default) prefixes U+FEFF, without which Excel reads
/// UTF-8 as the local code page and Chinese comes out garbled.
///
/// After the first thirteen columns (kept in place for tools that read them by
/// position) come the enterprise's name and the filing's period, then the
/// common evidence keys as columns of their own (``evidenceColumns``,
/// `evidence_hours`, `evidence_max`, …: exact values, empty when the finding
/// has no such key), so a spreadsheet can sort and filter on them; the whole
/// evidence stays in `evidence` as JSON.
public struct CSVWriter: ReportWriter {
    /// The evidence keys that get a column of their own: those most rules of the bundled packs report.
    public static let evidenceColumns = ["hours", "days", "max", "limit", "unit", "share", "first", "from", "to",
                                         "outlet", "pollutant", "manifest", "code", "reason", "missing"]

    /// The header row's fields, in order.
    public static let columns = ["filing", "enterprise", "rule", "severity", "family", "subject", "message",
                                 "evidence", "acts_from", "acts_to", "basis", "fingerprint", "pack",
                                 "enterprise_name", "period_from", "period_to"] + evidenceColumns.map { "evidence_\($0)" }

    /// Language of messages and labels.
    public var language: Language
    private let pack: String
    private var started = false
    private let byteOrderMark: Bool

    /// - Parameter byteOrderMark: start with U+FEFF (for Excel; `--no-bom` turns it off).
    public init(pack: CompiledPack, language: Language, byteOrderMark: Bool = true) {
        self.pack = pack.reference; self.language = language; self.byteOrderMark = byteOrderMark
    }

    /// The header (first call only), then the item's rows.
    public mutating func add(_ item: AuditItem) -> String {
        var out = header()
        switch item {
        case .checked(let filing, let report, _):
            let about = [filing.enterprise.name, filing.period.from.description, filing.period.to.description]
            for f in report.findings {
                out += Self.row([f.filing, f.enterprise, f.rule, f.severity.rawValue, f.family, f.subject,
                                 f.message.text(language), ReportText.evidence(f.evidence),
                                 f.acts.from.description, f.acts.to.description, ReportText.basis(f.basis),
                                 f.fingerprint, f.pack] + about + Self.evidenceCells(f.evidence))
            }
            for e in report.failures {
                out += Self.row([e.filing, report.enterprise, e.rule, "evaluation-error", "", e.subject ?? "",
                                 e.message.text(language), "{}", "", "", "[]", "", report.pack] + about + Self.evidenceCells([:]))
            }
        case .inputError(let record):
            for p in record.problems where p.severity == .error {
                var evidence = JSONObject()
                evidence["source"] = .string(record.source)
                evidence["line"] = .number(Double(ReportText.fileLine(p, in: record)))
                evidence["column"] = .number(Double(p.column))
                evidence["code"] = .string(p.code)
                out += Self.row([record.filing ?? "", "", "input-error", "error", "", p.pointer, p.message.text(language),
                                 ReportText.evidence(evidence), "", "", "[]", "", pack, "", "", ""] + Self.evidenceCells([:]))
            }
        }
        return out
    }

    /// The header when nothing was added (an empty audit still has columns).
    public mutating func finish(_ summary: AuditSummary) -> String { header() }

    private mutating func header() -> String {
        guard !started else { return "" }
        started = true
        return (byteOrderMark ? "\u{FEFF}" : "") + Self.row(Self.columns)
    }

    /// The ``evidenceColumns`` cells: numbers exact, strings as they are, lists joined by `; `.
    static func evidenceCells(_ evidence: JSONObject) -> [String] {
        func cell(_ v: JSONValue) -> String {
            switch v {
            case .null: return ""
            case .string(let s): return s
            case .number(let x): return NumberFormat.plain(x)
            case .bool(let b): return b ? "true" : "false"
            case .array(let items): return items.map(cell).joined(separator: "; ")
            case .object: return JSONWriter().string(v)
            }
        }
        return evidenceColumns.map { evidence[$0].map(cell) ?? "" }
    }

    /// One record, CRLF-terminated.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it must be.
    static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        var out = "\""
        for ch in text.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        return out + "\""
    }
}
