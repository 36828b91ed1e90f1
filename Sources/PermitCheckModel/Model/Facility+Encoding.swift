/// Treatment facilities, their bypasses and VOCs streams as filing-v1 JSON
/// (see `Filing+Encoding.swift`).
extension Facility {
    package var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o.set("kind", kind.map(JSONValue.string))
        o.set("outlet", outlet.map(JSONValue.string))
        o["targets"] = .array(targets.map(JSONValue.string))
        o.set("initialRate", initialRate.map(JSONValue.quantity))
        o.set("collectionEfficiency", collectionEfficiency.map(JSONValue.number))
        o.set("removalEfficiency", removalEfficiency.map(JSONValue.number))
        o.set("productionHours", productionHours.map(JSONValue.number))
        o.set("operatingHours", operatingHours.map(JSONValue.number))
        o["bypasses"] = .array(bypasses.map(\.json))
        o.set("supplementaryAir", supplementaryAir.map(JSONValue.bool))
        o.set("inletO2", inletO2.map(JSONValue.number))
        o.set("outletO2", outletO2.map(JSONValue.number))
        o.set("lowVocsMaterials", lowVocsMaterials.map(JSONValue.bool))
        return .object(o)
    }
}

extension Bypass {
    package var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["status"] = .string(status.rawValue)
        o.set("seal", seal.map(JSONValue.string))
        o.set("filed", filed.map(JSONValue.bool))
        o["monitoring"] = .array(monitoring.map(JSONValue.string))
        o.set("onlineLinked", onlineLinked.map(JSONValue.bool))
        o["openings"] = .array(openings.map { opening in
            var p = JSONObject()
            p["from"] = .string(opening.from.description)
            p.set("to", opening.to.map { .string($0.description) })
            p["reason"] = .string(opening.reason.rawValue)
            p.set("reportedAt", opening.reportedAt.map { .string($0.description) })
            return .object(p)
        })
        return .object(o)
    }
}

extension VOCsStream {
    package var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o.set("outlet", outlet.map(JSONValue.string))
        o.set("initialRate", initialRate.map(JSONValue.quantity))
        o.set("treatedBy", JSONValue.reported(treatedBy, JSONValue.string))
        o.set("lowVocsMaterials", lowVocsMaterials.map(JSONValue.bool))
        return .object(o)
    }
}
