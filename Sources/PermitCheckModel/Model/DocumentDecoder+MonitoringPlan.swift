/// `permit.outlets[i].monitoringPlan[j]` (catalog v2): the self-monitoring plan.
extension DocumentDecoder {
    /// A plan item; `frequency` is required for manual items and optional for automatic ones.
    package mutating func planItem(_ p: String) throws(JSONError) -> Slot<MonitoringPlanItem> {
        var pollutant = Slot<String>.absent, method = Slot<MonitoringMethod>.absent
        var frequency = Slot<MonitoringFrequency>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "pollutant": pollutant = try d.pollutant(p + "/pollutant")
            case "method": method = try d.enumeration(MonitoringMethod.self, p + "/method")
            case "frequency": frequency = try d.frequency(p + "/frequency")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (pollutant: require(pollutant, "pollutant", in: p, object: at), method: require(method, "method", in: p, object: at))
        if r.method == .manual { _ = require(frequency, "frequency", in: p, object: at) }
        guard let pollutant = r.pollutant, let method = r.method, frequency.isUsable,
              method == .automatic || frequency.value != nil
        else { return .invalid }
        return .value(MonitoringPlanItem(pollutant: pollutant, method: method, frequency: frequency.value))
    }

    /// `{ "times": n, "per": p }`, both required, `times` a positive whole number.
    package mutating func frequency(_ p: String) throws(JSONError) -> Slot<MonitoringFrequency> {
        var times = Slot<Int>.absent, per = Slot<FrequencyPeriod>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "times": times = try d.integer(p + "/times", in: 1 ... .infinity)
            case "per": per = try d.enumeration(FrequencyPeriod.self, p + "/per")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let t = require(times, "times", in: p, object: at), r = require(per, "per", in: p, object: at)
        guard let t, let r else { return .invalid }
        return .value(MonitoringFrequency(times: t, per: r))
    }
}
