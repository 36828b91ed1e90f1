/// The parameters a finding rests on (``ParamUse``): those its trace read,
/// each with the value in force on the dates the engine read it on — every
/// act date for hour and window rules, the event's date for event rules,
/// `period.to` for the others (rules-catalog, "Effective-dated parameters").
extension RuleRun {
    func paramUses(_ mask: UInt64, acts: [LocalDate]) -> [ParamUse] {
        guard mask != 0 else { return [] }
        let dates: [LocalDate]
        if rule.acts.readsParamsPerElement, !acts.isEmpty { dates = Array(Set(acts)).sorted() }
        else if rule.acts.readsParamsOnActDate, let first = acts.first { dates = [first] }
        else { dates = [period.to] }
        var uses: [ParamUse] = []
        for read in rule.tracing.reads(mask) where read.param < pack.parameters.count {
            let parameter = pack.parameters[read.param]
            for value in parameter.values where value.key == read.key || read.key == nil {
                guard dates.contains(where: value.inForce(on:)) else { continue }
                uses.append(Self.use(parameter, value))
            }
        }
        return uses
    }

    static func use(_ parameter: Parameter, _ value: ParameterValue) -> ParamUse {
        var unit: String?
        if case .quantity(_, let u) = value.value, u != .one { unit = u.symbol }
        return ParamUse(
            name: parameter.name, key: value.key, value: ValueFormat.evidence(value.value), unit: unit, text: value.valueText,
            status: value.status, source: value.source, from: value.from, until: value.until, setBy: parameter.setBy)
    }
}
