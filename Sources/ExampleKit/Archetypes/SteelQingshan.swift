import PermitCheck

/// 武汉青山示例钢铁: an integrated steel works (GB/T 4754 3110, key area)
/// with two sintering machines (ref O2 16 %) and a hot-blast stove, an
/// annual SO2 cap and a completed ultra-low-emission claim.
///
/// Designed findings (everything else stays clean):
/// - EL-HOUR on DA001 NOx: 2025-08-14 09:00–13:00, five hours measured at
///   44.0–51.2 mg/m3 with air in-leak (O2 17.1–17.4 %), 57.9–67.3 after
///   correction to 16 % — above 50 although three of them are below as measured.
/// - UL-RATE on DA003 NOx (hot-blast stove, ULE limit 200, permit limit 300,
///   so no EL-HOUR): 60 hours at 205–258 mg/m3, 2025-08-10 08:00 to
///   08-12 19:00, pushing August's share within the ULE limit below 95 %.
/// - UL-NOT-LISTED: the claim names DA001–DA003; the public list entry in
///   `registry.json` names DA001 and DA003 only.
/// - STOP-CONTRADICTED: the report declares DA002 stopped 2025-09-05 00:00 to
///   09-09 00:00, but DA002 ran (`N`, with flow) from 09-08 00:00: 24 hours.
///   The other two declared stoppages match the `F` hours exactly.
enum SteelQingshan {
    static let outlets = ["DA001", "DA002", "DA003"]
    /// Every stack's PM, SO2 and NOx are measured by the CEMS.
    static let cems = ["PM", "SO2", "NOx"].map(Part.automatic)

    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.steel
        let sinterLimits = [Part.limit("PM", 10), Part.limit("SO2", 35), Part.limit("NOx", 50)]
        let permit = Part.permit(
            party, class: "key", validFrom: "2023-06-01", validTo: "2028-05-31",
            reportSchedule: [Part.due("quarterly-report", days: 15), Part.due("annual-report", days: 31)],
            outlets: [
                Part.outlet("DA001", "1#烧结机机头排气筒", category: "main", process: "sintering-head",
                            referenceO2: 16, limits: sinterLimits, monitoringPlan: cems),
                Part.outlet("DA002", "2#烧结机机头排气筒", category: "main", process: "sintering-head",
                            referenceO2: 16, limits: sinterLimits, monitoringPlan: cems),
                Part.outlet("DA003", "1#高炉热风炉排气筒", category: "main", process: "hot-blast-stove",
                            limits: [Part.limit("PM", 15), Part.limit("SO2", 100), Part.limit("NOx", 300)], monitoringPlan: cems),
            ],
            annualCaps: [Part.cap("SO2", 420)])
        var document = FilingDocument(
            id: context.id("2025Q3-420107-STEEL"), submittedAt: "2025-10-13T16:42:00+08:00",
            enterprise: Part.enterprise(party, industry: "3110", region: Region.qingshan, keyArea: true),
            permit: permit)
        document.reportSections = Part.reportSections
        document.monitoring = sinter(context) + stove(context)
        document.manualSamples = []
        document.stoppages = [
            Part.stoppage(from: QuarterClock.time(7, 22, 8), to: QuarterClock.time(7, 23, 20), declaredAt: QuarterClock.time(7, 22, 9),
                          reason: "1#烧结机故障停机", outlets: ["DA001"]),
            Part.stoppage(from: QuarterClock.time(8, 26, 6), to: QuarterClock.time(8, 26, 18), declaredAt: QuarterClock.time(8, 25, 16),
                          reason: "热风炉检修", outlets: ["DA003"]),
            Part.stoppage(from: QuarterClock.time(9, 5, 0), to: QuarterClock.time(9, 9, 0), declaredAt: QuarterClock.time(9, 4, 15),
                          reason: "2#烧结机计划检修", outlets: ["DA002"]),
        ]
        document.facilities = [
            denitrification("TA001", outlet: "DA001", hours: 2172),  // DA001 stopped 36 h
            denitrification("TA002", outlet: "DA002", hours: 2136),  // DA002 stopped 72 h
        ]
        document.ultraLowEmission = [
            "claim": "completed", "retrofitCompletedOn": "2024-10-31", "evaluationReportOn": "2025-01-20",
            "sources": .array(outlets.map(JSONValue.string)),
        ]
        return document.json
    }

    /// The two sintering heads: PM, SO2, NOx with O2 and flow.
    static func sinter(_ context: BuildContext) -> [HourlySeries] {
        let h = context.hours
        let air = Level(15.4, spread: 0.3, range: 14.6...16.3)
        var head1 = OutletSignal(hours: h, seed: context.seed, outlet: "DA001", o2: air,
                                 flow: Level(820_000, spread: 15_000, range: 770_000...875_000, decimals: -2),
                                 stops: [QuarterClock.hours(from: (7, 22, 8), to: (7, 23, 20))])
        let head2 = OutletSignal(hours: h, seed: context.seed, outlet: "DA002", o2: air,
                                 flow: Level(780_000, spread: 15_000, range: 730_000...835_000, decimals: -2),
                                 stops: [QuarterClock.hours(from: (9, 5, 0), to: (9, 8, 0))])
        // EL-HOUR: air in-leak on 14 August raises O2 for five hours.
        let leakStart = QuarterClock.hour(8, 14, 9)
        let leakO2 = [17.2, 17.4, 17.1, 17.3, 17.2], leakNOx = [44.0, 47.5, 51.2, 49.8, 45.3]
        for (i, o2) in leakO2.enumerated() { head1.setO2(o2, at: leakStart + i) }

        var series: [HourlySeries] = []
        for (name, signal) in [("DA001", head1), ("DA002", head2)] {
            series.append(HourlySeries(outlet: name, pollutant: "PM", unit: "mg/m3",
                                       level: Level(4.2, spread: 0.7, range: 2.5...6.5), signal: signal, seed: context.seed))
            series.append(HourlySeries(outlet: name, pollutant: "SO2", unit: "mg/m3",
                                       level: Level(17, spread: 2.5, range: 10...24), signal: signal, seed: context.seed))
            var nox = HourlySeries(outlet: name, pollutant: "NOx", unit: "mg/m3",
                                   level: Level(32, spread: 3.5, range: 22...40), signal: signal, seed: context.seed)
            if name == "DA001" {
                for (i, value) in leakNOx.enumerated() { nox.set(leakStart + i, value: value) }
            }
            series.append(nox)
        }
        return series
    }

    /// The hot-blast stove: no reference O2 (none in GB 28663 or the ULE
    /// table), so no `o2` column; NOx drifts above the ULE level in August.
    static func stove(_ context: BuildContext) -> [HourlySeries] {
        let signal = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA003", o2: nil,
                                  flow: Level(210_000, spread: 5_000, range: 192_000...228_000, decimals: -2),
                                  stops: [QuarterClock.hours(from: (8, 26, 6), to: (8, 26, 18))])
        let pm = HourlySeries(outlet: "DA003", pollutant: "PM", unit: "mg/m3",
                              level: Level(5.5, spread: 0.9, range: 3...8), signal: signal, seed: context.seed)
        let so2 = HourlySeries(outlet: "DA003", pollutant: "SO2", unit: "mg/m3",
                               level: Level(28, spread: 4.5, range: 15...42), signal: signal, seed: context.seed)
        var nox = HourlySeries(outlet: "DA003", pollutant: "NOx", unit: "mg/m3",
                               level: Level(150, spread: 10, range: 115...185), signal: signal, seed: context.seed)
        // UL-RATE: burner tuning lost on 10–12 August, 60 hours above 200.
        var drift = SplitMix64(seed: context.seed, stream: "DA003/NOx/drift")
        let high = Level(228, spread: 12, range: 205...258).walk(count: 60, random: &drift)
        let start = QuarterClock.hour(8, 10, 8)
        for (i, value) in high.enumerated() { nox.set(start + i, value: value) }
        return [pm, so2, nox]
    }

    /// The activated-carbon desulfurisation/denitrification unit of a
    /// sintering head; its bypass was removed in the ULE retrofit.
    static func denitrification(_ id: String, outlet: String, hours: Double) -> JSONValue {
        ["id": .string(id), "kind": "活性炭脱硫脱硝", "outlet": .string(outlet), "targets": ["SO2", "NOx", "PM"],
         "productionHours": .number(hours), "operatingHours": .number(hours),
         "bypasses": [Part.bypass("BP1", status: "removed", seal: nil, filed: true, monitoring: [], onlineLinked: false)]]
    }
}
