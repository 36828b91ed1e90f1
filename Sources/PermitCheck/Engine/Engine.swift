/// Checks filings against a compiled pack. Synchronous and pure: the same
/// filing, registry and pack always give the same report, in the same order
/// (rules in pack order, subjects in filing order).
public struct Engine: Sendable {
    public let pack: CompiledPack

    public init(pack: CompiledPack) { self.pack = pack }

    /// Checks one filing. A rule that fails at run time yields an
    /// ``EvaluationFailure`` for this filing and no findings; the others still run.
    public func check(_ filing: Filing, registry: Registry = .empty) -> Report {
        let slots = pack.rules.map(\.slotCount).max() ?? 0
        let context = EvalContext(filing: filing, registry: registry, params: pack.paramValues, slotCount: slots)
        var report = Report(filing: filing.id, enterprise: filing.enterprise.uscc, pack: pack.reference, findings: [], outcomes: [], failures: [],
                            registryLoaded: registry.loaded)
        for rule in pack.rules {
            var run = RuleRun(rule: rule, pack: pack, context: context)
            context.trace = Trace()
            do {
                run.resolveParams()
                if run.judgesPeriod { try run.subjects(from: 0) }
                if run.outcome.fired + run.outcome.passed + run.outcome.insufficientData == 0 { run.outcome.notApplicable = 1 }
                report.findings += run.findings
            } catch {
                let message = (error as? EvaluationError)?.message ?? EvaluationError.unknown
                // The slots still hold the subject being evaluated when it failed.
                let subject = run.subject(discriminators: false).pointer
                report.failures.append(EvaluationFailure(rule: rule.id, filing: filing.id, subject: subject, message: message))
                run.outcome = RuleOutcome(rule: rule.id)
                run.outcome.errors = 1
            }
            report.outcomes.append(run.outcome)
        }
        return report
    }
}

