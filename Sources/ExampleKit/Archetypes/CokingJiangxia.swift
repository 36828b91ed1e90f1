import PermitCheck

/// 武汉江夏示例焦化: a coking plant (2521) with a coke-oven stack (ref O2
/// 8 %), a coal-charging dedusting station, and a permit about to expire.
///
/// Designed findings:
/// - EL-DAY on DA001 NOx (daily limit 150 mg/m3 at 8 % O2): on 2025-08-06
///   all 24 hours are valid and each corrects to 152–172, so the day's
///   average is above the limit.
/// - DQ-O2 on the three DA001 series: 2025-09-12 02:00–06:00, a probe leak
///   reads O2 20.6–20.9 % with flag `N` (the concentrations are null, so the
///   hours are not valid and nothing else fires).
/// - DQ-CAPTURE on DA002 PM: the analyser is faulty (`D`) from 2025-08-15
///   00:00 to 08-26 00:00, 264 hours, so capture falls below 0.90.
/// - EL-UNPERMITTED-OUTLET: a PM series for DA003 (推焦地面站), which the
///   permit does not list.
/// - PERMIT-EXPIRING: the permit ends on 2025-11-20, 51 days after the period.
/// - DQ-OUTAGE-48H on DA002 PM: the same fault is one outage run of 264 hours
///   (> 48, 自控办法 第十五条).
/// - DQ-MANUAL-DURING-OUTAGE on DA002 PM: during the fault the plant sampled
///   PM by hand only at 09:00 and 21:00 (12-hour gaps, 2 a day instead of 4).
enum CokingJiangxia {
    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.coking
        let permit = Part.permit(
            party, class: "key", validFrom: "2020-11-21", validTo: "2025-11-20",
            reportSchedule: [Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "焦炉烟囱", category: "main", process: "coke-oven", referenceO2: 8,
                            limits: [Part.limit("PM", 15), Part.limit("SO2", 30), Part.limit("NOx", 150, averaging: "day")],
                            monitoringPlan: ["PM", "SO2", "NOx"].map(Part.automatic)),
                Part.outlet("DA002", "装煤地面站排气筒", category: "main", process: "coal-charging",
                            limits: [Part.limit("PM", 30)], monitoringPlan: [Part.automatic("PM")]),
            ])
        var document = FilingDocument(
            id: context.id("2025Q3-420115-COKING"), submittedAt: "2025-10-15T11:30:00+08:00",
            enterprise: Part.enterprise(party, industry: "2521", region: Region.jiangxia, keyArea: true),
            permit: permit)
        document.reportSections = Part.reportSections
        document.monitoring = ovenStack(context) + dedusting(context)
        document.stoppages = []
        // Manual PM sampling while DA002's analyser was down (15–25 August): twice a day.
        document.manualSamples = (15...25).flatMap { day in
            [9, 21].map { hour in Part.sample("DA002", "PM", at: QuarterClock.time(8, day, hour), 9 + Double((day + hour) % 5)) }
        }
        return document.json
    }

    /// DA001: PM, SO2, NOx with O2 and flow.
    static func ovenStack(_ context: BuildContext) -> [HourlySeries] {
        var signal = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA001",
                                  o2: Level(10.2, spread: 0.4, range: 9.0...11.5),
                                  flow: Level(260_000, spread: 7_000, range: 236_000...284_000, decimals: -2))
        let leak = QuarterClock.hour(9, 12, 2)
        let leakO2 = [20.6, 20.8, 20.7, 20.9, 20.6]
        for (i, o2) in leakO2.enumerated() { signal.setO2(o2, at: leak + i) }

        var pm = HourlySeries(outlet: "DA001", pollutant: "PM", unit: "mg/m3",
                              level: Level(5, spread: 0.8, range: 3...7.5), signal: signal, seed: context.seed)
        var so2 = HourlySeries(outlet: "DA001", pollutant: "SO2", unit: "mg/m3",
                               level: Level(14, spread: 2.2, range: 8...20), signal: signal, seed: context.seed)
        var nox = HourlySeries(outlet: "DA001", pollutant: "NOx", unit: "mg/m3",
                               level: Level(92, spread: 7, range: 70...108), signal: signal, seed: context.seed)
        for i in 0..<leakO2.count {
            pm.set(leak + i, value: nil); so2.set(leak + i, value: nil); nox.set(leak + i, value: nil)
        }
        // EL-DAY: a coking-time change on 6 August; every hour corrects above 150.
        var upset = SplitMix64(seed: context.seed, stream: "DA001/NOx/upset")
        let corrected = Level(162, spread: 5, range: 152...172).walk(count: 24, random: &upset)
        let day = QuarterClock.hour(8, 6, 0)
        for (i, target) in corrected.enumerated() where day + i < context.hours {
            let o2 = signal.o2?[day + i] ?? 10.2
            // Measured = corrected × (21 − O2) / (21 − 8), rounded down so rounding cannot pull it under 150.
            let measured = (target * (21 - o2) / 13 * 10).rounded(.down) / 10
            nox.set(day + i, value: measured)
        }
        return [pm, so2, nox]
    }

    /// DA002 (permitted, with a long analyser fault) and DA003 (not in the permit).
    static func dedusting(_ context: BuildContext) -> [HourlySeries] {
        let charging = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA002", o2: nil,
                                    flow: Level(180_000, spread: 6_000, range: 160_000...200_000, decimals: -2))
        var pm2 = HourlySeries(outlet: "DA002", pollutant: "PM", unit: "mg/m3",
                               level: Level(9, spread: 1.6, range: 5...14), signal: charging, seed: context.seed)
        pm2.mark(QuarterClock.hours(from: (8, 15, 0), to: (8, 26, 0)), "D", clearValue: true)
        let pushing = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA003", o2: nil,
                                   flow: Level(150_000, spread: 5_000, range: 135_000...165_000, decimals: -2),
                                   stops: [QuarterClock.hours(from: (7, 16, 8), to: (7, 16, 20))])  // fan overhaul
        let pm3 = HourlySeries(outlet: "DA003", pollutant: "PM", unit: "mg/m3",
                               level: Level(8, spread: 1.4, range: 4...12), signal: pushing, seed: context.seed)
        return [pm2, pm3]
    }
}
