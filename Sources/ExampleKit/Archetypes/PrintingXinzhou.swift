import PermitCheck

/// 武汉新洲示例包装印刷厂: a small packaging printer (2319) under
/// simplified management — the clean control case: no finding expected
/// from the national pack (the Wuhan pack adds nothing either: no flue-gas
/// bypass, not steel).
///
/// Two NMHC stacks (printing and laminating) behind activated carbon with
/// catalytic combustion, and a gas-fired thermal-oil heater; everything
/// runs 07:00–23:00 and is stopped (`F`) at night.
enum PrintingXinzhou {
    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.printing
        let permit = Part.permit(
            party, class: "simplified", validFrom: "2023-03-15", validTo: "2028-03-14",
            reportSchedule: [Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "印刷废气排气筒", category: "general", process: "vocs-treatment",
                            limits: [Part.limit("NMHC", 50)], monitoringPlan: [Part.automatic("NMHC"), Part.manual("PM", times: 1, per: "half-year")]),
                Part.outlet("DA002", "复合废气排气筒", category: "general", process: "vocs-treatment",
                            limits: [Part.limit("NMHC", 50)], monitoringPlan: [Part.automatic("NMHC")]),
                Part.outlet("DA003", "导热油炉排气筒", category: "general", process: "gas-heater", referenceO2: 3.5,
                            limits: [Part.limit("PM", 10), Part.limit("NOx", 50)],
                            monitoringPlan: [Part.automatic("PM"), Part.automatic("NOx"), Part.manual("SO2", times: 1, per: "quarter")]),
            ])
        var document = FilingDocument(
            id: context.id("2025Q3-420117-PRINTING"), submittedAt: "2025-10-09T15:26:00+08:00",
            enterprise: Part.enterprise(party, industry: "2319", region: Region.xinzhou, keyArea: true),
            permit: permit)
        document.reportSections = Part.reportSections
        document.monitoring = series(context)
        document.manualSamples = [Part.sample("DA003", "SO2", at: QuarterClock.time(8, 6, 10), 3)]
        document.stoppages = []
        document.facilities = [[
            "id": "TA001", "kind": "活性炭吸附+催化燃烧", "outlet": "DA001", "targets": ["NMHC"],
            "initialRate": Part.quantity(1.2, "kg/h"),
            "collectionEfficiency": 0.86, "removalEfficiency": 0.84,
            "productionHours": 1472, "operatingHours": 1472,
            "lowVocsMaterials": false,
            "bypasses": [],
        ]]
        document.vocsStreams = [
            Part.stream("VS1", outlet: "DA001", rate: 1.2, treatedBy: "TA001"),
            Part.stream("VS2", outlet: "DA002", rate: 0.8, treatedBy: "TA001"),
        ]
        return document.json
    }

    static func series(_ context: BuildContext) -> [HourlySeries] {
        let nights: Set<Int> = [23, 0, 1, 2, 3, 4, 5, 6]
        var printing = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA001", o2: nil,
                                    flow: Level(18_000, spread: 700, range: 15_500...20_500, decimals: -1, profile: .dayShift))
        var laminating = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA002", o2: nil,
                                      flow: Level(12_000, spread: 500, range: 10_200...13_800, decimals: -1, profile: .dayShift))
        var heater = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA003",
                                  o2: Level(4.0, spread: 0.4, range: 3.0...5.2),
                                  flow: Level(3_200, spread: 150, range: 2_700...3_700, decimals: -1))
        printing.stopDaily(hours: nights)
        laminating.stopDaily(hours: nights)
        heater.stopDaily(hours: nights)
        return [
            HourlySeries(outlet: "DA001", pollutant: "NMHC", unit: "mg/m3",
                         level: Level(11, spread: 2.5, range: 4...20, profile: .dayShift), signal: printing, seed: context.seed),
            HourlySeries(outlet: "DA002", pollutant: "NMHC", unit: "mg/m3",
                         level: Level(9, spread: 2, range: 3...17, profile: .dayShift), signal: laminating, seed: context.seed),
            HourlySeries(outlet: "DA003", pollutant: "PM", unit: "mg/m3",
                         level: Level(2.4, spread: 0.4, range: 1.2...4), signal: heater, seed: context.seed),
            HourlySeries(outlet: "DA003", pollutant: "NOx", unit: "mg/m3",
                         level: Level(28, spread: 3, range: 18...38), signal: heater, seed: context.seed),
        ]
    }
}
