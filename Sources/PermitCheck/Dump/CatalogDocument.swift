/// The rule catalog of a compiled pack as Markdown — generated from the pack
/// itself, so the documentation cannot drift from the rules.
package enum CatalogDocument {
    package static func markdown(_ pack: CompiledPack) -> String {
        var out = "### \(pack.reference)\n\n"
        if let d = pack.description { out += "\(d.zh)\n\n\(d.en)\n\n" }
        out += "| id | severity | family | checks · 检查内容 | parameters | basis · 依据 |\n| --- | --- | --- | --- | --- | --- |\n"
        for rule in pack.rules {
            let severity = rule.fixedSeverity?.rawValue ?? "`\(rule.severityText)`"
            let params = rule.parameterNames.map { "`\($0)`" }.joined(separator: ", ")
            out += "| `\(rule.id)` | \(severity) | \(rule.family) | \(cell(rule.title.en)) · \(cell(rule.title.zh)) | \(params) | \(cell(rule.basis.joined(separator: "; "))) |\n"
        }
        out += "\n| parameter | value | status | source | meaning · 含义 | set by |\n| --- | --- | --- | --- | --- | --- |\n"
        for p in pack.parameters {
            let doc = p.doc.map { "\(cell($0.en)) · \(cell($0.zh))" } ?? ""
            out += "| `\(p.name)` | \(cell(p.valueText)) | \(p.status?.rawValue ?? "—") | \(cell(p.source ?? "—")) | \(doc) | \(p.setBy) |\n"
        }
        return out
    }

    /// Text safe inside a Markdown table cell.
    static func cell(_ text: String) -> String {
        String(text.map { $0 == "|" ? "¦" : ($0 == "\n" ? " " : $0) })
    }
}
