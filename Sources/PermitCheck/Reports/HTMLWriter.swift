/// One self-contained HTML page for the whole audit: a summary with inline
/// SVG bar charts, the input errors, filters and an index by rule and by
/// enterprise (`HTMLWriter+Index.swift`), then a section per enterprise (by
/// credit code, in the order they first appear) with every finding.
///
/// No external assets, no scripts, no date: the same audit gives the same
/// bytes, and the file can be mailed or archived as it is. Each filing is
/// rendered in `add` (exceedance charts included, computed from the filing
/// there), so the writer keeps HTML strings, never filings.
public struct HTMLWriter: ReportWriter {
    /// Language of messages and labels.
    public var language: Language
    let pack: CompiledPack
    private let title: String
    /// Credit codes in order of first appearance.
    private var order: [String] = []
    private var names: [String: String] = [:]
    /// Rendered filing blocks by credit code.
    private var sections: [String: [String]] = [:]
    private var inputErrors: [String] = []
    /// Enterprises (credit codes) with findings of each rule, for the rule index.
    private var enterprisesByRule: [String: Set<String>] = [:]
    /// Exceedance charts still to draw: a bound on the page's size (and the
    /// writer's memory) in audits of thousands of filings.
    private var chartsLeft: Int

    /// - Parameters:
    ///   - title: the page title; a bilingual default when `nil`.
    ///   - maxCharts: at most this many exceedance charts (the first ones, in input order).
    public init(pack: CompiledPack, language: Language, title: String? = nil, maxCharts: Int = 300) {
        self.pack = pack; self.language = language
        self.title = title ?? ReportLabel.title.text(language)
        self.chartsLeft = maxCharts
    }

    /// Renders the item and keeps the HTML; writes nothing yet (the summary comes first).
    public mutating func add(_ item: AuditItem) -> String {
        switch item {
        case .checked(let filing, let report, _):
            let uscc = filing.enterprise.uscc
            if sections[uscc] == nil { order.append(uscc); names[uscc] = filing.enterprise.name }
            sections[uscc, default: []].append(filingBlock(filing, report, charts: &chartsLeft))
            for f in report.findings { enterprisesByRule[f.rule, default: []].insert(uscc) }
        case .inputError(let record):
            inputErrors.append(inputErrorBlock(record))
        }
        return ""
    }

    /// The whole page.
    public mutating func finish(_ summary: AuditSummary) -> String {
        let l = language
        var html = "<!DOCTYPE html>\n<html lang=\"\(l == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let filters = filterControls(summary)
        html += "<title>\(Markup.escape(title))</title>\n<style>\(HTMLStyle.css)\(filters.css)</style>\n</head>\n<body>\n"
        html += "<header><h1>\(Markup.escape(title))</h1>\n<p class=\"meta\">\(ReportLabel.pack.text(l)): <code>\(Markup.escape(pack.reference))</code>"
        html += " · \(Markup.escape(pack.contentHash)) · \(ReportLabel.engine.text(l)): permitcheck \(PermitCheckVersion.engine)</p></header>\n"
        html += registryNoticeSection(summary)
        html += summarySection(summary)
        html += inputErrorSection(inputErrors)
        html += filters.inputs + filterBar(summary)
        html += "<nav>\n" + ruleIndex(summary, enterprisesByRule: enterprisesByRule) + enterpriseIndex(summary, order: order, names: names)
        html += "</nav>\n<main>\n"
        for uscc in order {
            let tally = summary.enterprises[uscc]
            html += "<section class=\"enterprise\" id=\"\(anchor(uscc))\">\n<h2>\(Markup.escape(names[uscc] ?? uscc))</h2>\n"
            html += "<p class=\"meta\">\(ReportLabel.creditCode.text(l)): <code>\(Markup.escape(uscc))</code> · "
            html += "\(ReportLabel.filings.text(l)): \(tally?.filings ?? 0) · \(ReportLabel.findings.text(l)): "
            html += Markup.escape(ReportText.severities(tally?.bySeverity ?? [:], l)) + "</p>\n"
            html += (sections[uscc] ?? []).joined() + "</section>\n"
        }
        return html + "</main>\n" + fontNote() + "</body>\n</html>\n"
    }

    /// Both languages, since the reader who needs it may not read the page's.
    func fontNote() -> String {
        "<footer class=\"meta\"><p>\(Markup.escape(ReportLabel.cjkFont.text(language)))</p>"
            + "<p class=\"alt\">\(Markup.escape(ReportLabel.cjkFont.text(ReportLabel.other(language))))</p></footer>\n"
    }

    /// A fragment id from a credit code (which may hold anything when malformed).
    func anchor(_ uscc: String) -> String {
        "e-" + Self.token(uscc)
    }
}
