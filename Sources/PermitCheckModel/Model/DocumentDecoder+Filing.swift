/// filing-v1's top level: the document, its period, the enterprise and the
/// ultra-low-emission claim. The optional catalog-v2 lists (`manualSamples`,
/// `stoppages`, `vocsStreams`) stay `nil` when absent and are empty for `null`. Required fields are listed on ``Filing/decode(_:)-swift.type.method``.
extension DocumentDecoder {
    package static let filingSchema = "permitcheck/filing-v1"

    /// The whole filing.
    package mutating func filing() throws(JSONError) -> Slot<Filing> {
        var schema = Slot<String>.absent, id = Slot<String>.absent, kind = Slot<FilingKind>.absent
        var period = Slot<Period>.absent, submittedAt = Slot<Timestamp>.absent
        var enterprise = Slot<Enterprise>.absent, permit = Slot<Permit>.absent
        var monitoring = Slot<[MonitoringSeries]>.absent, facilities = Slot<[Facility]>.absent
        var ule = Slot<UltraLowEmission>.absent, waste = Slot<HazardousWaste>.absent
        var report = Slot<ExecutionReport>.absent, samples = Slot<[ManualSample]>.absent
        var stoppages = Slot<[Stoppage]>.absent, streams = Slot<[VOCsStream]>.absent
        let object = try object("") { d, key throws(JSONError) in
            switch key {
            case "schema": schema = try d.schema(Self.filingSchema)
            case "id": id = try d.string("/id")
            case "kind": kind = try d.enumeration(FilingKind.self, "/kind")
            case "period": period = try d.period("/period")
            case "submittedAt": submittedAt = try d.timestamp("/submittedAt")
            case "enterprise": enterprise = try d.enterprise("/enterprise")
            case "permit": permit = try d.permit("/permit")
            case "monitoring": monitoring = try d.array("/monitoring") { d, p throws(JSONError) in try d.series(p) }
            case "facilities": facilities = try d.array("/facilities") { d, p throws(JSONError) in try d.facility(p) }
            case "ultraLowEmission": ule = try d.ultraLowEmission("/ultraLowEmission")
            case "hazardousWaste": waste = try d.hazardousWaste("/hazardousWaste")
            case "report": report = try d.executionReport("/report")
            case "manualSamples":
                samples = try d.reportedArray("/manualSamples") { d, p throws(JSONError) in try d.manualSample(p) }
            case "stoppages": stoppages = try d.reportedArray("/stoppages") { d, p throws(JSONError) in try d.stoppage(p) }
            case "vocsStreams": streams = try d.reportedArray("/vocsStreams") { d, p throws(JSONError) in try d.vocsStream(p) }
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (
            schema: require(schema, "schema", in: "", object: at), id: require(id, "id", in: "", object: at),
            kind: require(kind, "kind", in: "", object: at), period: require(period, "period", in: "", object: at),
            enterprise: require(enterprise, "enterprise", in: "", object: at), permit: require(permit, "permit", in: "", object: at)
        )
        guard let schema = r.schema, let id = r.id, let kind = r.kind, let period = r.period,
              let enterprise = r.enterprise, let permit = r.permit,
              let monitoring = monitoring.orEmpty(), let facilities = facilities.orEmpty(),
              ule.isUsable, waste.isUsable, submittedAt.isUsable,
              report.isUsable, samples.isUsable, stoppages.isUsable, streams.isUsable
        else { return .invalid }
        return .value(Filing(
            schema: schema, id: id, kind: kind, period: period, submittedAt: submittedAt.value,
            enterprise: enterprise, permit: permit, monitoring: monitoring, facilities: facilities,
            ultraLowEmission: ule.value, hazardousWaste: waste.value,
            report: report.value, manualSamples: samples.value, stoppages: stoppages.value, vocsStreams: streams.value))
    }

    /// `schema`, which must name exactly the expected document type.
    package mutating func schema(_ expected: String) throws(JSONError) -> Slot<String> {
        let start = reader.offset
        let slot = try string("/schema")
        if case .value(let text) = slot, text != expected {
            report(InputCode.wrongSchema, InputMessage.wrongSchema(text, expected: expected), "/schema", at: start)
            return .invalid
        }
        return slot
    }

    package mutating func period(_ p: String) throws(JSONError) -> Slot<Period> {
        var from = Slot<LocalDate>.absent, to = Slot<LocalDate>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "from": from = try d.date(p + "/from")
            case "to": to = try d.date(p + "/to")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let f = require(from, "from", in: p, object: at), t = require(to, "to", in: p, object: at)
        guard let f, let t else { return .invalid }
        return .value(Period(from: f, to: t))
    }

    package mutating func enterprise(_ p: String) throws(JSONError) -> Slot<Enterprise> {
        var uscc = Slot<String>.absent, name = Slot<String>.absent, industry = Slot<String>.absent
        var region = Slot<String>.absent, keyArea = Slot<Bool>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "uscc": uscc = try d.creditCode(p + "/uscc")
            case "name": name = try d.string(p + "/name")
            case "industry": industry = try d.string(p + "/industry")
            case "region": region = try d.string(p + "/region")
            case "keyArea": keyArea = try d.bool(p + "/keyArea")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let u = require(uscc, "uscc", in: p, object: at), n = require(name, "name", in: p, object: at)
        guard let u, let n, industry.isUsable, region.isUsable, keyArea.isUsable else { return .invalid }
        return .value(Enterprise(uscc: u, name: n, industry: industry.value, region: region.value, keyArea: keyArea.value))
    }

    package mutating func ultraLowEmission(_ p: String) throws(JSONError) -> Slot<UltraLowEmission> {
        var claim = Slot<ULEClaim>.absent, completed = Slot<LocalDate>.absent
        var report = Slot<LocalDate>.absent, sources = Slot<[String]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "claim": claim = try d.enumeration(ULEClaim.self, p + "/claim")
            case "retrofitCompletedOn": completed = try d.date(p + "/retrofitCompletedOn")
            case "evaluationReportOn": report = try d.date(p + "/evaluationReportOn")
            case "sources": sources = try d.strings(p + "/sources")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let c = require(claim, "claim", in: p, object: at)
        guard let c, completed.isUsable, report.isUsable, let sources = sources.orEmpty() else { return .invalid }
        return .value(UltraLowEmission(claim: c, retrofitCompletedOn: completed.value,
                                       evaluationReportOn: report.value, sources: sources))
    }
}
