import PermitCheck

/// The hand-written baseline: the five benchmark rules (EL-HOUR, DQ-CAPTURE,
/// BP-OPEN/BP-SAFEGUARDS/BP-UNREPORTED, UL-RATE, HW-LICENSE) hard-coded in
/// Swift over the decoded model, as a programmer would write them without a
/// rule engine. It returns the subjects that fire per rule, so the bench can
/// check that the engine and the baseline agree before comparing their speed.
enum Baseline {
    static let fiveRules: Set<String> = ["EL-HOUR", "DQ-CAPTURE", "BP-OPEN", "BP-SAFEGUARDS", "BP-UNREPORTED", "UL-RATE", "HW-LICENSE"]

    static let uleLimits: [String: [(String, Double)]] = {
        let steel = [("PM", 10.0), ("SO2", 50.0), ("NOx", 200.0)], strict = [("PM", 10.0), ("SO2", 35.0), ("NOx", 50.0)]
        return ["sintering-head": strict, "pellet": strict, "coke-oven": [("PM", 10), ("SO2", 30), ("NOx", 150)],
                "hot-blast-stove": steel, "lime-kiln": steel, "heating-furnace": steel, "steel-other": steel,
                "coal-boiler": strict, "cement-kiln": strict]
    }()
    static let uleReferenceO2: [String: Double] = ["sintering-head": 16, "pellet": 16, "coke-oven": 8, "coal-boiler": 6, "cement-kiln": 10]

    /// Subjects that fire, as `RULE pointer` strings.
    static func check(_ f: Filing, _ registry: Registry) -> [String] {
        var out: [String] = []
        elHour(f, &out)
        dqCapture(f, &out)
        bypasses(f, &out)
        ulRate(f, &out)
        hwLicense(f, registry, &out)
        return out
    }

    @inline(__always)
    static func isValid(_ s: MonitoringSeries, _ i: Int, _ ref: Double?) -> Bool {
        guard s.flags[i] == UInt8(ascii: "N"), !s.values[i].isNaN else { return false }
        guard ref != nil else { return true }
        guard let o2 = s.o2?[i], !o2.isNaN else { return false }
        return o2 >= 0 && o2 < 21
    }

    @inline(__always)
    static func corrected(_ s: MonitoringSeries, _ i: Int, _ ref: Double?) -> Double {
        guard let ref else { return s.values[i] }
        guard let o2 = s.o2?[i], o2 < 21 else { return .nan }
        return s.values[i] * (21 - ref) / (21 - o2)
    }

    @inline(__always)
    static func above(_ a: Double, _ b: Double) -> Bool { a > b && abs(a - b) > 1e-9 * max(abs(a), abs(b)) }

    static func elHour(_ f: Filing, _ out: inout [String]) {
        for (i, outlet) in f.permit.outlets.enumerated() {
            for (j, limit) in outlet.limits.enumerated() where limit.averaging == .hour {
                var over = 0, peak = -Double.infinity, first = Double.infinity
                var days = Set<Int>()
                for s in f.monitoring where s.outlet == outlet.id && s.pollutant == limit.pollutant && s.interval == .hour {
                    guard let factor = s.unit.conversion(to: limit.unit) else { continue }
                    for h in 0..<s.count where isValid(s, h, outlet.referenceO2) {
                        let v = corrected(s, h, outlet.referenceO2) * factor
                        guard above(v, limit.value) else { continue }
                        over += 1
                        peak = max(peak, v)
                        let t = s.start.localSeconds + Double(h) * 3600
                        first = min(first, t)
                        days.insert(Int((t / 86_400).rounded(.down)))
                    }
                }
                if over > 0 { out.append("EL-HOUR /permit/outlets/\(i)/limits/\(j)") }
            }
        }
    }

    static func dqCapture(_ f: Filing, _ out: inout [String]) {
        for (k, s) in f.monitoring.enumerated() {
            let ref = f.permit.outlets.first { $0.id == s.outlet }?.referenceO2
            var valid = 0, operating = 0
            for h in 0..<s.count {
                if s.flags[h] != UInt8(ascii: "F") { operating += 1 }
                if isValid(s, h, ref) { valid += 1 }
            }
            if operating > 0, Double(valid) / Double(operating) < 0.9, abs(Double(valid) / Double(operating) - 0.9) > 1e-9 { out.append("DQ-CAPTURE /monitoring/\(k)") }
        }
    }

    static func bypasses(_ f: Filing, _ out: inout [String]) {
        for (i, facility) in f.facilities.enumerated() {
            for (j, b) in facility.bypasses.enumerated() {
                if b.status == .open { out.append("BP-OPEN /facilities/\(i)/bypasses/\(j)") }
                if b.status == .sealed || b.status == .monitored, b.filed != true || b.seal == nil || b.monitoring.isEmpty {
                    out.append("BP-SAFEGUARDS /facilities/\(i)/bypasses/\(j)")
                }
                for (k, o) in b.openings.enumerated() {
                    if let reported = o.reportedAt, reported.epochSeconds <= o.from.epochSeconds + 24 * 3600 { continue }
                    out.append("BP-UNREPORTED /facilities/\(i)/bypasses/\(j)/openings/\(k)")
                }
            }
        }
    }

    static func ulRate(_ f: Filing, _ out: inout [String]) {
        guard let ule = f.ultraLowEmission, ule.claim == .completed else { return }
        let from = Double(f.period.from.dayNumber) * 86_400, to = Double(f.period.to.dayNumber + 1) * 86_400
        for (k, source) in ule.sources.enumerated() {
            guard let outlet = f.permit.outlets.first(where: { $0.id == source }), let row = uleLimits[outlet.process ?? ""] else { continue }
            let ref = uleReferenceO2[outlet.process ?? ""]
            var failing = false
            for (pollutant, limit) in row {
                var months: [Int: (valid: Int, passing: Int)] = [:]
                for s in f.monitoring where s.outlet == source && s.pollutant == pollutant && s.interval == .hour {
                    guard let factor = s.unit.conversion(to: .mgPerM3) else { continue }
                    for h in 0..<s.count where isValid(s, h, outlet.referenceO2) && isValid(s, h, ref) {
                        let t = s.start.localSeconds + Double(h) * 3600
                        guard t >= from, t < to else { continue }
                        let v = corrected(s, h, ref) * factor
                        if v.isNaN { continue }
                        let month = LocalDate(dayNumber: Int((t / 86_400).rounded(.down))).monthIndex
                        months[month, default: (0, 0)].valid += 1
                        if !above(v, limit) { months[month, default: (0, 0)].passing += 1 }
                    }
                }
                if months.values.contains(where: { Double($0.passing) / Double($0.valid) < 0.95 && abs(Double($0.passing) / Double($0.valid) - 0.95) > 1e-9 }) { failing = true }
            }
            if failing { out.append("UL-RATE /ultraLowEmission/sources/\(k)") }
        }
    }

    static func hwLicense(_ f: Filing, _ registry: Registry, _ out: inout [String]) {
        for (k, t) in (f.hazardousWaste?.transfers ?? []).enumerated() {
            guard let license = registry.wasteLicenses.first(where: { $0.license == t.receiver.license }) else {
                out.append("HW-LICENSE /hazardousWaste/transfers/\(k)")
                continue
            }
            let shipped = t.shippedAt.localDate
            let category = t.code.count == 10 ? "HW" + t.code.suffix(2) : ""
            if license.holder != t.receiver.uscc
                || shipped < (license.validFrom ?? shipped) || shipped > (license.validTo ?? shipped)
                || !(license.codes.contains(t.code) || license.codes.contains(category)) {
                out.append("HW-LICENSE /hazardousWaste/transfers/\(k)")
            }
        }
    }
}
