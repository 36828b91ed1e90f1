/// The rule catalog of a compiled pack as Markdown — generated from the pack
/// itself, so the documentation cannot drift from the rules.
package enum CatalogDocument {
    package static func markdown(_ pack: CompiledPack) -> String {
        var out = "### \(pack.reference)\n\n"
        if let d = pack.description { out += "\(d.zh)\n\n\(d.en)\n\n" }
        if let covers = pack.coversFrom { out += "Covers filings from \(covers) on · 适用于 \(covers) 起的报告。\n\n" }
        if !pack.documents.isEmpty {
            out += "| document | title | kind | in force | status | text read |\n| --- | --- | --- | --- | --- | --- |\n"
            for d in pack.documents {
                out += "| `\(cell(d.id))` | \(cell(d.title)) | \(d.kind.rawValue) | \(DateRangeText.text(d.from, d.until)) | \(d.status?.letter ?? "—") | \(cell(d.source ?? "—")) |\n"
            }
            out += "\n"
        }
        out += "| id | severity | family | acts | checks · 检查内容 | parameters | basis by date · 依据（按有效期） |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for rule in pack.rules {
            let severity = rule.fixedSeverity?.rawValue ?? "`\(rule.severityText)`"
            let params = rule.parameterNames.map { "`\($0)`" }.joined(separator: ", ")
            let basis = rule.basis.byRange.map { "\($0.range): \($0.entries.joined(separator: "; "))" }.joined(separator: " ‖ ")
            let acts = rule.acts.rawValue + (rule.appliesFrom.map { ", from \($0)" } ?? "")
            out += "| `\(rule.id)` | \(severity) | \(rule.family) | \(acts) | \(cell(rule.title.en)) · \(cell(rule.title.zh)) | \(params) | \(cell(basis.isEmpty ? "— (data check)" : basis)) |\n"
        }
        out += "\n| parameter | value | in force | status | source | meaning · 含义 | set by |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for p in pack.parameters {
            let doc = p.doc.map { "\(cell($0.en)) · \(cell($0.zh))" } ?? ""
            let dated = p.values.count > 1 || p.values.contains { $0.from != nil || $0.until != nil }
            if !dated {
                out += "| `\(p.name)` | \(cell(p.valueText)) | – | \(p.status?.rawValue ?? "—") | \(cell(p.source ?? "—")) | \(doc) | \(p.setBy) |\n"
                continue
            }
            for (k, v) in p.values.enumerated() {
                let value = (v.key.map { "`\($0)`: " } ?? "") + v.valueText
                out += "| \(k == 0 ? "`\(p.name)`" : "″") | \(cell(value)) | \(DateRangeText.text(v.from, v.until)) | \(v.status?.rawValue ?? "—") | \(cell(v.source ?? "—")) | \(k == 0 ? doc : "") | \(k == 0 ? p.setBy : "") |\n"
            }
        }
        return out
    }

    /// Text safe inside a Markdown table cell.
    static func cell(_ text: String) -> String {
        String(text.map { $0 == "|" ? "¦" : ($0 == "\n" ? " " : $0) })
    }
}
