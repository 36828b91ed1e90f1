/// The law in force for one rule run: dated parameters read on the right
/// date, the act dates of a finding, whether the rule applies to them, and
/// the basis entries a finding cites (rules-catalog, "How a finding cites").
extension RuleRun {
    var period: (from: LocalDate, to: LocalDate) { (context.filing.period.from, context.filing.period.to) }

    /// Sets the rule's dated parameters on `period.to`. Event rules read them
    /// again on each event's date; hour and window rules never read these
    /// slots, their compiled reads take the date of the element in scope
    /// (`Compiler+DatedReads.swift`), so here they get the one value over the
    /// period, or null when it changes, for the explainer to show.
    func resolveParams() {
        guard !rule.datedParams.isEmpty else { return }
        let (from, to) = period
        for index in rule.datedParams {
            guard let schedule = pack.paramSchedules[index] else { continue }
            context.params[index] = rule.acts.readsParamsPerElement
                ? schedule.uniformValue(from: from, to: to) ?? .null : schedule.value(on: to)
        }
    }

    func resolveParams(on date: LocalDate) {
        for index in rule.datedParams {
            if let schedule = pack.paramSchedules[index] { context.params[index] = schedule.value(on: date) }
        }
    }

    /// For state and period rules, whose act dates are known before any
    /// subject: whether the rule judges this filing at all.
    var judgesPeriod: Bool {
        switch rule.acts {
        case .state: return applicable([period.to])
        case .period:
            // Every date of the period: a range test, without listing the days.
            let from = max(period.from, rule.appliesFrom ?? period.from)
            guard from <= period.to else { return false }
            return rule.basis.isEmpty || rule.basis.contains { $0.range.overlaps(from: from, to: period.to) }
        default: return true
        }
    }

    /// The act dates of the current subject's finding, by the rule's family.
    func actDates() throws -> [LocalDate] {
        let (from, to) = period
        switch rule.acts {
        case .state: return [to]
        case .period: return Self.days(from, to)
        default:
            guard let eval = rule.actDates else { return [to] }
            let dates = Self.dates(of: try eval(context))
            guard let first = dates.min() else { throw EvaluationError.noActDates }
            if rule.acts == .runningTotal { return Self.days(first, max(first, to)) }
            return dates
        }
    }

    /// Whether some act date is on or after `appliesFrom` with an entry in force
    /// (a data check, without basis, applies whenever `appliesFrom` allows).
    func applicable(_ dates: [LocalDate]) -> Bool {
        let judged = judged(dates)
        guard !judged.isEmpty else { return false }
        guard !rule.basis.isEmpty else { return true }
        return rule.basis.contains { entry in judged.contains { entry.range.contains($0) } }
    }

    /// The entries in force on some act date whose medium, if any, is the subject's.
    func citations(_ dates: [LocalDate]) throws -> [Citation] {
        guard !rule.basis.isEmpty else { return [] }
        let judged = judged(dates)
        var medium: String?
        if let eval = rule.medium, case .string(let m) = try eval(context) { medium = m }
        return rule.basis.filter { entry in
            if let m = entry.medium, let medium, m != medium { return false }
            return judged.contains { entry.range.contains($0) }
        }.map(\.citation)
    }

    /// The act dates the rule judges: those on or after its `appliesFrom`.
    func judged(_ dates: [LocalDate]) -> [LocalDate] {
        rule.appliesFrom.map { start in dates.filter { $0 >= start } } ?? dates
    }

    static func days(_ from: LocalDate, _ to: LocalDate) -> [LocalDate] {
        guard from <= to else { return [to] }
        return (from.dayNumber...to.dayNumber).map { LocalDate(dayNumber: $0) }
    }

    /// Local dates of a date, a time, or a list of them.
    static func dates(of value: Value) -> [LocalDate] {
        switch value {
        case .date(let d): return [LocalDate(dayNumber: d)]
        case .time(let t): return [t.localDate]
        default:
            guard let items = value.elements else { return [] }
            var out: [LocalDate] = []
            for item in items { out += dates(of: item) }
            return out
        }
    }
}

extension CompiledPack {
    /// The name of the parameter at `index`, for messages.
    func parameterName(_ index: Int) -> String {
        index < parameters.count ? parameters[index].name : "#\(index)"
    }
}
