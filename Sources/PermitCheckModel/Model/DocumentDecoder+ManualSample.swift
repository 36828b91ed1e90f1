/// `manualSamples[i]` (catalog v2): manual monitoring results.
extension DocumentDecoder {
    package mutating func manualSample(_ p: String) throws(JSONError) -> Slot<ManualSample> {
        var outlet = Slot<String>.absent, pollutant = Slot<String>.absent, sampledAt = Slot<Timestamp>.absent
        var value = Slot<Double>.absent, unit = Slot<Unit>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "outlet": outlet = try d.string(p + "/outlet")
            case "pollutant": pollutant = try d.pollutant(p + "/pollutant")
            case "sampledAt": sampledAt = try d.timestamp(p + "/sampledAt")
            case "value": value = try d.amount(p + "/value")
            case "unit": unit = try d.unit(p + "/unit")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (outlet: require(outlet, "outlet", in: p, object: at), pollutant: require(pollutant, "pollutant", in: p, object: at),
                 sampledAt: require(sampledAt, "sampledAt", in: p, object: at), unit: require(unit, "unit", in: p, object: at))
        guard let outlet = r.outlet, let pollutant = r.pollutant, let sampledAt = r.sampledAt, let unit = r.unit,
              value.isUsable
        else { return .invalid }
        return .value(ManualSample(outlet: outlet, pollutant: pollutant, sampledAt: sampledAt, value: value.value, unit: unit))
    }
}
