/// `permit`: the permit's identity, its outlets with their limits (and, catalog
/// v2, monitoring plans), annual caps and (catalog v2) the report schedule.
extension DocumentDecoder {
    package mutating func permit(_ p: String) throws(JSONError) -> Slot<Permit> {
        var number = Slot<String>.absent, permitClass = Slot<PermitClass>.absent
        var validFrom = Slot<LocalDate>.absent, validTo = Slot<LocalDate>.absent
        var outlets = Slot<[Outlet]>.absent, caps = Slot<[AnnualCap]>.absent, schedule = Slot<[ReportDeadline]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "number": number = try d.string(p + "/number")
            case "class": permitClass = try d.enumeration(PermitClass.self, p + "/class")
            case "validFrom": validFrom = try d.date(p + "/validFrom")
            case "validTo": validTo = try d.date(p + "/validTo")
            case "outlets": outlets = try d.array(p + "/outlets") { d, p throws(JSONError) in try d.outlet(p) }
            case "annualCaps": caps = try d.array(p + "/annualCaps") { d, p throws(JSONError) in try d.annualCap(p) }
            case "reportSchedule":
                schedule = try d.reportedArray(p + "/reportSchedule") { d, p throws(JSONError) in try d.reportDeadline(p) }
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (
            number: require(number, "number", in: p, object: at), permitClass: require(permitClass, "class", in: p, object: at),
            validFrom: require(validFrom, "validFrom", in: p, object: at), validTo: require(validTo, "validTo", in: p, object: at)
        )
        guard let number = r.number, let permitClass = r.permitClass, let validFrom = r.validFrom, let validTo = r.validTo,
              let outlets = outlets.orEmpty(), let caps = caps.orEmpty(), schedule.isUsable
        else { return .invalid }
        return .value(Permit(number: number, permitClass: permitClass, validFrom: validFrom, validTo: validTo,
                             outlets: outlets, annualCaps: caps, reportSchedule: schedule.value))
    }

    package mutating func outlet(_ p: String) throws(JSONError) -> Slot<Outlet> {
        var id = Slot<String>.absent, name = Slot<String>.absent, medium = Slot<Medium>.absent
        var category = Slot<OutletCategory>.absent, process = Slot<String>.absent
        var referenceO2 = Slot<Double>.absent, limits = Slot<[EmissionLimit]>.absent
        var plan = Slot<[MonitoringPlanItem]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "id": id = try d.string(p + "/id")
            case "name": name = try d.string(p + "/name")
            case "medium": medium = try d.enumeration(Medium.self, p + "/medium")
            case "category": category = try d.enumeration(OutletCategory.self, p + "/category")
            case "process": process = try d.string(p + "/process")
            case "referenceO2": referenceO2 = try d.number(p + "/referenceO2", in: 0...100)
            case "limits": limits = try d.array(p + "/limits") { d, p throws(JSONError) in try d.limit(p) }
            case "monitoringPlan":
                plan = try d.reportedArray(p + "/monitoringPlan") { d, p throws(JSONError) in try d.planItem(p) }
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let i = require(id, "id", in: p, object: at), m = require(medium, "medium", in: p, object: at)
        guard let i, let m, name.isUsable, category.isUsable, process.isUsable, referenceO2.isUsable,
              let limits = limits.orEmpty(), plan.isUsable
        else { return .invalid }
        return .value(Outlet(id: i, name: name.value, medium: m, category: category.value, process: process.value,
                             referenceO2: referenceO2.value, limits: limits, monitoringPlan: plan.value))
    }

    package mutating func limit(_ p: String) throws(JSONError) -> Slot<EmissionLimit> {
        var pollutant = Slot<String>.absent, value = Slot<Double>.absent
        var unit = Slot<Unit>.absent, averaging = Slot<Averaging>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "pollutant": pollutant = try d.pollutant(p + "/pollutant")
            case "value": value = try d.amount(p + "/value")
            case "unit": unit = try d.unit(p + "/unit")
            case "averaging": averaging = try d.enumeration(Averaging.self, p + "/averaging")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (pollutant: require(pollutant, "pollutant", in: p, object: at), value: require(value, "value", in: p, object: at),
                 unit: require(unit, "unit", in: p, object: at), averaging: require(averaging, "averaging", in: p, object: at))
        guard let pollutant = r.pollutant, let value = r.value, let unit = r.unit, let averaging = r.averaging else { return .invalid }
        return .value(EmissionLimit(pollutant: pollutant, value: value, unit: unit, averaging: averaging))
    }

    /// `annualCaps[i]`: pollutant, value and a mass unit, all required.
    package mutating func annualCap(_ p: String) throws(JSONError) -> Slot<AnnualCap> {
        var pollutant = Slot<String>.absent, value = Slot<Double>.absent, unit = Slot<Unit>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "pollutant": pollutant = try d.pollutant(p + "/pollutant")
            case "value": value = try d.amount(p + "/value")
            case "unit": unit = try d.unit(p + "/unit", [.mass])
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (pollutant: require(pollutant, "pollutant", in: p, object: at), value: require(value, "value", in: p, object: at),
                 unit: require(unit, "unit", in: p, object: at))
        guard let pollutant = r.pollutant, let value = r.value, let unit = r.unit else { return .invalid }
        return .value(AnnualCap(pollutant: pollutant, value: value, unit: unit))
    }

    /// `reportSchedule[i]` (catalog v2): a report kind and its due day count, both required.
    package mutating func reportDeadline(_ p: String) throws(JSONError) -> Slot<ReportDeadline> {
        var kind = Slot<FilingKind>.absent, due = Slot<Int>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "kind": kind = try d.enumeration(FilingKind.self, p + "/kind")
            case "dueDaysAfterPeriodEnd": due = try d.integer(p + "/dueDaysAfterPeriodEnd", in: 0 ... .infinity)
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let k = require(kind, "kind", in: p, object: at), n = require(due, "dueDaysAfterPeriodEnd", in: p, object: at)
        guard let k, let n else { return .invalid }
        return .value(ReportDeadline(kind: k, dueDaysAfterPeriodEnd: n))
    }
}
