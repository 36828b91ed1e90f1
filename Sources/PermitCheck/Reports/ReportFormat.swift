/// The report formats, listed once. The CLI's `--format` values and help,
/// the service's `format=` values and the `format` enum of `openapi.json`
/// all come from this list (a test checks that they agree); a new format is
/// a ``ReportWriter`` in a file of its own and one case here.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, sarif, csv, junit, html

    /// Whether the format shows where each finding's subject is in the
    /// filing's text (SARIF regions), so the checker should find out.
    public var showsPositions: Bool { self == .sarif }

    /// One line for help texts, in both languages.
    public var summary: String {
        switch self {
        case .text: return "for a terminal 终端文本"
        case .json: return "one JSON document 单个 JSON 文档"
        case .jsonl: return "JSON Lines, one finding per line, streamed 每行一条"
        case .sarif: return "SARIF 2.1.0"
        case .csv: return "CSV (RFC 4180), a row per finding 表格"
        case .junit: return "JUnit XML, a suite per filing"
        case .html: return "one self-contained HTML page 网页报告"
        }
    }

    /// `Content-Type` of a report in this format.
    public var mediaType: String {
        switch self {
        case .text: return "text/plain; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        case .jsonl: return "application/x-ndjson; charset=utf-8"
        case .sarif: return "application/sarif+json"
        case .csv: return "text/csv; charset=utf-8; header=present"
        case .junit: return "application/xml; charset=utf-8"
        case .html: return "text/html; charset=utf-8"
        }
    }

    /// A writer of this format for `pack`'s findings, with messages in
    /// `language`; `color` is for `text` on a terminal only; `filingRecords`
    /// adds a record per checked filing to `jsonl` (``FilingRecord``);
    /// `byteOrderMark` starts `csv` with U+FEFF, for Excel.
    public func writer(pack: CompiledPack, language: Language, color: Bool = false, filingRecords: Bool = false,
                       byteOrderMark: Bool = true) -> any ReportWriter {
        switch self {
        case .text: return TextWriter(language: language, color: color)
        case .json: return ReportJSONWriter(pack: pack)
        case .jsonl: return JSONLinesWriter(filingRecords: filingRecords)
        case .sarif: return SARIFWriter(pack: pack, language: language)
        case .csv: return CSVWriter(pack: pack, language: language, byteOrderMark: byteOrderMark)
        case .junit: return JUnitWriter(pack: pack, language: language)
        case .html: return HTMLWriter(pack: pack, language: language)
        }
    }
}
