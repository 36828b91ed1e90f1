import PermitCheck

/// 武汉蔡甸示例水泥: a cement clinker plant (3011) filing its **October 2026
/// monthly report** — wholly after 2026-08-15, so every finding cites the
/// 生态环境法典 where the repealed laws used to stand.
///
/// Designed findings:
/// - EL-HOUR on DA001 NOx (permit 320 mg/m3 at 10 % O2): 2026-10-20
///   14:00–16:00, three hours at 335–352 after correction (法典 179、1103、1107).
/// - DQ-OUTAGE-48H on DA001 SO2: the analyser failed (`D`) from 2026-10-05
///   00:00 to 10-08 12:00 (84 hours), and the maintenance visit that followed
///   (`M`) makes it one outage run of 87 hours.
/// - DQ-CAPTURE on DA001 SO2: the outage leaves too few valid hours in a month.
/// - DQ-MANUAL-DURING-OUTAGE on DA001 SO2: during it SO2 was sampled by hand
///   every 8 hours (3 a day, gaps of 8 h).
/// - HW-UNCONFIRMED: a shipment received on Friday 2026-10-09, after the
///   National Day week; Saturday 10-10 is a working day (调休), so the
///   deadline is 10-15 and the confirmation on 10-16 is one working day late.
/// - HW-MANIFEST-FORMAT `city-mismatch`: the second shipment's manifest names
///   city 02, the plant is in 4201 (蔡甸).
///
/// The report is due 15 days after the month (2026-11-15, a Sunday); it was
/// submitted on Monday 11-16, on time because the deadline rolls forward to
/// the next working day — no EXEC-REPORT-LATE.
enum CementCaidian {
    static let period = ReportingPeriod.october2026

    static func filing(_ context: BuildContext) -> JSONValue {
        let party = Parties.cement
        let permit = Part.permit(
            party, class: "key", validFrom: "2023-09-01", validTo: "2028-08-31",
            reportSchedule: [Part.due("monthly-report", days: 15), Part.due("quarterly-report", days: 15)],
            outlets: [
                Part.outlet("DA001", "窑尾烟囱", category: "main", process: "cement-kiln", referenceO2: 10,
                            limits: [Part.limit("PM", 20), Part.limit("SO2", 100), Part.limit("NOx", 320)],
                            monitoringPlan: ["PM", "SO2", "NOx"].map(Part.automatic)),
                Part.outlet("DA002", "窑头烟囱", category: "main", process: "cement-kiln-head",
                            limits: [Part.limit("PM", 20)], monitoringPlan: [Part.automatic("PM")]),
            ])
        var document = FilingDocument(
            id: context.id("2026M10-420114-CEMENT"), submittedAt: "2026-11-16T16:40:00+08:00",
            enterprise: Part.enterprise(party, industry: "3011", region: Region.caidian, keyArea: true),
            permit: permit)
        document.kind = "monthly-report"
        document.period = period
        document.reportSections = Part.reportSections
        document.monitoring = kilnTail(context) + kilnHead(context)
        document.manualSamples = stride(from: 0, to: 84, by: 8).map { offset in
            let day = 5 + offset / 24, hour = offset % 24
            return Part.sample("DA001", "SO2", at: period.time(10, day, hour, 30), 38 + Double(offset % 7))
        }
        document.stoppages = []
        document.hazardousWaste = [
            "openingStock": [Part.lot("900-249-08", 0.4)],
            "generated": [Part.lot("900-249-08", 1.5), Part.lot("900-041-49", 0.6)],
            "utilized": [],
            "stored": [Part.lot("900-249-08", 0.3, since: "2026-10-25")],
            "transfers": .array(shipments.map(\.json)),
        ]
        return document.json
    }

    static let shipments: [Shipment] = [
        Shipment(manifest: "20264201000518", code: "900-249-08", quantity: 1.6, received: 1.6,
                 shippedAt: period.time(10, 9, 8, 30), receivedAt: period.time(10, 9, 15),
                 receiver: Part.party(Parties.receiverCaidian, license: Parties.licenseCaidian),
                 transporter: Part.party(Parties.carrierWuhan, license: Parties.licenseCarrierWuhan),
                 origin: Region.caidian, destination: Region.caidian, approval: nil,
                 confirmedAt: .string(period.time(10, 16, 9, 20))),
        Shipment(manifest: "20264202000519", code: "900-041-49", quantity: 0.6, received: 0.6,
                 shippedAt: period.time(10, 22, 9), receivedAt: period.time(10, 22, 14),
                 receiver: Part.party(Parties.receiverPackaging, license: Parties.licensePackaging),
                 transporter: Part.party(Parties.carrierWuhan, license: Parties.licenseCarrierWuhan),
                 origin: Region.caidian, destination: Region.xinzhou, approval: nil,
                 confirmedAt: .string(period.time(10, 23, 10))),
    ]

    /// DA001, the kiln tail: PM, SO2, NOx with O2 and flow; the SO2 analyser fault and the NOx upset.
    static func kilnTail(_ context: BuildContext) -> [HourlySeries] {
        var signal = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA001",
                                  o2: Level(11.0, spread: 0.3, range: 10.3...11.8),
                                  flow: Level(420_000, spread: 9_000, range: 390_000...450_000, decimals: -2))
        let upset = period.hour(10, 20, 14)
        for i in 0..<3 { signal.setO2(11.0, at: upset + i) }
        var pm = HourlySeries(outlet: "DA001", pollutant: "PM", unit: "mg/m3",
                              level: Level(6, spread: 1, range: 3...9), signal: signal, seed: context.seed)
        var so2 = HourlySeries(outlet: "DA001", pollutant: "SO2", unit: "mg/m3",
                               level: Level(42, spread: 6, range: 25...60), signal: signal, seed: context.seed)
        var nox = HourlySeries(outlet: "DA001", pollutant: "NOx", unit: "mg/m3",
                               level: Level(225, spread: 12, range: 190...255), signal: signal, seed: context.seed)
        so2.mark(period.hours(from: (10, 5, 0), to: (10, 8, 12)), "D", clearValue: true)
        // Corrected = measured × (21 − 10) / (21 − 11): 305, 315, 320 measured → 335.5, 346.5, 352.
        for (i, value) in [305.0, 315.0, 320.0].enumerated() { nox.set(upset + i, value: value) }
        pm.start = period.seriesStart; so2.start = period.seriesStart; nox.start = period.seriesStart
        return [pm, so2, nox]
    }

    /// DA002, the kiln head (clinker cooler): PM only, no reference O2.
    static func kilnHead(_ context: BuildContext) -> [HourlySeries] {
        let signal = OutletSignal(hours: context.hours, seed: context.seed, outlet: "DA002", o2: nil,
                                  flow: Level(360_000, spread: 8_000, range: 330_000...390_000, decimals: -2))
        var pm = HourlySeries(outlet: "DA002", pollutant: "PM", unit: "mg/m3",
                              level: Level(7, spread: 1.2, range: 3...11), signal: signal, seed: context.seed)
        pm.start = period.seriesStart
        return [pm]
    }
}
