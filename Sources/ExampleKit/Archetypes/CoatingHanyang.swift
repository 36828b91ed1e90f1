import PermitCheck

/// 武汉汉阳示例家具涂装: a furniture coating plant (2110) filing for **2026
/// Q3**, the quarter in which the 生态环境法典 came into force (2026-08-15):
/// its findings show acts before, after and across that date.
///
/// Designed findings:
/// - EL-HOUR on DA001 NMHC (60 mg/m3): 2026-08-14 22:00 to 08-15 01:00, four
///   hours at 66–78 — acts on both sides, so it cites 大气污染防治法 第九十九条第（二）项
///   (with its successor 法典 第一千一百零七条) and the 法典 articles.
/// - VOC-SYNC: the RTO ran 1,932 of the line's 1,980 production hours (0.976 < 1.0);
///   a period rule over the whole quarter, so it cites both sides too.
/// - VOC-DILUTION: no supplementary air, outlet O2 20.5 % above inlet 20.2 %.
/// - VOC-NO-FACILITY: the glue-mixing room's stream VS2 (2.4 kg/h) is untreated.
/// - AUTOMON-REQUIRED: the permit requires automatic NOx monitoring at DA001; there is no NOx series.
/// - SELF-MON-FREQ: PM at DA001 is due by hand once a month; August has no sample.
/// - STOP-UNDECLARED: the drying line DA002 was stopped (`F`) all September and
///   the report declares no stoppage (`stoppages: []`).
/// - HW-TRANSPORTER `unknown-license` twice: the 08-10 shipment (固体废物污染环境防治法
///   第八十三条) and the 08-20 one (法典 第五百三十七条) used an unregistered carrier.
/// - HW-APPROVAL-RECEIVER `receiver-mismatch`: the 09-03 shipment to Zhuzhou
///   cites an approval that names the Changsha receiver.
enum CoatingHanyang {
    static let period = ReportingPeriod.q3_2026

    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.coating
        let permit = Part.permit(
            party, class: "key", validFrom: "2025-01-10", validTo: "2030-01-09",
            reportSchedule: [Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "涂装线RTO排气筒", category: "main", process: "vocs-treatment",
                            limits: [Part.limit("NMHC", 60), Part.limit("PM", 20)],
                            monitoringPlan: [Part.automatic("NMHC"), Part.automatic("NOx"), Part.manual("PM", times: 1, per: "month")]),
                Part.outlet("DA002", "烘干线排气筒", category: "general", process: "vocs-treatment",
                            limits: [Part.limit("NMHC", 60)], monitoringPlan: [Part.automatic("NMHC")]),
            ])
        var document = FilingDocument(
            id: context.id("2026Q3-420105-COATING"), submittedAt: "2026-10-13T10:15:00+08:00",
            enterprise: Part.enterprise(party, industry: "2110", region: Region.hanyang, keyArea: true),
            permit: permit)
        document.period = period
        document.reportSections = Part.reportSections
        document.monitoring = series(context)
        document.manualSamples = [
            Part.sample("DA001", "PM", at: period.time(7, 15, 10), 6.2),
            Part.sample("DA001", "PM", at: period.time(9, 16, 10), 5.8),
        ]
        document.stoppages = []
        document.facilities = [[
            "id": "TA001", "kind": "RTO", "outlet": "DA001", "targets": ["NMHC"],
            "initialRate": Part.quantity(3.8, "kg/h"),
            "collectionEfficiency": 0.85, "removalEfficiency": 0.91,
            "productionHours": 1980, "operatingHours": 1932,
            "supplementaryAir": false, "inletO2": 20.2, "outletO2": 20.5, "lowVocsMaterials": false,
            "bypasses": [],
        ]]
        document.vocsStreams = [
            Part.stream("VS1", outlet: "DA001", rate: 3.8, treatedBy: "TA001"),
            Part.stream("VS2", outlet: "DA002", rate: 2.4, treatedBy: nil),
        ]
        document.hazardousWaste = [
            "openingStock": [Part.lot("900-252-12", 2.0)],
            "generated": [Part.lot("900-252-12", 14.0)],
            "utilized": [],
            "stored": [Part.lot("900-252-12", 1.0, since: "2026-09-21")],
            "transfers": .array(shipments.map(\.json)),
        ]
        return document.json
    }

    static let caidian = Part.party(Parties.receiverCaidian, license: Parties.licenseCaidian)
    static let unregistered = Part.party(Parties.carrierUnregistered, license: Parties.licenseCarrierUnregistered)

    static let shipments: [Shipment] = [
        Shipment(manifest: "20264201000611", code: "900-252-12", quantity: 4.0, received: 4.0,
                 shippedAt: period.time(8, 10, 9), receivedAt: period.time(8, 10, 15),
                 receiver: caidian, transporter: unregistered, origin: Region.hanyang, destination: Region.caidian,
                 approval: nil, confirmedAt: .string(period.time(8, 11, 9))),
        Shipment(manifest: "20264201000612", code: "900-252-12", quantity: 5.0, received: 5.0,
                 shippedAt: period.time(8, 20, 9), receivedAt: period.time(8, 20, 14),
                 receiver: caidian, transporter: unregistered, origin: Region.hanyang, destination: Region.caidian,
                 approval: nil, confirmedAt: .string(period.time(8, 21, 10))),
        Shipment(manifest: "20264201000613", code: "900-252-12", quantity: 6.0, received: 6.0,
                 shippedAt: period.time(9, 3, 8), receivedAt: period.time(9, 4, 11),
                 receiver: Part.party(Parties.receiverZhuzhou, license: Parties.licenseZhuzhou),
                 transporter: Part.party(Parties.carrierHunan, license: Parties.licenseCarrierHunan),
                 origin: Region.hanyang, destination: Region.zhuzhou, approval: Parties.approvalCoating,
                 confirmedAt: .string(period.time(9, 7, 9))),
    ]

    /// DA001 runs two shifts (06:00–22:00) except 15–16 August; DA002 stops for good at the end of August.
    static func series(_ context: BuildContext) -> [HourlySeries] {
        // The straddling exceedance runs into the night shift on 14 August.
        let peak = period.hour(8, 14, 22)
        var running = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA001", o2: nil,
                                   flow: Level(48_000, spread: 1_500, range: 42_000...54_000, decimals: -2, profile: .dayShift))
        running.stopDaily(hours: [22, 23, 0, 1, 2, 3, 4, 5])
        var nmhc = HourlySeries(outlet: "DA001", pollutant: "NMHC", unit: "mg/m3",
                                level: Level(22, spread: 4, range: 10...38, profile: .dayShift), signal: running, seed: context.seed)
        for (i, value) in [66.0, 71.5, 78.0, 69.2].enumerated() { nmhc.set(peak + i, value: value) }
        for i in 0..<4 where peak + i < context.hours && nmhc.flow != nil { nmhc.flow?[peak + i] = 46_500 }
        let dryer = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA002", o2: nil,
                                 flow: Level(20_000, spread: 800, range: 17_000...23_000, decimals: -2),
                                 stops: [period.hours(from: (9, 1, 0), to: (10, 1, 0))])
        let drying = HourlySeries(outlet: "DA002", pollutant: "NMHC", unit: "mg/m3",
                                  level: Level(16, spread: 3, range: 6...30), signal: dryer, seed: context.seed)
        var series = [nmhc, drying]
        for k in series.indices { series[k].start = period.seriesStart }
        return series
    }
}
