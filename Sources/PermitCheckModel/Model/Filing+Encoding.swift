/// Writing a filing back as filing-v1 JSON: the inverse of `Filing.decode`.
///
/// Every field the model holds is written, under its spec name, in the
/// spec's member order; optional members only when present, and the
/// catalog-v2 distinction kept: a `nil` list is an absent key ("not
/// reported"), an empty one is `[]` ("reported: none"). What decoding
/// normalises (pollutant codes, unit spellings, time offsets) is written in
/// its normal form, so `decode(encode(f))` reads `f` again — the round trip
/// the property tests hold the two sides to. Embedders use it to build a
/// filing in code and hand it to anything that speaks filing-v1.
extension Filing {
    /// The filing as filing-v1 JSON bytes.
    public func encoded(pretty: Bool = false) -> [UInt8] { JSONWriter(pretty: pretty).bytes(json) }

    package var json: JSONValue {
        var o = JSONObject()
        o["schema"] = .string(schema)
        o["id"] = .string(id)
        o["kind"] = .string(kind.rawValue)
        o["period"] = ["from": .string(period.from.description), "to": .string(period.to.description)]
        o.set("submittedAt", submittedAt.map { .string($0.description) })
        if let report {
            var r = JSONObject()
            r.set("sections", report.sections.map { .array($0.map { .string($0.rawValue) }) })
            o["report"] = .object(r)
        }
        o["enterprise"] = enterprise.json
        o["permit"] = permit.json
        o["monitoring"] = .array(monitoring.map(\.json))
        o.set("manualSamples", manualSamples.map { .array($0.map(\.json)) })
        o.set("stoppages", stoppages.map { .array($0.map(\.json)) })
        o["facilities"] = .array(facilities.map(\.json))
        o.set("vocsStreams", vocsStreams.map { .array($0.map(\.json)) })
        if let ule = ultraLowEmission {
            var u = JSONObject()
            u["claim"] = .string(ule.claim.rawValue)
            u.set("retrofitCompletedOn", ule.retrofitCompletedOn.map { .string($0.description) })
            u.set("evaluationReportOn", ule.evaluationReportOn.map { .string($0.description) })
            u["sources"] = .array(ule.sources.map(JSONValue.string))
            o["ultraLowEmission"] = .object(u)
        }
        o.set("hazardousWaste", hazardousWaste.map(\.json))
        return .object(o)
    }
}

extension Enterprise {
    package var json: JSONValue {
        var o = JSONObject()
        o["uscc"] = .string(uscc)
        o["name"] = .string(name)
        o.set("industry", industry.map(JSONValue.string))
        o.set("region", region.map(JSONValue.string))
        o.set("keyArea", keyArea.map(JSONValue.bool))
        return .object(o)
    }
}

extension JSONObject {
    /// Sets `key` only when there is a value: optional members are left out, not `null`.
    package mutating func set(_ key: String, _ value: JSONValue?) {
        if let value { self[key] = value }
    }
}

extension JSONValue {
    /// A number, or `null` for a missing reading (NaN in a column).
    package static func reading(_ value: Double) -> JSONValue { value.isNaN ? .null : .number(value) }

    package static func quantity(_ q: Quantity) -> JSONValue { ["value": .number(q.value), "unit": .string(q.unit.symbol)] }

    /// A catalog-v2 value whose absent key and `null` differ; `nil` for absent.
    package static func reported<T>(_ r: Reported<T>, _ write: (T) -> JSONValue) -> JSONValue? {
        switch r {
        case .absent: return nil
        case .none: return JSONValue.null
        case .value(let v): return write(v)
        }
    }
}
