import Foundation
import PermitCheck

/// `permitcheck-bench pipeline [hours] [runs]`: one EL-HOUR-shaped rule over a
/// single series of `hours` hourly values, to time the series pipeline and to
/// count its allocations (run under `valgrind --tool=memcheck` at two sizes:
/// the allocation count must not grow with the number of hours).
enum PipelineBench {
    static let pack = """
    pack: bench
    version: 1
    rules:
      - id: EL-HOUR
        family: emission-limits
        severity: high
        title: t
        for:
          outlet: permit.outlets
          limit: outlet.limits.filter(l, l.averaging == "hour")
        let:
          hours: valid(hourly(outlet.id, limit.pollutant), outlet.referenceO2)
          over: hours.filter(h, corrected(h, outlet.referenceO2) > limit.quantity)
        when: count(over) > 0
        evidence:
          hours: count(over)
          max: over.max(h, value_in(corrected(h, outlet.referenceO2), limit.unit))
    """

    static func filing(hours n: Int) -> Filing {
        var values = [Double](repeating: 0, count: n), o2 = values, flow = values
        for i in 0..<n {
            values[i] = 35 + Double(i % 23) * 0.7
            o2[i] = 15 + Double(i % 7) * 0.3
            flow[i] = 800_000 + Double(i % 11) * 1000
        }
        let start = Timestamp("2025-07-01T00:00:00+08:00") ?? Timestamp(epochSeconds: 0, offsetSeconds: 28_800)
        let day = { (s: String) in LocalDate(s) ?? LocalDate(dayNumber: 0) }
        return Filing(
            id: "BENCH", kind: .quarterlyReport, period: Period(from: day("2025-07-01"), to: day("2025-09-30")),
            enterprise: Enterprise(uscc: "91420684MA4927PJ7B", name: "bench"),
            permit: Permit(number: "91420684MA4927PJ7B001P", permitClass: .key, validFrom: day("2023-01-01"), validTo: day("2027-12-31"),
                           outlets: [Outlet(id: "DA001", medium: .air, referenceO2: 16,
                                            limits: [EmissionLimit(pollutant: "NOx", value: 50, unit: .mgPerM3, averaging: .hour)])]),
            monitoring: [MonitoringSeries(outlet: "DA001", pollutant: "NOx", unit: .mgPerM3, start: start, interval: .hour,
                                          values: values, o2: o2, flow: flow, flags: [UInt8](repeating: UInt8(ascii: "N"), count: n))])
    }

    static func run(_ args: [String]) {
        let hours = args.first.flatMap(Int.init) ?? 10_000
        let runs = args.dropFirst().first.flatMap(Int.init) ?? 20
        let compiled: CompiledPack
        do { compiled = try RulePack.compile(yaml: pack) } catch { print(error); return }
        let engine = Engine(pack: compiled)
        let input = filing(hours: hours)
        var fired = 0
        let seconds = BenchCommand.measure(runs: runs) {
            fired += engine.check(input).findings.count
        }
        print(String(format: "pipeline: %d hours, %.3f ms per check, %.1f ns per hour (%d findings)",
                     hours, seconds * 1e3, seconds * 1e9 / Double(hours), fired))
    }
}
