/// The text report on registry data that was not given: a notice at the top
/// (before the first filing's block), a line per filing naming the rules it
/// could not judge, and the list in the summary.
extension TextWriter {
    /// The notice written once, before the first checked filing, when the registry lacks lists.
    func registryNotice(_ report: Report) -> String {
        // No registry at all, or one whose missing lists this filing already needed.
        let missing = report.registryLoaded.isEmpty ? RegistryLists.all
            : report.registryGaps.reduce(into: RegistryLists()) { $0.formUnion($1.missing) }
        guard !missing.isEmpty else { return "" }
        let l = language
        let keys = missing.keys.joined(separator: l == .zh ? "、" : ", ")
        let text = report.registryLoaded.isEmpty
            ? LocalizedText(zh: "注意：未提供登记库（--registry）。需要登记库的规则（许可证、审批、公示名单、重点单位名录）不作判定，计为数据不足，而不是合规。",
                            en: "Note: no registry given (--registry). Rules that consult it (licences, approvals, the public lists) are not judged: they count as insufficient data, not as compliance.")
            : LocalizedText(zh: "注意：登记库中没有 \(keys)（未载入）；依赖这些名录的规则不作判定，计为数据不足。",
                            en: "Note: the registry has no \(keys) (not loaded); rules that consult them are not judged and count as insufficient data.")
        return paintNotice(text.text(l)) + "\n\n"
    }

    /// "  not judged: HW-LICENSE (wasteLicenses not loaded), …" under a filing's findings.
    func registryGapLine(_ report: Report) -> String {
        let gaps = report.registryGaps
        guard !gaps.isEmpty else { return "" }
        let l = language
        let label = l == .zh ? "未判定（缺少登记库数据）" : "not judged (registry data missing)"
        let items = gaps.map { g in
            "\(g.rule) (" + g.missing.keys.joined(separator: l == .zh ? "、" : ", ") + (l == .zh ? " 未载入)" : " not loaded)")
        }
        return "  " + paintNotice(label) + ": " + items.joined(separator: l == .zh ? "；" : "; ") + "\n"
    }

    /// The summary's list of rules not judged, one per line.
    func registryGapSummary(_ summary: AuditSummary) -> String {
        let gaps = summary.registryGaps
        guard !gaps.isEmpty else { return "" }
        var out = "  " + paintNotice(RegistryGap.heading.text(language)) + ":\n"
        for gap in gaps { out += "    \(gap.line(language))\n" }
        return out
    }
}
