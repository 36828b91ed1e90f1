/// Which rules of a pack to run: the `--rule`/`--family` options of the CLI
/// and the `rule=`/`family=` query of the service, one operation for both.
///
/// A rule is selected when its id is among `rules` (or `rules` is empty) and
/// its family among `families` (or `families` is empty). Selecting never
/// changes what a selected rule finds: rules are independent, so a narrow run
/// gives exactly the findings and outcomes of those rules in a whole run.
public struct RuleSelection: Sendable, Hashable {
    public var rules: [String]
    public var families: [String]

    public init(rules: [String] = [], families: [String] = []) {
        self.rules = rules
        self.families = families
    }

    /// Every rule.
    public static let all = RuleSelection()

    public var isAll: Bool { rules.isEmpty && families.isEmpty }

    public func contains(_ rule: CompiledRule) -> Bool {
        (rules.isEmpty || rules.contains(rule.id)) && (families.isEmpty || families.contains(rule.family))
    }

    /// The rule ids and families asked for that `pack` does not have: a
    /// selection naming one would silently run nothing of what was meant.
    public func unknown(in pack: CompiledPack) -> (rules: [String], families: [String]) {
        let ids = Set(pack.rules.map(\.id)), known = Set(pack.rules.map(\.family))
        return (rules.filter { !ids.contains($0) }, families.filter { !known.contains($0) })
    }
}

extension CompiledPack {
    /// The pack with only the selected rules (the pack itself when all are).
    public func selecting(_ selection: RuleSelection) -> CompiledPack {
        guard !selection.isAll else { return self }
        return restricted(to: Set(rules.filter(selection.contains).map(\.id)))
    }
}
