import PermitCheck

/// 武汉汉南示例发电: a two-unit coal-fired power plant (4411) whose permit
/// carries ultra-low-emission limits (PM 10, SO2 35, NOx 50 mg/m3 at 6 % O2).
///
/// Designed findings:
/// - DQ-FLATLINE on DA001 NOx: eight consecutive valid hours reading exactly
///   31.6 mg/m3, 2025-08-21 02:00–09:00 (the parameter is 6).
/// - EXEC-REPORT-CONTENT: the quarterly report lacks `abnormal-conditions`
///   (超标或污染防治设施异常情况说明), although unit 1 tripped in July.
///
/// Both boilers are `coal-boiler-power` (GB 13223-2011 scope, ULE ref O2 6 %);
/// the reserve period of unit 2 is declared as a stoppage.
///
/// Unit 2's SO2 limit is a daily average (`averaging: day`), exercising
/// EL-DAY without tripping it. Unit 2 is in reserve (F) 1–15 September and
/// unit 1 tripped for 36 hours on 28 July.
enum PowerHannan {
    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.power
        let permit = Part.permit(
            party, class: "key", validFrom: "2022-12-20", validTo: "2027-12-19",
            reportSchedule: [Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "1#机组烟囱", category: "main", process: "coal-boiler-power", referenceO2: 6,
                            limits: [Part.limit("PM", 10), Part.limit("SO2", 35), Part.limit("NOx", 50)],
                            monitoringPlan: ["PM", "SO2", "NOx"].map(Part.automatic) + [Part.manual("Hg", times: 1, per: "quarter")]),
                Part.outlet("DA002", "2#机组烟囱", category: "main", process: "coal-boiler-power", referenceO2: 6,
                            limits: [Part.limit("PM", 10), Part.limit("SO2", 35, averaging: "day"), Part.limit("NOx", 50)],
                            monitoringPlan: ["PM", "SO2", "NOx"].map(Part.automatic) + [Part.manual("Hg", times: 1, per: "quarter")]),
            ])
        var document = FilingDocument(
            id: context.id("2025Q3-420113-POWER"), submittedAt: "2025-10-10T09:05:00+08:00",
            enterprise: Part.enterprise(party, industry: "4411", region: Region.hannan, keyArea: true),
            permit: permit)
        document.reportSections = Part.reportSections.filter { $0 != "abnormal-conditions" }
        document.manualSamples = [
            Part.sample("DA001", "Hg", at: QuarterClock.time(8, 12, 10), 0.0021),
            Part.sample("DA002", "Hg", at: QuarterClock.time(8, 12, 14), 0.0018),
        ]
        document.stoppages = [
            Part.stoppage(from: QuarterClock.time(7, 28, 3), to: QuarterClock.time(7, 29, 15), declaredAt: QuarterClock.time(7, 28, 4),
                          reason: "1#机组非计划停运", outlets: ["DA001"]),
            Part.stoppage(from: QuarterClock.time(9, 1, 0), to: QuarterClock.time(9, 16, 0), declaredAt: QuarterClock.time(8, 29, 10),
                          reason: "2#机组调度备用", outlets: ["DA002"]),
        ]
        let stops: [String: [Range<Int>]] = [
            "DA001": [QuarterClock.hours(from: (7, 28, 3), to: (7, 29, 15))],
            "DA002": [QuarterClock.hours(from: (9, 1, 0), to: (9, 16, 0))],
        ]
        for outlet in ["DA001", "DA002"] {
            let signal = OutletSignal(
                hours: context.hours, seed: context.seed, outlet: outlet,
                o2: Level(5.8, spread: 0.3, range: 5.0...6.8),
                flow: Level(2_050_000, spread: 40_000, range: 1_350_000...2_400_000, decimals: -3, profile: .gridLoad),
                stops: stops[outlet] ?? [])
            document.monitoring.append(HourlySeries(outlet: outlet, pollutant: "PM", unit: "mg/m3",
                                                    level: Level(3.2, spread: 0.5, range: 1.8...5.5), signal: signal, seed: context.seed))
            document.monitoring.append(HourlySeries(outlet: outlet, pollutant: "SO2", unit: "mg/m3",
                                                    level: Level(19, spread: 2.8, range: 11...27), signal: signal, seed: context.seed))
            var nox = HourlySeries(outlet: outlet, pollutant: "NOx", unit: "mg/m3",
                                   level: Level(33, spread: 3.5, range: 24...41), signal: signal, seed: context.seed)
            if outlet == "DA001" {
                // DQ-FLATLINE: the NOx analyser's output froze for eight hours.
                nox.flatline(QuarterClock.hours(from: (8, 21, 2), to: (8, 21, 10)), value: 31.6)
            }
            document.monitoring.append(nox)
        }
        return document.json
    }
}
