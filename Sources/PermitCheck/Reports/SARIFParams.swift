/// What SARIF results say of the data they rest on: `properties.params`
/// (every parameter with value and status) and, when one is `U`,
/// `properties.unconfirmedParams`, `properties.unconfirmedNote` (the plain
/// warning in both languages) and the tag `unconfirmed-parameter`, which
/// viewers filter on. The message text stays the finding's own. The run's `properties.notJudged` lists the rules left
/// unjudged for want of registry data.
enum SARIFParams {
    static func add(_ f: Finding, to properties: inout JSONObject, language: Language) {
        properties["params"] = .array(f.params.map(\.json))
        let unconfirmed = f.unconfirmedParams
        guard !unconfirmed.isEmpty else { return }
        properties["unconfirmedParams"] = .array(unconfirmed.map { .string($0.display) })
        properties["unconfirmedNote"] = .object([
            "zh": .string(unconfirmed.map { ParamText.warning($0, .zh) }.joined(separator: "；")),
            "en": .string(unconfirmed.map { ParamText.warning($0, .en) }.joined(separator: "; ")),
        ])
        properties["tags"] = .array([.string("unconfirmed-parameter")])
    }

    /// Adds one report's gaps to the run's, rule by rule.
    static func merge(_ gaps: [RegistryGap], into all: inout [RegistryGap]) {
        for gap in gaps {
            if let k = all.firstIndex(where: { $0.rule == gap.rule }) {
                all[k].subjects += gap.subjects
                all[k].missing.formUnion(gap.missing)
            } else {
                all.append(gap)
            }
        }
    }
}
