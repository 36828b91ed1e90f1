/// How reports for people state the parameters a finding rests on: every
/// value with its status, and a plain warning for each unconfirmed one
/// ("rests on unconfirmed parameter ulePassShare = 0.95 (status U)"), so a
/// finding resting on an unverified figure never looks as authoritative as
/// one resting on a confirmed limit.
enum ParamText {
    static let parameters = LocalizedText(zh: "所用参数", en: "Parameters")
    static let onUnconfirmed = LocalizedText(zh: "依据未经核实参数值的发现", en: "Findings resting on unconfirmed parameter values")
    static let legend = LocalizedText(zh: "参数状态：C 已核对原文，S 来自可靠转载，U 未经核实", en: "parameter status: C confirmed in the primary text, S from a faithful secondary copy, U unconfirmed")

    /// `ulePassShare = 0.95 (U), minCapture = 0.9 (U)`.
    static func list(_ params: [ParamUse], _ language: Language) -> String {
        params.map(\.displayWithStatus).joined(separator: language == .zh ? "；" : "; ")
    }

    /// "rests on unconfirmed parameter ulePassShare = 0.95 (status U)" / "依据未经核实的参数 ulePassShare = 0.95（状态 U）".
    static func warning(_ p: ParamUse, _ language: Language) -> String {
        let source = p.source.map { language == .zh ? "；出处：\($0)" : "; source: \($0)" } ?? ""
        return language == .zh
            ? "依据未经核实的参数 \(p.display)（状态 U\(source)）"
            : "rests on unconfirmed parameter \(p.display) (status U\(source))"
    }

    /// "3 of 12 findings rest on unconfirmed parameter values" with the values and their counts.
    static func summary(_ s: AuditSummary, _ language: Language) -> (headline: String, values: [String]) {
        let headline = language == .zh
            ? "\(onUnconfirmed.zh)：\(s.findingsOnUnconfirmed) / \(s.findings)"
            : "\(onUnconfirmed.en): \(s.findingsOnUnconfirmed) of \(s.findings)"
        let values = s.unconfirmedParams.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { entry in
            language == .zh ? "\(entry.key)（U）：\(entry.value) 项发现" : "\(entry.key) (U): \(entry.value) finding\(entry.value == 1 ? "" : "s")"
        }
        return (headline, values)
    }
}

/// The text report's parameter lines under each finding and in the summary.
extension TextWriter {
    func parameterLines(_ f: Finding) -> String {
        guard !f.params.isEmpty else { return "" }
        let l = language
        var out = "    " + paintDim("\(ParamText.parameters.text(l)): \(ParamText.list(f.params, l))") + "\n"
        for p in f.unconfirmedParams { out += "    " + paintNotice("⚠ " + ParamText.warning(p, l)) + "\n" }
        return out
    }

    func unconfirmedSummary(_ s: AuditSummary) -> String {
        guard s.findings > 0 else { return "" }
        let (headline, values) = ParamText.summary(s, language)
        var out = "  " + (s.findingsOnUnconfirmed > 0 ? paintNotice(headline) : headline) + "\n"
        for v in values { out += "    \(v)\n" }
        if s.findingsOnUnconfirmed > 0 { out += "    " + paintDim(ParamText.legend.text(language)) + "\n" }
        return out
    }
}
