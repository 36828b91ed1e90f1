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

    func text(_ role: String) -> String { rule.checked.first { $0.role == role }?.expr.text ?? "" }

    mutating func subjects(from k: Int, trace: [Explanation.Step]) throws {
        guard k < rule.bindings.count else { return try evaluate(trace) }
        let binding = rule.bindings[k]
        let value = try binding.eval(context)
        let items: [Value]
        switch value {
        case .null: items = []
        case .list, .hours: items = value.list ?? []
        default: items = [value]
        }
        for item in items {
            context.slots[binding.slot] = item
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
        for item in rule.lets {
            let v = try item.eval(context)
            context.slots[item.slot] = v
            steps.append(Explanation.Step(role: "let.\(item.name)", expression: text("let.\(item.name)"), value: summary(v)))
        }
        let condition = try rule.when(context)
        steps.append(Explanation.Step(role: "when", expression: text("when"), value: summary(condition)))
        let outcome: String
        switch condition {
        case .bool(true):
            outcome = "fired"
            for item in rule.evidence {
                steps.append(Explanation.Step(role: "evidence.\(item.name)", expression: text("evidence.\(item.name)"), value: summary(try item.eval(context))))
            }
        case .bool(false): outcome = "passed"
        default: outcome = "insufficient-data"
        }
        traced.append(Explanation.Subject(pointer: pointer, steps: steps, outcome: outcome))
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
