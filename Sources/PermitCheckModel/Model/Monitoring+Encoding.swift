/// Monitoring series, manual samples and stoppages as filing-v1 JSON (see
/// `Filing+Encoding.swift`): columns back to arrays with `null` for NaN, flags
/// back to their string.
extension MonitoringSeries {
    package var json: JSONValue {
        var o = JSONObject()
        o["outlet"] = .string(outlet)
        o["pollutant"] = .string(pollutant)
        o["unit"] = .string(unit.symbol)
        o["start"] = .string(start.description)
        o["interval"] = .string(interval.rawValue)
        o["values"] = .array(values.map(JSONValue.reading))
        o.set("o2", o2.map { .array($0.map(JSONValue.reading)) })
        o.set("flow", flow.map { .array($0.map(JSONValue.reading)) })
        o["flags"] = .string(String(decoding: flags, as: UTF8.self))
        return .object(o)
    }
}

extension ManualSample {
    package var json: JSONValue {
        var o = JSONObject()
        o["outlet"] = .string(outlet)
        o["pollutant"] = .string(pollutant)
        o["sampledAt"] = .string(sampledAt.description)
        o.set("value", value.map(JSONValue.number))
        o["unit"] = .string(unit.symbol)
        return .object(o)
    }
}

extension Stoppage {
    package var json: JSONValue {
        var o = JSONObject()
        o["from"] = .string(from.description)
        o.set("to", to.map { .string($0.description) })
        o.set("declaredAt", declaredAt.map { .string($0.description) })
        o.set("reason", reason.map(JSONValue.string))
        o.set("outlets", outlets.map { .array($0.map(JSONValue.string)) })
        return .object(o)
    }
}
