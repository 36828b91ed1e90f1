/// One input of a check or an audit, after checking: a filing with its report
/// and where it was read from, or an input error standing in for a filing that
/// could not be read (the record names its source).
public enum AuditItem: Sendable {
    case checked(filing: Filing, report: Report, source: ItemSource)
    case inputError(InputErrorRecord)

    /// Where the item was read from.
    public var source: ItemSource {
        switch self {
        case .checked(_, _, let source): return source
        case .inputError(let record): return ItemSource(path: record.source, line: record.line)
        }
    }
}

/// Totals over a whole check or audit, for summaries, exit codes and reports.
public struct AuditSummary: Sendable {
    /// `name@version` of the pack, and its content hash.
    public var pack: String
    public var packHash: String
    public var filings = 0
    public var inputErrors = 0
    public var evaluationErrors = 0
    public var findingsBySeverity: [Severity: Int] = [:]
    public var findingsByFamily: [String: Int] = [:]
    /// Per rule, outcomes added over all filings, in pack order.
    public var outcomes: [RuleOutcome] = []
    /// Per enterprise (credit code): name, and findings by severity.
    public var enterprises: [String: EnterpriseTally] = [:]
    /// Wall-clock seconds, when measured.
    public var seconds: Double?
    /// The registry lists the checks were given (`nil` until a filing is
    /// checked; empty: no registry at all). One audit has one registry.
    public var registryLoaded: RegistryLists?
    /// Findings that rest on at least one parameter value the pack marks unconfirmed (`U`).
    public var findingsOnUnconfirmed = 0
    /// Per unconfirmed value (`ulePassShare = 0.95`), the findings resting on it.
    public var unconfirmedParams: [String: Int] = [:]

    public init(pack: CompiledPack) {
        self.pack = pack.reference
        self.packHash = pack.contentHash
        self.outcomes = pack.rules.map { RuleOutcome(rule: $0.id) }
    }

    public var findings: Int { findingsBySeverity.values.reduce(0, +) }

    /// Adds one item (call in input order).
    public mutating func add(_ item: AuditItem) {
        switch item {
        case .inputError:
            inputErrors += 1
        case .checked(let filing, let report, _):
            filings += 1
            evaluationErrors += report.failures.count
            registryLoaded = (registryLoaded ?? report.registryLoaded).intersection(report.registryLoaded)
            var tally = enterprises[filing.enterprise.uscc] ?? EnterpriseTally(name: filing.enterprise.name)
            for f in report.findings {
                findingsBySeverity[f.severity, default: 0] += 1
                findingsByFamily[f.family, default: 0] += 1
                tally.bySeverity[f.severity, default: 0] += 1
                let unconfirmed = f.unconfirmedParams
                if !unconfirmed.isEmpty { findingsOnUnconfirmed += 1 }
                for p in Set(unconfirmed.map(\.display)) { unconfirmedParams[p, default: 0] += 1 }
            }
            tally.filings += 1
            enterprises[filing.enterprise.uscc] = tally
            for o in report.outcomes {
                if let k = outcomes.firstIndex(where: { $0.rule == o.rule }) { outcomes[k].add(o) } else { outcomes.append(o) }
            }
        }
    }

    /// Enterprises with findings, most serious first: by count of critical,
    /// then high, medium, low, info; ties by credit code.
    public func worstEnterprises(_ limit: Int = 10) -> [(uscc: String, tally: EnterpriseTally)] {
        enterprises.filter { $0.value.total > 0 }.sorted { a, b in
            for s in Severity.allCases where a.value.bySeverity[s, default: 0] != b.value.bySeverity[s, default: 0] {
                return a.value.bySeverity[s, default: 0] > b.value.bySeverity[s, default: 0]
            }
            return a.key < b.key
        }.prefix(limit).map { ($0.key, $0.value) }
    }
}

/// Findings of one enterprise, by severity.
public struct EnterpriseTally: Sendable {
    public var name: String
    public var filings = 0
    public var bySeverity: [Severity: Int] = [:]
    public var total: Int { bySeverity.values.reduce(0, +) }
}
