/// A rule id or family asked for (`--rule`, `--family`, `explain --rule`,
/// `rules show ID`) that the pack does not have: a usage error, never an empty
/// check that reads as "compliant".
package struct UnknownSelection: Error, Sendable, Equatable {
    package enum Kind: String, Sendable { case rule, family }

    package var kind: Kind
    /// What was asked for, as given.
    package var name: String
    /// The pack's nearest id or family by edit distance, when one is close.
    package var suggestion: String?
    /// Ids that match `name` ignoring case when more than one does (`ambiguous`).
    package var ambiguous: [String]
    /// Every family of the pack (families are few: listed in full).
    package var families: [String]
    /// `name@version` of the pack.
    package var pack: String

    /// The error in both languages, with "did you mean" or the list to pick from.
    package var message: LocalizedText {
        switch kind {
        case .rule where !ambiguous.isEmpty:
            let list = ambiguous.joined(separator: ", ")
            return LocalizedText(zh: "规则 \(name) 不明确（\(pack) 中忽略大小写有 \(list)），请写出准确的规则号",
                                 en: "rule \(name) is ambiguous in \(pack) (ignoring case: \(list)); give the exact id")
        case .rule:
            let hint = suggestion.map { (zh: "；是否应为 \($0)？", en: "; did you mean \($0)?") }
                ?? (zh: "；`permitcheck rules list` 列出全部规则", en: "; `permitcheck rules list` lists them")
            return LocalizedText(zh: "规则包 \(pack) 中没有规则 \(name)\(hint.zh)", en: "no rule \(name) in \(pack)\(hint.en)")
        case .family:
            let list = families.joined(separator: ", ")
            let hint = suggestion.map { (zh: "是否应为 \($0)？", en: "did you mean \($0)? ") } ?? (zh: "", en: "")
            return LocalizedText(zh: "规则包 \(pack) 中没有规则族 \(name)；\(hint.zh)可选：\(list)",
                                 en: "no rule family \(name) in \(pack); \(hint.en)families: \(list)")
        }
    }
}

extension CompiledPack {
    /// The pack's families, in rule order, each once.
    package var families: [String] {
        var seen: [String] = []
        for r in rules where !seen.contains(r.family) { seen.append(r.family) }
        return seen
    }

    /// The rule `id` names: the exact id, else the one id equal to it
    /// ignoring case (`el-hour` → `EL-HOUR`); otherwise an ``UnknownSelection``
    /// with the nearest id.
    package func resolveRule(_ id: String) throws(UnknownSelection) -> CompiledRule {
        if let exact = rule(id) { return exact }
        let folded = rules.filter { $0.id.lowercased() == id.lowercased() }
        if folded.count == 1, let only = folded.first { return only }
        throw UnknownSelection(
            kind: .rule, name: id, suggestion: folded.isEmpty ? Suggestion.closest(to: id, in: rules.map(\.id)) : nil,
            ambiguous: folded.map(\.id), families: families, pack: reference)
    }

    /// The family `name` names: exact, else the one equal to it ignoring case.
    package func resolveFamily(_ name: String) throws(UnknownSelection) -> String {
        let all = families
        if all.contains(name) { return name }
        let folded = all.filter { $0.lowercased() == name.lowercased() }
        if folded.count == 1, let only = folded.first { return only }
        throw UnknownSelection(kind: .family, name: name, suggestion: Suggestion.closest(to: name, in: all),
                               ambiguous: [], families: all, pack: reference)
    }
}

extension RuleSelection {
    /// The selection with every id and family written as the pack writes it;
    /// throws for the first one the pack does not have.
    package func resolved(in pack: CompiledPack) throws(UnknownSelection) -> RuleSelection {
        var out = RuleSelection()
        for id in rules { out.rules.append(try pack.resolveRule(id).id) }
        for family in families { out.families.append(try pack.resolveFamily(family)) }
        return out
    }
}
