/// The HTML report's body: a filing's findings and evaluation errors, and an
/// unreadable filing's problems. Every text from a filing or a pack is escaped.
extension HTMLWriter {
    func filingBlock(_ filing: Filing, _ report: Report, charts: inout Int) -> String {
        let l = language
        var html = "<div class=\"filing\">\n<h3><code>\(Markup.escape(report.filing))</code> "
        html += "<span class=\"meta\">\(ReportLabel.period.text(l)) \(filing.period.from) – \(filing.period.to) · "
        html += ReportLabel.findingCount(report.findings.count).text(l) + "</span></h3>\n"
        if report.findings.isEmpty && report.failures.isEmpty {
            html += "<p class=\"ok\">\(ReportLabel.noFindings.text(l))</p>\n"
        }
        for f in report.findings { html += article(f, filing, charts: &charts) }
        for e in report.failures {
            html += "<div class=\"failure\"><span class=\"badge error\">\(ReportLabel.evaluationError.text(l))</span> "
            html += "<code>\(Markup.escape(e.rule))</code> <code>\(Markup.escape(e.subject ?? ""))</code>"
            html += "<p>\(Markup.escape(e.message.text(l)))</p><p class=\"alt\">\(Markup.escape(e.message.text(ReportLabel.other(l))))</p></div>\n"
        }
        return html + "</div>\n"
    }

    private func article(_ f: Finding, _ filing: Filing, charts: inout Int) -> String {
        let l = language, other = ReportLabel.other(l)
        let title = pack.rule(f.rule)?.title.text(l) ?? ""
        var html = "<article class=\"finding \(f.severity.rawValue) \(Self.filterClasses(f))\">\n<h4><span class=\"badge \(f.severity.rawValue)\">"
        html += "\(ReportLabel.severity(f.severity).text(l))</span> <code>\(Markup.escape(f.rule))</code> \(Markup.escape(title))</h4>\n"
        html += "<p class=\"subject\">\(ReportLabel.subject.text(l)): <code>\(Markup.escape(f.subject))</code> · <span class=\"family\">"
        html += "\(Markup.escape(EvidenceLabels.family(f.family).text(l)))</span></p>\n"
        html += "<p class=\"message\" title=\"\(Markup.escape(f.message.text(other)))\">\(Markup.escape(f.message.text(l)))</p>\n"
        html += "<p class=\"alt\" lang=\"\(other == .zh ? "zh-CN" : "en")\">\(Markup.escape(f.message.text(other)))</p>\n"
        if charts > 0, let chart = ExceedanceChart.svg(for: f, in: filing, pack: pack, language: l) {
            charts -= 1
            html += "<figure>\(chart)</figure>\n"
        }
        if f.evidence.count > 0 { html += evidenceTable(f) }
        html += "<p class=\"acts\">\(ReportLabel.acts.text(l)): \(f.acts.from)\(f.acts.to == f.acts.from ? "" : " – \(f.acts.to)")</p>\n"
        if !f.basis.isEmpty {
            html += "<div class=\"basis\">\(ReportLabel.basis.text(l)):<ul>"
            html += f.basis.map { "<li>\(Markup.escape($0.display(l)))</li>" }.joined() + "</ul></div>\n"
        }
        return html + "<p class=\"fingerprint\">\(ReportLabel.fingerprint.text(l)): <code>\(Markup.escape(f.fingerprint))</code></p>\n</article>\n"
    }

    func inputErrorBlock(_ record: InputErrorRecord) -> String {
        let l = language
        var html = "<div class=\"input-error\"><h3><code>\(Markup.escape(ReportText.place(record)))</code>"
        if let filing = record.filing { html += " <code>\(Markup.escape(filing))</code>" }
        html += "</h3>\n<ul>"
        for p in record.problems {
            let r = p.rendering(l)
            html += "<li class=\"\(p.severity.rawValue)\"><code>\(r.position)</code> <code>\(Markup.escape(r.severity))[\(Markup.escape(r.code))]</code> "
            html += "<code>\(Markup.escape(r.pointer))</code>: \(Markup.escape(r.message))</li>"
        }
        return html + "</ul></div>\n"
    }

    /// The evidence for people (``EvidenceFormat``): labels in the report's
    /// language, values rounded with units (the exact values are in JSON).
    func evidenceTable(_ f: Finding) -> String {
        var html = "<table class=\"evidence\"><caption>\(ReportLabel.evidence.text(language))</caption>"
        for row in EvidenceFormat.rows(f, language) {
            html += "<tr><th>\(Markup.escape(row.label))</th><td>\(Markup.escape(row.value))</td></tr>"
        }
        return html + "</table>\n"
    }
}
