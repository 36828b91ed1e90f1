/// The HTML report's summary: totals and three bar charts (by severity, by
/// family, by enterprise — most serious first, stacked by severity).
extension HTMLWriter {
    func summarySection(_ s: AuditSummary) -> String {
        let l = language
        var html = "<section class=\"summary\">\n<h2>\(ReportLabel.summary.text(l))</h2>\n<dl class=\"totals\">"
        for (label, n) in [(ReportLabel.filings, s.filings), (ReportLabel.findings, s.findings),
                           (ReportLabel.inputErrors, s.inputErrors), (ReportLabel.evaluationErrors, s.evaluationErrors)] {
            html += "<div><dt>\(label.text(l))</dt><dd>\(n)</dd></div>"
        }
        html += "</dl>\n<div class=\"charts\">\n"
        let empty = ReportLabel.noFindings.text(l)
        let severityBars = Severity.allCases.map { sev in
            let n = Double(s.findingsBySeverity[sev] ?? 0)
            return SVGBarChart.Bar(label: ReportLabel.severity(sev).text(l),
                                   segments: [.init(value: n, color: HTMLStyle.colour(sev), label: "\(sev.rawValue) \(Int(n))")])
        }
        html += SVGBarChart(title: ReportLabel.bySeverity.text(l), bars: s.findings == 0 ? [] : severityBars, emptyText: empty).render() + "\n"
        let families = s.findingsByFamily.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let familyBars = families.map { family in
            SVGBarChart.Bar(label: EvidenceLabels.family(family.key).text(l), segments: [.init(value: Double(family.value), color: HTMLStyle.neutral, label: "\(family.key) \(family.value)")])
        }
        html += SVGBarChart(title: ReportLabel.byFamily.text(l), bars: familyBars, emptyText: empty).render() + "\n"
        let enterpriseBars = s.worstEnterprises(s.enterprises.count).map { entry in
            SVGBarChart.Bar(label: entry.tally.name, segments: Severity.allCases.map { sev in
                let n = entry.tally.bySeverity[sev] ?? 0
                return .init(value: Double(n), color: HTMLStyle.colour(sev), label: "\(entry.tally.name) \(entry.uscc): \(sev.rawValue) \(n)")
            })
        }
        html += SVGBarChart(title: ReportLabel.byEnterprise.text(l), bars: enterpriseBars, emptyText: empty).render() + "\n"
        return html + "</div>\n</section>\n"
    }
}
