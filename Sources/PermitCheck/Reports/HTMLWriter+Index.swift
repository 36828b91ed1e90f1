/// The HTML report's way around a large audit: an index by rule and by
/// enterprise, and filters by severity, family and rule that work without a
/// script (radio buttons and generated CSS rules: one group each, so they
/// combine as AND), so the page stays one self-contained, script-free file.
///
/// Findings carry their filter keys as classes (`sev-high`, `fam-…`, `rule-…`);
/// a checked radio hides the findings without its class, and `:has()` hides the
/// filings and enterprises left with none.
extension HTMLWriter {
    /// A class or id fragment from any text: letters, digits and `-` kept, the rest `_`.
    static func token(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "_" })
    }

    /// The filter keys of a finding, as classes.
    static func filterClasses(_ f: Finding) -> String {
        "sev-\(f.severity.rawValue) fam-\(token(f.family)) rule-\(token(f.rule))"
    }

    /// The radios (which must precede `main` as siblings) and the CSS that makes them filter.
    func filterControls(_ summary: AuditSummary) -> (inputs: String, css: String) {
        let groups: [(name: String, values: [String])] = [
            ("sev", Severity.allCases.filter { (summary.findingsBySeverity[$0] ?? 0) > 0 }.map(\.rawValue)),
            ("fam", summary.findingsByFamily.keys.sorted()),
            ("rule", summary.outcomes.filter { $0.fired > 0 }.map(\.rule)),
        ]
        var inputs = "", css = ""
        for group in groups where !group.values.isEmpty {
            inputs += "<input type=\"radio\" class=\"filter\" name=\"\(group.name)\" id=\"\(group.name)-all\" checked>"
            for value in group.values {
                let id = "\(group.name)-\(Self.token(value))"
                inputs += "<input type=\"radio\" class=\"filter\" name=\"\(group.name)\" id=\"\(id)\">"
                css += "#\(id):checked~main .finding:not(.\(id)){display:none}"
                css += "#\(id):checked~main .filing:not(:has(.finding.\(id))),#\(id):checked~main .enterprise:not(:has(.finding.\(id))){display:none}"
                css += "#\(id):checked~.filterbar label[for=\(id)]{background:#1f2937;color:#fff}"
            }
            css += "#\(group.name)-all:checked~.filterbar label[for=\(group.name)-all]{background:#1f2937;color:#fff}"
        }
        return (inputs + "\n", css)
    }

    /// The bar of labels for the radios: severity, family, rule, each with counts.
    func filterBar(_ summary: AuditSummary) -> String {
        let l = language
        guard summary.findings > 0 else { return "" }
        var html = "<div class=\"filterbar\" role=\"group\" aria-label=\"\(IndexLabel.filter.text(l))\">"
        html += "<p><span class=\"muted\">\(ReportLabel.bySeverity.text(l))</span> <label for=\"sev-all\">\(IndexLabel.all.text(l))</label>"
        for s in Severity.allCases {
            guard let n = summary.findingsBySeverity[s], n > 0 else { continue }
            html += "<label for=\"sev-\(s.rawValue)\"><span class=\"badge \(s.rawValue)\">\(ReportLabel.severity(s).text(l))</span> \(n)</label>"
        }
        html += "</p><p><span class=\"muted\">\(ReportLabel.byFamily.text(l))</span> <label for=\"fam-all\">\(IndexLabel.all.text(l))</label>"
        for family in summary.findingsByFamily.keys.sorted() {
            html += "<label for=\"fam-\(Self.token(family))\">\(Markup.escape(EvidenceLabels.family(family).text(l))) \(summary.findingsByFamily[family] ?? 0)</label>"
        }
        html += "</p><p><span class=\"muted\">\(IndexLabel.byRule.text(l))</span> <label for=\"rule-all\">\(IndexLabel.all.text(l))</label>"
        for outcome in summary.outcomes where outcome.fired > 0 {
            html += "<label for=\"rule-\(Self.token(outcome.rule))\"><code class=\"id\">\(Markup.escape(outcome.rule))</code> \(outcome.fired)</label>"
        }
        return html + "</p></div>\n"
    }

    /// The index by rule: findings and enterprises per rule, most findings first;
    /// each id is a filter label.
    func ruleIndex(_ summary: AuditSummary, enterprisesByRule: [String: Set<String>]) -> String {
        let l = language
        let fired = summary.outcomes.filter { $0.fired > 0 }.sorted { $0.fired != $1.fired ? $0.fired > $1.fired : $0.rule < $1.rule }
        guard !fired.isEmpty else { return "" }
        var html = "<details class=\"index\" open><summary>\(IndexLabel.byRule.text(l)) (\(fired.count))</summary>\n<table class=\"index\">"
        html += "<tr><th>\(IndexLabel.rule.text(l))</th><th>\(IndexLabel.ruleTitle.text(l))</th><th>\(ReportLabel.findings.text(l))</th>"
        html += "<th>\(ReportLabel.enterprises.text(l))</th></tr>"
        for outcome in fired {
            let rule = pack.rule(outcome.rule)
            let badge = rule?.fixedSeverity.map { "<span class=\"badge \($0.rawValue)\">\(ReportLabel.severity($0).text(l))</span> " } ?? ""
            html += "<tr><td><label for=\"rule-\(Self.token(outcome.rule))\">\(badge)<code class=\"id\">\(Markup.escape(outcome.rule))</code></label></td>"
            html += "<td>\(Markup.escape(rule?.title.text(l) ?? ""))</td><td class=\"n\">\(outcome.fired)</td>"
            html += "<td class=\"n\">\(enterprisesByRule[outcome.rule]?.count ?? 0)</td></tr>"
        }
        return html + "</table></details>\n"
    }

    /// The index by enterprise: filings and findings by severity, linking to each section.
    func enterpriseIndex(_ summary: AuditSummary, order: [String], names: [String: String]) -> String {
        let l = language
        var html = "<details class=\"index\" open><summary>\(ReportLabel.enterprises.text(l)) (\(order.count))</summary>\n<table class=\"index\">"
        html += "<tr><th>\(ReportLabel.enterprises.text(l))</th><th>\(ReportLabel.creditCode.text(l))</th><th>\(ReportLabel.filings.text(l))</th>"
        for s in Severity.allCases { html += "<th><span class=\"badge \(s.rawValue)\">\(ReportLabel.severity(s).text(l))</span></th>" }
        html += "</tr>"
        for uscc in order {
            let tally = summary.enterprises[uscc]
            html += "<tr><td><a href=\"#\(anchor(uscc))\">\(Markup.escape(names[uscc] ?? uscc))</a></td><td><code>\(Markup.escape(uscc))</code></td>"
            html += "<td class=\"n\">\(tally?.filings ?? 0)</td>"
            for s in Severity.allCases { html += "<td class=\"n\">\(tally?.bySeverity[s] ?? 0)</td>" }
            html += "</tr>"
        }
        return html + "</table></details>\n"
    }

    /// The input errors, near the top: a problem in the batch is the first thing to see.
    func inputErrorSection(_ blocks: [String]) -> String {
        guard !blocks.isEmpty else { return "" }
        let l = language
        var html = "<section class=\"input-errors\" id=\"input-errors\">\n<details\(blocks.count <= 20 ? " open" : "")><summary><h2>"
        html += "\(ReportLabel.inputErrors.text(l)) (\(blocks.count))</h2></summary>\n"
        return html + blocks.joined() + "</details></section>\n"
    }
}

/// Labels of the index and the filters.
enum IndexLabel {
    static let filter = LocalizedText(zh: "筛选", en: "Filter")
    static let all = LocalizedText(zh: "全部", en: "All")
    static let byRule = LocalizedText(zh: "按规则", en: "By rule")
    static let rule = LocalizedText(zh: "规则", en: "Rule")
    static let ruleTitle = LocalizedText(zh: "名称", en: "Title")
}
