@testable import PermitCheck

/// Small filings built in Swift, for engine tests that do not go through JSON.
enum TestFilings {
    static func time(_ text: String) -> Timestamp { Timestamp(text) ?? Timestamp(epochSeconds: 0, offsetSeconds: 0) }
    static func date(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

    /// One air outlet DA001 (ref O2 16 %) with an hourly NOx limit of 50 mg/m3 and the given hours.
    static func steel(values: [Double], o2: [Double]? = nil, flags: String? = nil, limitUnit: Unit = .mgPerM3, limit: Double = 50) -> Filing {
        let n = values.count
        return Filing(
            id: "T-1", kind: .quarterlyReport,
            period: Period(from: date("2025-07-01"), to: date("2025-09-30")),
            enterprise: Enterprise(uscc: "91420684MA4927PJ7B", name: "测试钢铁", industry: "3110", region: "420107", keyArea: true),
            permit: Permit(
                number: "91420684MA4927PJ7B001P", permitClass: .key, validFrom: date("2023-01-01"), validTo: date("2027-12-31"),
                outlets: [Outlet(id: "DA001", medium: .air, category: .main, process: "sintering-head", referenceO2: 16,
                                 limits: [EmissionLimit(pollutant: "NOx", value: limit, unit: limitUnit, averaging: .hour)])]),
            monitoring: [MonitoringSeries(
                outlet: "DA001", pollutant: "NOx", unit: .mgPerM3, start: time("2025-07-01T00:00:00+08:00"), interval: .hour,
                values: values, o2: o2 ?? Array(repeating: 16, count: n), flow: Array(repeating: 800_000, count: n),
                flags: Array((flags ?? String(repeating: "N", count: n)).utf8))])
    }
}
