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
}

extension CompiledPack {
    /// The pack with only the selected rules (the pack itself when all are).
    public func selecting(_ selection: RuleSelection) -> CompiledPack {
        guard !selection.isAll else { return self }
        return restricted(to: Set(rules.filter(selection.contains).map(\.id)))
    }
}
