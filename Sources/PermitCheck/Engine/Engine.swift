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
        var report = Report(filing: filing.id, enterprise: filing.enterprise.uscc, pack: pack.reference, findings: [], outcomes: [], failures: [])
        for rule in pack.rules {
            var run = RuleRun(rule: rule, pack: pack, context: context)
            do {
                try run.subjects(from: 0)
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

/// One rule evaluated against one filing: iterates the subject bindings,
/// computes named values, and turns a true condition into a finding.
struct RuleRun {
    let rule: CompiledRule
    let pack: CompiledPack
    let context: EvalContext
    var findings: [Finding] = []
    var outcome: RuleOutcome

    init(rule: CompiledRule, pack: CompiledPack, context: EvalContext) {
        self.rule = rule
        self.pack = pack
        self.context = context
        self.outcome = RuleOutcome(rule: rule.id)
    }

    /// Binds binding `k` to each of its values, then evaluates the innermost subject.
    mutating func subjects(from k: Int) throws {
        guard k < rule.bindings.count else { return try evaluateSubject() }
        let binding = rule.bindings[k]
        switch try binding.eval(context) {
        case .null: return
        case let list where list.elements != nil:
            for item in list.elements ?? Elements(storage: .values([])) {
                context.slots[binding.slot] = item
                try subjects(from: k + 1)
            }
        case let single:
            context.slots[binding.slot] = single
            try subjects(from: k + 1)
        }
    }

    /// The subject's pointer and the values that tell apart findings on one
    /// node (formatted only when a finding is made).
    func subject(discriminators wanted: Bool) -> (pointer: String, discriminators: [String]) {
        var pointer = ""
        var discriminators: [String] = []
        for binding in rule.bindings {
            let value = context.slots[binding.slot]
            if case .object(let ref) = value, !ref.isRegistryNode { pointer = ref.pointer; discriminators = [] }
            else if wanted { discriminators.append(ValueFormat.text(value, .en)) }
        }
        return (pointer + rule.at, discriminators)
    }

    mutating func evaluateSubject() throws {
        for item in rule.lets { context.slots[item.slot] = try item.eval(context) }
        switch try rule.when(context) {
        case .bool(true):
            outcome.fired += 1
            let (pointer, discriminators) = subject(discriminators: true)
            findings.append(try finding(pointer, discriminators))
        case .bool(false):
            outcome.passed += 1
        default:
            outcome.insufficientData += 1
        }
    }

    func finding(_ pointer: String, _ discriminators: [String]) throws -> Finding {
        let severity: Severity
        if let fixed = rule.fixedSeverity {
            severity = fixed
        } else if let choose = rule.severity, case .string(let word) = try choose(context), let chosen = Severity(rawValue: word) {
            severity = chosen
        } else {
            throw EvaluationError.badSeverity
        }
        var evidence = JSONObject()
        for item in rule.evidence {
            // `name?:` leaves the entry out when its value is absent.
            let value = try item.eval(context)
            if item.name.hasSuffix("?") {
                if !value.isNull { evidence[String(item.name.dropLast())] = ValueFormat.evidence(value) }
            } else {
                evidence[item.name] = ValueFormat.evidence(value)
            }
        }
        let message = try rule.message.map { m in
            LocalizedText(zh: try render(m.zh, .zh), en: try render(m.en, .en))
        } ?? rule.title
        let filing = context.filing
        return Finding(
            rule: rule.id, pack: pack.reference, family: rule.family, severity: severity, filing: filing.id,
            enterprise: filing.enterprise.uscc, subject: pointer, message: message, evidence: evidence, basis: rule.basis,
            fingerprint: Fingerprint.of([rule.id, filing.id, pointer] + discriminators))
    }

    func render(_ parts: [TemplatePart], _ language: Language) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let s): out += s
            case .value(let eval): out += ValueFormat.text(try eval(context), language)
            }
        }
        return out
    }
}
