/// `permit` as filing-v1 JSON (see `Filing+Encoding.swift`).
extension Permit {
    package var json: JSONValue {
        var o = JSONObject()
        o["number"] = .string(number)
        o["class"] = .string(permitClass.rawValue)
        o["validFrom"] = .string(validFrom.description)
        o["validTo"] = .string(validTo.description)
        o["outlets"] = .array(outlets.map(\.json))
        o["annualCaps"] = .array(annualCaps.map { ["pollutant": .string($0.pollutant), "value": .number($0.value), "unit": .string($0.unit.symbol)] })
        o.set("reportSchedule", reportSchedule.map { .array($0.map { ["kind": .string($0.kind.rawValue), "dueDaysAfterPeriodEnd": .number(Double($0.dueDaysAfterPeriodEnd))] }) })
        return .object(o)
    }
}

extension Outlet {
    package var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o.set("name", name.map(JSONValue.string))
        o["medium"] = .string(medium.rawValue)
        o.set("category", category.map { .string($0.rawValue) })
        o.set("process", process.map(JSONValue.string))
        o.set("referenceO2", referenceO2.map(JSONValue.number))
        o["limits"] = .array(limits.map {
            ["pollutant": .string($0.pollutant), "value": .number($0.value), "unit": .string($0.unit.symbol), "averaging": .string($0.averaging.rawValue)]
        })
        o.set("monitoringPlan", monitoringPlan.map { .array($0.map(\.json)) })
        return .object(o)
    }
}

extension MonitoringPlanItem {
    package var json: JSONValue {
        var o = JSONObject()
        o["pollutant"] = .string(pollutant)
        o["method"] = .string(method.rawValue)
        o.set("frequency", frequency.map { ["times": .number(Double($0.times)), "per": .string($0.per.rawValue)] })
        return .object(o)
    }
}
