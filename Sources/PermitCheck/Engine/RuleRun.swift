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

    /// Binds binding `k` to each of its values, then evaluates the innermost
    /// subject. On entry `context.trace` holds what the enclosing bindings
    /// rest on; a binding that consulted a registry list not loaded leaves its
    /// subjects unknown, so they count once as insufficient data.
    mutating func subjects(from k: Int) throws {
        guard k < rule.bindings.count else { return try evaluateSubject() }
        let binding = rule.bindings[k]
        let base = context.trace
        defer { context.trace = base }
        let value = try binding.eval(context)
        let trace = context.trace
        guard trace.unloaded.isEmpty else { return insufficient(trace) }
        context.slotTraces[binding.slot] = trace
        switch value {
        case .null: return
        case let list where list.elements != nil:
            for item in list.elements ?? Elements(storage: .values([])) {
                context.slots[binding.slot] = item
                context.trace = trace
                try subjects(from: k + 1)
            }
        case let single:
            context.slots[binding.slot] = single
            try subjects(from: k + 1)
        }
    }

    /// One subject that cannot be judged, with the registry lists whose absence is why (if any).
    mutating func insufficient(_ trace: Trace) {
        outcome.insufficientData += 1
        let missing = trace.missingRegistry
        if !missing.isEmpty { outcome.missingRegistry.formUnion(missing); outcome.insufficientForRegistry += 1 }
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
        // An event outside the rule's law in force is not judged at all.
        var eventDates: [LocalDate]?
        if rule.acts.readsParamsOnActDate {
            let dates = try actDates()
            guard applicable(dates) else { return }
            if let date = dates.first { resolveParams(on: date) }
            eventDates = dates
        }
        // Each named value keeps its own trace; reading it adds that trace to the reader's.
        for item in rule.lets {
            let outer = context.trace
            context.trace = Trace()
            context.slots[item.slot] = try item.eval(context)
            context.slotTraces[item.slot] = context.trace
            context.trace = outer
        }
        switch try rule.when(context) {
        case .bool(true):
            let dates = try eventDates ?? actDates()
            guard applicable(dates) else { return }
            let (pointer, discriminators) = subject(discriminators: true)
            var made = try finding(pointer, discriminators, acts: dates)
            // A finding never rests on a registry list that was not loaded.
            guard context.trace.unloaded.isEmpty else { return insufficient(context.trace) }
            made.params = paramUses(context.trace.params, acts: dates)
            outcome.fired += 1
            findings.append(made)
        case .bool(false):
            guard context.trace.unloaded.isEmpty else { return insufficient(context.trace) }
            outcome.passed += 1
        default:
            insufficient(context.trace)
        }
    }

    func finding(_ pointer: String, _ discriminators: [String], acts: [LocalDate]) throws -> Finding {
        let severity: Severity
        if let fixed = rule.fixedSeverity {
            severity = fixed
        } else if let choose = rule.severity, case .string(let word) = try choose(context), let chosen = Severity(rawValue: word) {
            severity = chosen
        } else {
            throw EvaluationError.badSeverity
        }
        // In an hour or window rule, evidence and message state a dated value as
        // in force on the finding's last act date.
        if rule.acts.readsParamsPerElement, let last = acts.max() { context.actDay = last.dayNumber }
        defer { context.actDay = nil }
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
            enterprise: filing.enterprise.uscc, subject: pointer, message: message, evidence: evidence,
            acts: ActRange(from: acts.min() ?? filing.period.to, to: acts.max() ?? filing.period.to),
            basis: try citations(acts),
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
