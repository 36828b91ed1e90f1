/// How a rule reached its result for a filing, subject by subject: what each
/// binding was, each named value, the condition and the evidence — for rule
/// authors (`permitcheck explain`), not a dump of internals.
package struct Explanation: Sendable {
    package struct Step: Sendable {
        /// `for.x`, `let.x`, `when`, `evidence.x`.
        package var role: String
        /// The expression as written.
        package var expression: String
        /// The value, summarised for reading (long lists are counted, not listed).
        package var value: String
    }

    package struct Subject: Sendable {
        package var pointer: String
        package var steps: [Step]
        /// `fired`, `passed` or `insufficient-data`.
        package var outcome: String
    }

    package var rule: String
    package var title: LocalizedText
    /// The act-date family and, for each dated parameter the rule reads, the
    /// value used and the dates it is in force (what law applied, and when).
    package var law: [Step] = []
    package var subjects: [Subject]
    /// Set when the rule could not be evaluated for this filing.
    package var failure: LocalizedText?
}

extension Engine {
    /// Explains one rule on one filing; `subject` keeps only that subject's trace.
    package func explain(_ filing: Filing, registry: Registry = .empty, rule id: String, subject: String? = nil) -> Explanation? {
        guard let rule = pack.rule(id) else { return nil }
        let context = EvalContext(filing: filing, registry: registry, params: pack.paramValues, slotCount: rule.slotCount)
        var explainer = Explainer(rule: rule, pack: pack, context: context)
        var result = Explanation(rule: rule.id, title: rule.title, subjects: [], failure: nil)
        do {
            result.law = try explainer.law()
            guard explainer.run.judgesPeriod else {
                result.law.append(Explanation.Step(role: "applies", expression: "appliesFrom / basis in force", value: "no: the period's acts fall outside the rule's law in force (not applicable)"))
                return result
            }
            try explainer.subjects(from: 0, trace: [])
            result.subjects = explainer.traced.filter { subject == nil || $0.pointer == subject }
        } catch {
            result.failure = (error as? EvaluationError)?.message ?? EvaluationError.unknown
            result.subjects = explainer.traced
        }
        return result
    }
}

/// Walks a rule like ``RuleRun`` but records every value it computes.
struct Explainer {
    let rule: CompiledRule
    let pack: CompiledPack
    let context: EvalContext
    var traced: [Explanation.Subject] = []
    /// The same law-by-date logic the engine runs (parameters, act dates, citations).
    let run: RuleRun

    init(rule: CompiledRule, pack: CompiledPack, context: EvalContext) {
        self.rule = rule; self.pack = pack; self.context = context
        run = RuleRun(rule: rule, pack: pack, context: context)
    }

    /// Resolves the dated parameters as the engine does and says which value applied.
    func law() throws -> [Explanation.Step] {
        var steps = [Explanation.Step(role: "acts", expression: rule.acts.rawValue, value: rule.appliesFrom.map { "applies from \($0)" } ?? "—")]
        run.resolveParams()
        for index in rule.datedParams {
            let p = pack.parameters[index]
            let changes = rule.acts.readsParamsPerElement && context.params[index].isNull
            steps.append(Explanation.Step(role: "params.\(p.name)", expression: Self.readOn(rule.acts, context.filing),
                                          value: changes ? "changes within the period" : summary(context.params[index])))
            for v in p.values {
                let value = (v.key.map { "\($0): " } ?? "") + v.valueText
                steps.append(Explanation.Step(role: "  value", expression: DateRangeText.text(v.from, v.until), value: "\(value) [\(v.status?.letter ?? "—")] \(v.source ?? "")"))
            }
        }
        return steps
    }

    static func readOn(_ family: ActFamily, _ filing: Filing) -> String {
        if family.readsParamsOnActDate { return "on each event's date" }
        if family.readsParamsPerElement { return "on each hour's, day's, run's or window's date; elsewhere one value over \(filing.period.from) … \(filing.period.to)" }
        return "on period.to (\(filing.period.to))"
    }

    func text(_ role: String) -> String { rule.checked.first { $0.role == role }?.expr.text ?? "" }

    mutating func subjects(from k: Int, trace: [Explanation.Step]) throws {
        guard k < rule.bindings.count else { return try evaluate(trace) }
        let binding = rule.bindings[k]
        let base = context.trace
        defer { context.trace = base }
        let value = try binding.eval(context)
        if !context.trace.unloaded.isEmpty {
            let step = Explanation.Step(role: "for.\(binding.name)", expression: text("for.\(binding.name)"), value: summary(value))
            traced.append(Explanation.Subject(pointer: "", steps: trace + [step], outcome: Self.unjudged(context.trace)))
            return
        }
        context.slotTraces[binding.slot] = context.trace
        let bindingTrace = context.trace
        let items: [Value]
        switch value {
        case .null: items = []
        case .list, .hours: items = value.list ?? []
        default: items = [value]
        }
        for item in items {
            context.slots[binding.slot] = item
            context.trace = bindingTrace
            try subjects(from: k + 1, trace: trace + [Explanation.Step(role: "for.\(binding.name)", expression: text("for.\(binding.name)"), value: summary(item))])
        }
    }

    mutating func evaluate(_ trace: [Explanation.Step]) throws {
        var steps = trace
        var pointer = ""
        for binding in rule.bindings {
            if case .object(let ref) = context.slots[binding.slot], !ref.isRegistryNode { pointer = ref.pointer }
        }
        pointer += rule.at
        var eventDates: [LocalDate]?
        if rule.acts.readsParamsOnActDate {
            let dates = try run.actDates()
            steps.append(Explanation.Step(role: "actDates", expression: text("actDates"), value: Self.dates(dates)))
            guard run.applicable(dates) else {
                traced.append(Explanation.Subject(pointer: pointer, steps: steps, outcome: "not-applicable"))
                return
            }
            if let date = dates.first {
                run.resolveParams(on: date)
                for index in rule.datedParams {
                    steps.append(Explanation.Step(role: "params.\(pack.parameters[index].name)", expression: "on \(date)", value: summary(context.params[index])))
                }
            }
            eventDates = dates
        }
        for item in rule.lets {
            let outer = context.trace
            context.trace = Trace()
            let v = try item.eval(context)
            context.slots[item.slot] = v
            context.slotTraces[item.slot] = context.trace
            context.trace = outer
            steps.append(Explanation.Step(role: "let.\(item.name)", expression: text("let.\(item.name)"), value: summary(v)))
        }
        let condition = try rule.when(context)
        steps.append(Explanation.Step(role: "when", expression: text("when"), value: summary(condition)))
        let outcome: String
        switch condition {
        case .bool(true):
            let dates = try eventDates ?? run.actDates()
            if eventDates == nil { steps.append(Explanation.Step(role: "actDates", expression: text("actDates").isEmpty ? rule.acts.rawValue : text("actDates"), value: Self.dates(dates))) }
            guard run.applicable(dates) else {
                traced.append(Explanation.Subject(pointer: pointer, steps: steps, outcome: "not-applicable"))
                return
            }
            outcome = "fired"
            let cited = Set(try run.citations(dates))
            for entry in rule.basis {
                let why = cited.contains(entry.citation) ? "cited" : (entry.medium != nil ? "not cited (not in force on the act dates, or another medium)" : "not cited (not in force on the act dates)")
                steps.append(Explanation.Step(role: "basis", expression: "\(entry.written) (\(entry.range))", value: why))
            }
            for item in rule.evidence {
                steps.append(Explanation.Step(role: "evidence.\(item.name)", expression: text("evidence.\(item.name)"), value: summary(try item.eval(context))))
            }
        case .bool(false): outcome = "passed"
        default: outcome = "insufficient-data"
        }
        traced.append(Explanation.Subject(pointer: pointer, steps: steps,
                                          outcome: context.trace.unloaded.isEmpty && outcome != "insufficient-data" ? outcome : Self.unjudged(context.trace)))
    }

    /// `insufficient-data (wasteLicenses not loaded)`: a subject resting on registry data not given.
    static func unjudged(_ trace: Trace) -> String {
        let missing = trace.missingRegistry
        return missing.isEmpty ? "insufficient-data" : "insufficient-data (\(missing.keys.joined(separator: ", ")) not loaded)"
    }



    /// `2025-08-14 … 2025-08-20 (3 dates)`.
    static func dates(_ dates: [LocalDate]) -> String {
        let distinct = Set(dates)
        guard let lo = distinct.min(), let hi = distinct.max() else { return "none" }
        return lo == hi ? "\(lo)" : "\(lo) … \(hi) (\(distinct.count) dates)"
    }

    /// A value for reading: scalars as in messages, hours by their time, nodes
    /// by pointer, long lists counted.
    func summary(_ v: Value) -> String {
        switch v {
        case .list, .hours:
            let items = v.list ?? []
            if items.count > 8 {
                let first = items.prefix(3).map(summary).joined(separator: ", ")
                return "list of \(items.count) [\(first), …]"
            }
            return "[" + items.map(summary).joined(separator: ", ") + "]"
        case .object(let ref) where ref.kind == .hour:
            let series = context.filing.monitoring[Int(ref.a)]
            let time = series.start.adding(seconds: Double(ref.b) * series.interval.seconds)
            return "\(ValueFormat.text(.time(time), .en)) (\(ref.pointer))"
        case .null: return "null"
        case .string(let s): return "\"\(s)\""
        default: return ValueFormat.text(v, .en)
        }
    }
}
