import PermitCheck

/// 武汉东西湖示例汽车零部件: a car-parts coating plant (3670) with a paint
/// line behind an RTO (NMHC, no reference O2) and a biomass boiler.
///
/// Designed findings (facility `TA001`, the RTO):
/// - VOC-EFFICIENCY: initial rate 4.6 kg/h (≥ 3, and ≥ 2 in the Wuhan pack)
///   with removal efficiency 0.76 (< 0.80).
/// - VOC-COLLECTION: collection efficiency 0.72 (< 0.80).
/// - VOC-SYNC: ran 1,278 of the line's 1,360 production hours (0.940 < 1.0);
///   the line's 1,360 hours are the non-`F` hours of the DA001 series.
/// - BP-OPEN: bypass BP1 is `open`.
/// - BP-UNREPORTED + BP-NON-EMERGENCY: BP1 opened 2025-07-18 21:00–07-19 03:30
///   for `production` and was never reported.
/// - BP-SAFEGUARDS: BP2 is `sealed` with no seal and not filed (`missing`:
///   filed, seal).
/// - BP-UNREPORTED: BP2's emergency opening on 2025-08-09 14:00 was reported
///   on 08-11 09:30 (43.5 h); BP3's maintenance opening on 2025-09-03 08:00
///   was reported on 09-05 10:00 (50 h) — also BP-NON-EMERGENCY.
/// - ID-OUTLET: the spray-booth exhaust is numbered `DW002` but is an air outlet.
/// - W-FLUE-BYPASS (Wuhan pack): the boiler's treatment `TA002` (targets SO2,
///   NOx, PM) keeps a `sealed` bypass, correctly safeguarded for the national pack;
///   the enterprise is on the city's 2025 key-discharger list for air (`scope: list`).
/// - VOC-DILUTION: the RTO takes no supplementary air, yet its outlet O2
///   (20.6 %) is above its inlet O2 (20.1 %) — diluted (GB 37822 10.3.3).
/// - VOC-NO-FACILITY: the sanding and sealing booth's collected stream VS2
///   (2.6 kg/h, ≥ the key-area 2 kg/h) goes to no treatment (`treatedBy: null`).
/// - EXEC-REPORT-LATE: the quarterly report was submitted 2025-10-20, five
///   days after the permit's deadline (15 days after the quarter, 10-15).
enum AutopartsDongxihu {
    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.autoparts
        let permit = Part.permit(
            party, class: "key", validFrom: "2024-03-01", validTo: "2029-02-28",
            reportSchedule: [Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "涂装线RTO排气筒", category: "main", process: "vocs-treatment",
                            limits: [Part.limit("NMHC", 50)], monitoringPlan: [Part.automatic("NMHC")]),
                Part.outlet("DA002", "生物质锅炉排气筒", category: "general", process: "biomass-boiler", referenceO2: 9,
                            limits: [Part.limit("PM", 20), Part.limit("SO2", 50), Part.limit("NOx", 150)],
                            monitoringPlan: ["PM", "SO2", "NOx"].map(Part.automatic)),
                Part.outlet("DW002", "喷漆房排风口", category: "general", limits: [Part.limit("NMHC", 50)],
                            monitoringPlan: [Part.manual("NMHC", times: 1, per: "quarter")]),
            ])
        var document = FilingDocument(
            id: context.id("2025Q3-420112-AUTOPARTS"), submittedAt: "2025-10-20T14:18:00+08:00",
            enterprise: Part.enterprise(party, industry: "3670", region: Region.dongxihu, keyArea: true),
            permit: permit)
        document.reportSections = Part.reportSections
        document.monitoring = series(context)
        document.manualSamples = [Part.sample("DW002", "NMHC", at: QuarterClock.time(8, 27, 10), 6.8)]
        document.stoppages = [
            Part.stoppage(from: QuarterClock.time(8, 1, 0), to: QuarterClock.time(8, 8, 0), declaredAt: QuarterClock.time(7, 25, 9),
                          reason: "夏季停产检修", outlets: nil),
        ]
        document.facilities = [rto, boilerTreatment]
        document.vocsStreams = [
            Part.stream("VS1", outlet: "DA001", rate: 4.6, treatedBy: "TA001"),
            Part.stream("VS2", outlet: "DW002", rate: 2.6, treatedBy: nil),
        ]
        document.hazardousWaste = [
            "openingStock": [Part.lot("900-252-12", 1.2)],
            "generated": [Part.lot("900-252-12", 8.4)],
            "utilized": [],
            "stored": [Part.lot("900-252-12", 1.6, since: "2025-09-10")],
            "transfers": [Shipment(
                manifest: "20254201000217", code: "900-252-12", quantity: 8.0, received: 7.96,
                shippedAt: QuarterClock.time(8, 20, 9, 30), receivedAt: QuarterClock.time(8, 20, 15, 10),
                receiver: Part.party(Parties.receiverCaidian, license: Parties.licenseCaidian),
                transporter: Part.party(Parties.carrierWuhan, license: Parties.licenseCarrierWuhan),
                origin: Region.dongxihu, destination: Region.caidian, approval: nil,
                confirmedAt: .string(QuarterClock.time(8, 21, 9, 40))).json],
        ]
        return document.json
    }

    /// The paint line runs 07:00–23:00 and stops for the summer break
    /// (1–7 August); the boiler runs around the clock except that week.
    static func series(_ context: BuildContext) -> [HourlySeries] {
        let summerBreak = QuarterClock.hours(from: (8, 1, 0), to: (8, 8, 0))
        var line = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA001", o2: nil,
                                flow: Level(60_000, spread: 2_000, range: 52_000...68_000, decimals: -2, profile: .dayShift),
                                stops: [summerBreak])
        line.stopDaily(hours: [23, 0, 1, 2, 3, 4, 5, 6])
        let nmhc = HourlySeries(outlet: "DA001", pollutant: "NMHC", unit: "mg/m3",
                                level: Level(14, spread: 3, range: 6...24, profile: .dayShift), signal: line, seed: context.seed)
        let boiler = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA002",
                                  o2: Level(10.5, spread: 0.5, range: 9.2...11.8),
                                  flow: Level(42_000, spread: 1_200, range: 38_000...46_000, decimals: -1),
                                  stops: [summerBreak])
        return [
            nmhc,
            HourlySeries(outlet: "DA002", pollutant: "PM", unit: "mg/m3",
                         level: Level(8, spread: 1.3, range: 4...12), signal: boiler, seed: context.seed),
            HourlySeries(outlet: "DA002", pollutant: "SO2", unit: "mg/m3",
                         level: Level(18, spread: 3.5, range: 8...28), signal: boiler, seed: context.seed),
            HourlySeries(outlet: "DA002", pollutant: "NOx", unit: "mg/m3",
                         level: Level(85, spread: 7, range: 65...105), signal: boiler, seed: context.seed),
        ]
    }

    static let rto: JSONValue = [
        "id": "TA001", "kind": "RTO", "outlet": "DA001", "targets": ["NMHC"],
        "initialRate": Part.quantity(4.6, "kg/h"),
        "collectionEfficiency": 0.72, "removalEfficiency": 0.76,
        "productionHours": 1360, "operatingHours": 1278,
        "supplementaryAir": false, "inletO2": 20.1, "outletO2": 20.6, "lowVocsMaterials": false,
        "bypasses": [
            Part.bypass("BP1", status: "open", seal: nil, filed: false, monitoring: [], onlineLinked: false, openings: [
                Part.opening(from: QuarterClock.time(7, 18, 21), to: QuarterClock.time(7, 19, 3, 30),
                             reason: "production", reportedAt: nil),
            ]),
            Part.bypass("BP2", status: "sealed", seal: nil, filed: false, monitoring: ["flowmeter"], onlineLinked: true, openings: [
                Part.opening(from: QuarterClock.time(8, 9, 14), to: QuarterClock.time(8, 9, 16),
                             reason: "emergency", reportedAt: QuarterClock.time(8, 11, 9, 30)),
            ]),
            Part.bypass("BP3", status: "monitored", seal: "lead-seal", filed: true,
                        monitoring: ["flowmeter", "temperature", "video"], onlineLinked: true, openings: [
                Part.opening(from: QuarterClock.time(7, 30, 10), to: QuarterClock.time(7, 30, 11, 15),
                             reason: "safety", reportedAt: QuarterClock.time(7, 30, 11, 40)),
                Part.opening(from: QuarterClock.time(9, 3, 8), to: QuarterClock.time(9, 3, 12),
                             reason: "maintenance", reportedAt: QuarterClock.time(9, 5, 10)),
            ]),
        ],
    ]

    static let boilerTreatment: JSONValue = [
        "id": "TA002", "kind": "SNCR+布袋除尘+湿法脱硫", "outlet": "DA002", "targets": ["SO2", "NOx", "PM"],
        "productionHours": 2040, "operatingHours": 2040,
        "bypasses": [
            Part.bypass("BP1", status: "sealed", seal: "blind-plate", filed: true, monitoring: ["flowmeter"], onlineLinked: true),
        ],
    ]
}
