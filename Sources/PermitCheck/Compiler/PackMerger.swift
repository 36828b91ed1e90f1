/// Applies `extends`: the base pack's parameters and rules, then the local
/// pack's overrides, disabled ids and new rules. Nothing is copied by hand;
/// a local rule reusing a base id must disable it first.
enum PackMerger {
    /// Gives pack-level test cases to their rules: replacing a base rule's cases
    /// in a local pack, added to the pack's own rules otherwise.
    static func attach(_ tests: [(id: String, node: YAMLNode, cases: [TestCaseSyntax])], to rules: [RuleSyntax], of pack: String, replacing: Set<String>) -> ([RuleSyntax], [Diagnostic]) {
        var rules = rules
        var diagnostics: [Diagnostic] = []
        for group in tests {
            guard let k = rules.firstIndex(where: { $0.id == group.id }) else {
                diagnostics.append(Diagnostic(
                    CompilerMessages.unknownRule(group.id, in: pack),
                    at: group.node.location, length: group.id.count, suggestion: Suggestion.didYouMean(group.id, in: rules.map(\.id))))
                continue
            }
            rules[k].tests = replacing.contains(group.id) ? group.cases : rules[k].tests + group.cases
        }
        return (rules, diagnostics)
    }

    static func merge(base: PackSyntax, local: PackSyntax, owners: inout [String: String]) -> (PackSyntax, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var merged = local
        var params = base.params
        for p in params where owners[p.name] == nil { owners[p.name] = base.name }
        for override in local.params {
            if let k = params.firstIndex(where: { $0.name == override.name }) {
                var p = params[k]
                if let why = p.retired {
                    diagnostics.append(Diagnostic(LawMessages.retired(p.name, why), at: override.nameNode.location, length: p.name.count))
                    continue
                }
                // A scalar override replaces the whole list of values; a table
                // override replaces or adds rows by key.
                if override.value != nil || override.values != nil {
                    p.value = override.value; p.values = override.values; p.rows = nil
                    p.file = override.file; p.nameNode = override.nameNode
                } else if let rows = override.rows {
                    let replaced = Set(rows.compactMap { $0.key?.text })
                    p.rows = (p.rows ?? []).filter { !replaced.contains($0.key?.text ?? "") } + rows
                    p.value = nil; p.values = nil
                    p.file = override.file; p.nameNode = override.nameNode
                }
                p.doc = override.doc ?? p.doc
                p.source = override.source ?? p.source
                p.status = override.status ?? p.status
                params[k] = p
                owners[p.name] = local.name
            } else {
                params.append(override)
                owners[override.name] = local.name
            }
        }
        merged.params = params
        let disabled = Set(local.disable.map(\.id))
        for d in local.disable where !base.rules.contains(where: { $0.id == d.id }) {
            diagnostics.append(Diagnostic(
                CompilerMessages.unknownRule(d.id, in: base.name),
                at: d.node.location, length: d.id.count,
                suggestion: Suggestion.didYouMean(d.id, in: base.rules.map(\.id))))
        }
        var rules = base.rules.filter { !disabled.contains($0.id) }
        for rule in local.rules {
            if let first = rules.first(where: { $0.id == rule.id }) {
                // A local rule may replace a base rule only after `disable`-ing it.
                diagnostics.append(Diagnostic(
                    SyntaxMessages.duplicateRule(rule.id, first: first.idNode.location),
                    at: rule.idNode.location, length: rule.id.count, suggestion: "disable: [\(rule.id)]"))
                continue
            }
            rules.append(rule)
        }
        let (attached, unknown) = attach(local.ruleTests, to: rules, of: local.name, replacing: Set(base.rules.map(\.id)))
        merged.rules = attached
        diagnostics += unknown
        // A local pack cites the base's documents and adds its own; it judges
        // from the base's `coversFrom` unless it says otherwise.
        merged.documents = base.documents + local.documents
        merged.coversFrom = local.coversFrom ?? base.coversFrom
        merged.fixtures = base.fixtures + local.fixtures
        merged.sources = base.sources + local.sources
        return (merged, diagnostics)
    }
}
