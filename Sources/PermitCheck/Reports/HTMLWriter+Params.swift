/// The HTML report on what findings rest on: a notice at the top when
/// registry data was not given (with the rules it left unjudged), the count
/// of findings resting on unconfirmed parameter values in the summary, and
/// under each finding its parameters with a plain warning per unconfirmed one.
extension HTMLWriter {
    func registryNoticeSection(_ s: AuditSummary) -> String {
        let gaps = s.registryGaps
        let loaded = s.registryLoaded ?? RegistryLists.all
        guard !gaps.isEmpty || loaded.isEmpty else { return "" }
        let l = language
        var html = "<section class=\"notice\" id=\"registry\">\n<h2>\(Markup.escape(RegistryGap.heading.text(l)))</h2>\n"
        if loaded.isEmpty {
            let text = LocalizedText(zh: "未提供登记库（--registry）：需要登记库的规则不作判定，计为数据不足，而不是合规。",
                                     en: "No registry given (--registry): rules that consult it are not judged; they count as insufficient data, not as compliance.")
            html += "<p>\(Markup.escape(text.text(l)))</p>\n"
        }
        if !gaps.isEmpty {
            html += "<ul>" + gaps.map { "<li><code>\(Markup.escape($0.rule))</code> \(Markup.escape($0.detail(l)))</li>" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    func unconfirmedSummary(_ s: AuditSummary) -> String {
        guard s.findings > 0 else { return "" }
        let l = language
        let (headline, values) = ParamText.summary(s, l)
        var html = "<div class=\"\(s.findingsOnUnconfirmed > 0 ? "unconfirmed" : "params")\" id=\"unconfirmed\"><p>\(Markup.escape(headline))</p>"
        if !values.isEmpty {
            html += "<ul>" + values.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul>"
            html += "<p class=\"muted\">\(Markup.escape(ParamText.legend.text(l)))</p>"
        }
        return html + "</div>\n"
    }

    func paramsBlock(_ f: Finding) -> String {
        guard !f.params.isEmpty else { return "" }
        let l = language
        var html = ""
        for p in f.unconfirmedParams { html += "<p class=\"unconfirmed\">⚠ \(Markup.escape(ParamText.warning(p, l)))</p>\n" }
        html += "<div class=\"params\">\(ParamText.parameters.text(l)):<ul>"
        for p in f.params {
            let status = p.status?.letter ?? "?"
            var item = "<code>\(Markup.escape(p.display))</code> <span class=\"\(status)\">(\(status))</span>"
            if let source = p.source { item += " <span class=\"muted\">\(Markup.escape(source))</span>" }
            html += "<li>\(item)</li>"
        }
        return html + "</ul></div>\n"
    }
}
