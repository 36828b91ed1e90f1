/// One self-contained HTML page for the whole audit: a summary with inline
/// SVG bar charts, a section per enterprise (by credit code, in the order
/// they first appear) with every finding, and the input errors.
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
        html += "<title>\(Markup.escape(title))</title>\n<style>\(HTMLStyle.css)</style>\n</head>\n<body>\n"
        html += "<header><h1>\(Markup.escape(title))</h1>\n<p class=\"meta\">\(ReportLabel.pack.text(l)): <code>\(Markup.escape(pack.reference))</code>"
        html += " · \(Markup.escape(pack.contentHash)) · \(ReportLabel.engine.text(l)): permitcheck \(PermitCheckVersion.engine)</p></header>\n"
        html += registryNoticeSection(summary)
        html += summarySection(summary)
        html += "<nav><h2>\(ReportLabel.enterprises.text(l))</h2><ol>"
        for uscc in order {
            html += "<li><a href=\"#\(anchor(uscc))\">\(Markup.escape(names[uscc] ?? uscc))</a> <code>\(Markup.escape(uscc))</code></li>"
        }
        html += "</ol></nav>\n<main>\n"
        for uscc in order {
            let tally = summary.enterprises[uscc]
            html += "<section class=\"enterprise\" id=\"\(anchor(uscc))\">\n<h2>\(Markup.escape(names[uscc] ?? uscc))</h2>\n"
            html += "<p class=\"meta\">\(ReportLabel.creditCode.text(l)): <code>\(Markup.escape(uscc))</code> · "
            html += "\(ReportLabel.filings.text(l)): \(tally?.filings ?? 0) · \(ReportLabel.findings.text(l)): "
            html += Markup.escape(ReportText.severities(tally?.bySeverity ?? [:], l)) + "</p>\n"
            html += (sections[uscc] ?? []).joined() + "</section>\n"
        }
        if !inputErrors.isEmpty {
            html += "<section class=\"input-errors\" id=\"input-errors\">\n<h2>\(ReportLabel.inputErrors.text(l)) (\(inputErrors.count))</h2>\n"
            html += inputErrors.joined() + "</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// A fragment id from a credit code (which may hold anything when malformed).
    func anchor(_ uscc: String) -> String {
        "e-" + String(uscc.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "_" })
    }
}
