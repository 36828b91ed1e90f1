import PermitCheck

/// 武汉黄陂示例制药: an API manufacturer (2710) with a wastewater outlet
/// (COD, NH3-N, TP in mg/L, daily limits), an RTO stack, a gas boiler and a
/// hazardous-waste account full of designed transfer problems.
///
/// Designed findings (transfers by index in `hazardousWaste.transfers`):
/// - #0 (271-001-02 to the Caidian licensee) and #1 (900-041-49 in kg, to a
///   licence listing only `HW49`) are clean.
/// - HW-LICENSE `expired`: #2, waste oil shipped 2025-07-22 to a receiver
///   whose licence ended 2025-06-30.
/// - #3 goes to Hunan (420116 → 430121) under approval 鄂环危转〔2025〕37号,
///   valid and covering HW02 — clean; HW-CROSS-PROVINCE `no-approval`: #4,
///   the same route with `approval: null`.
/// - HW-DISCREPANCY: #5, 15.0 t shipped, 13.1 t received (12.7 %), reported
///   to the receiving bureau the next morning (`reported: true`).
/// - HW-UNCONFIRMED: #5 was received on Tuesday 2025-08-19 and confirmed in
///   the information system on 08-28, two working days after the deadline
///   (the 5th working day after receipt, 08-26).
/// - HW-IN-TRANSIT: #6, shipped 2025-09-08, never received (22 days open).
/// - HW-TRANSPORTER `unknown-license`: #7, a carrier not in the registry.
/// - HW-STORAGE: a 0.42 t lot of 900-041-49 stored since 2024-06-15 (472 days).
/// - HW-BALANCE critical: 271-002-02 is 5.0 t short (10.4 + 58.3 − 45.5 − 18.2);
///   the other three codes balance to 0.
enum PharmaHuangpi {
    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.pharma
        let permit = Part.permit(
            party, class: "key", validFrom: "2024-07-15", validTo: "2029-07-14",
            reportSchedule: [Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "RTO排气筒", category: "main", process: "vocs-treatment",
                            limits: [Part.limit("NMHC", 60)], monitoringPlan: [Part.automatic("NMHC")]),
                Part.outlet("DA002", "燃气锅炉排气筒", category: "general", process: "gas-boiler", referenceO2: 3.5,
                            limits: [Part.limit("NOx", 50)], monitoringPlan: [Part.automatic("NOx")]),
                Part.outlet("DW001", "废水总排口", medium: "water", category: "main", process: "wastewater-treatment",
                            limits: [Part.limit("COD", 100, unit: "mg/L", averaging: "day"),
                                     Part.limit("NH3N", 20, unit: "mg/L", averaging: "day"),
                                     Part.limit("TP", 1, unit: "mg/L", averaging: "day")],
                            monitoringPlan: ["COD", "NH3N", "TP"].map(Part.automatic) + [Part.manual("TN", times: 1, per: "month")]),
            ])
        var document = FilingDocument(
            id: context.id("2025Q3-420116-PHARMA"), submittedAt: "2025-10-11T10:02:00+08:00",
            enterprise: Part.enterprise(party, industry: "2710", region: Region.huangpi, keyArea: true),
            permit: permit)
        document.reportSections = Part.reportSections
        document.monitoring = series(context)
        document.manualSamples = [(7, 9), (8, 13), (9, 10)].map { month, day in
            Part.sample("DW001", "TN", at: QuarterClock.time(month, day, 9), 11.5 + Double(day) / 10, unit: "mg/L")
        }
        document.stoppages = [
            Part.stoppage(from: QuarterClock.time(8, 18, 8), to: QuarterClock.time(8, 19, 20), declaredAt: QuarterClock.time(8, 18, 8, 30),
                          reason: "RTO蓄热体更换，生产线同步停产", outlets: ["DA001"]),
        ]
        document.hazardousWaste = PharmaWaste.account
        return document.json
    }

    static func series(_ context: BuildContext) -> [HourlySeries] {
        let rto = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA001", o2: nil,
                               flow: Level(35_000, spread: 1_000, range: 31_000...39_000, decimals: -1),
                               stops: [QuarterClock.hours(from: (8, 18, 8), to: (8, 19, 20))])
        let boiler = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA002",
                                  o2: Level(4.2, spread: 0.4, range: 3.2...5.4),
                                  flow: Level(9_500, spread: 400, range: 8_200...10_800, decimals: -1))
        let water = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DW001", o2: nil,
                                 flow: Level(85, spread: 5, range: 68...102))
        return [
            HourlySeries(outlet: "DA001", pollutant: "NMHC", unit: "mg/m3",
                         level: Level(12, spread: 2.5, range: 5...22), signal: rto, seed: context.seed),
            HourlySeries(outlet: "DA002", pollutant: "NOx", unit: "mg/m3",
                         level: Level(32, spread: 3, range: 24...40), signal: boiler, seed: context.seed),
            HourlySeries(outlet: "DW001", pollutant: "COD", unit: "mg/L",
                         level: Level(48, spread: 6, range: 30...68), signal: water, seed: context.seed),
            HourlySeries(outlet: "DW001", pollutant: "NH3N", unit: "mg/L",
                         level: Level(4.2, spread: 0.7, range: 2...7, decimals: 2), signal: water, seed: context.seed),
            HourlySeries(outlet: "DW001", pollutant: "TP", unit: "mg/L",
                         level: Level(0.32, spread: 0.06, range: 0.15...0.55, decimals: 2), signal: water, seed: context.seed),
        ]
    }
}
