/// `facilities`: treatment facilities, their bypasses and the bypasses' openings.
extension DocumentDecoder {
    package mutating func facility(_ p: String) throws(JSONError) -> Slot<Facility> {
        var id = Slot<String>.absent, kind = Slot<String>.absent, outlet = Slot<String>.absent
        var targets = Slot<[String]>.absent, initialRate = Slot<Quantity>.absent
        var collection = Slot<Double>.absent, removal = Slot<Double>.absent
        var production = Slot<Double>.absent, operating = Slot<Double>.absent, bypasses = Slot<[Bypass]>.absent
        var supplementaryAir = Slot<Bool>.absent, inletO2 = Slot<Double>.absent, outletO2 = Slot<Double>.absent
        var lowVocs = Slot<Bool>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "id": id = try d.string(p + "/id")
            case "kind": kind = try d.string(p + "/kind")
            case "outlet": outlet = try d.string(p + "/outlet")
            case "targets": targets = try d.pollutants(p + "/targets")
            case "initialRate": initialRate = try d.quantity(p + "/initialRate", [.massRate])
            case "collectionEfficiency": collection = try d.fraction(p + "/collectionEfficiency")
            case "removalEfficiency": removal = try d.fraction(p + "/removalEfficiency")
            case "productionHours": production = try d.amount(p + "/productionHours")
            case "operatingHours": operating = try d.amount(p + "/operatingHours")
            case "bypasses": bypasses = try d.array(p + "/bypasses") { d, p throws(JSONError) in try d.bypass(p) }
            case "supplementaryAir": supplementaryAir = try d.bool(p + "/supplementaryAir")
            case "inletO2": inletO2 = try d.number(p + "/inletO2", in: 0...100)
            case "outletO2": outletO2 = try d.number(p + "/outletO2", in: 0...100)
            case "lowVocsMaterials": lowVocs = try d.bool(p + "/lowVocsMaterials")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        guard let id = require(id, "id", in: p, object: at), kind.isUsable, outlet.isUsable, let targets = targets.orEmpty(),
              initialRate.isUsable, collection.isUsable, removal.isUsable, production.isUsable, operating.isUsable,
              let bypasses = bypasses.orEmpty(), supplementaryAir.isUsable, inletO2.isUsable, outletO2.isUsable,
              lowVocs.isUsable
        else { return .invalid }
        return .value(Facility(
            id: id, kind: kind.value, outlet: outlet.value, targets: targets, initialRate: initialRate.value,
            collectionEfficiency: collection.value, removalEfficiency: removal.value,
            productionHours: production.value, operatingHours: operating.value, bypasses: bypasses,
            supplementaryAir: supplementaryAir.value, inletO2: inletO2.value, outletO2: outletO2.value,
            lowVocsMaterials: lowVocs.value))
    }

    package mutating func bypass(_ p: String) throws(JSONError) -> Slot<Bypass> {
        var id = Slot<String>.absent, status = Slot<BypassStatus>.absent, seal = Slot<String>.absent
        var filed = Slot<Bool>.absent, monitoring = Slot<[String]>.absent, linked = Slot<Bool>.absent
        var openings = Slot<[BypassOpening]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "id": id = try d.string(p + "/id")
            case "status": status = try d.enumeration(BypassStatus.self, p + "/status")
            case "seal": seal = try d.nonEmptyString(p + "/seal")
            case "filed": filed = try d.bool(p + "/filed")
            case "monitoring": monitoring = try d.strings(p + "/monitoring")
            case "onlineLinked": linked = try d.bool(p + "/onlineLinked")
            case "openings": openings = try d.array(p + "/openings") { d, p throws(JSONError) in try d.opening(p) }
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let i = require(id, "id", in: p, object: at), s = require(status, "status", in: p, object: at)
        guard let i, let s, seal.isUsable, filed.isUsable, let monitoring = monitoring.orEmpty(), linked.isUsable,
              let openings = openings.orEmpty()
        else { return .invalid }
        return .value(Bypass(id: i, status: s, seal: seal.value, filed: filed.value, monitoring: monitoring,
                             onlineLinked: linked.value, openings: openings))
    }

    package mutating func opening(_ p: String) throws(JSONError) -> Slot<BypassOpening> {
        var from = Slot<Timestamp>.absent, to = Slot<Timestamp>.absent
        var reason = Slot<OpeningReason>.absent, reportedAt = Slot<Timestamp>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "from": from = try d.timestamp(p + "/from")
            case "to": to = try d.timestamp(p + "/to")
            case "reason": reason = try d.enumeration(OpeningReason.self, p + "/reason")
            case "reportedAt": reportedAt = try d.timestamp(p + "/reportedAt")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let f = require(from, "from", in: p, object: at), r = require(reason, "reason", in: p, object: at)
        guard let f, let r, to.isUsable, reportedAt.isUsable else { return .invalid }
        return .value(BypassOpening(from: f, to: to.value, reason: r, reportedAt: reportedAt.value))
    }
}
