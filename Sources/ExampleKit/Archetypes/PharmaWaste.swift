import PermitCheck

/// The pharmaceutical plant's hazardous-waste account for 2025 Q3: stocks
/// and flows per code, and eight shipments — see ``PharmaHuangpi`` for which
/// of them are designed to fail which rule.
///
/// Balance per code (t): 271-001-02 6.2 + 52.0 − 45.6 − 12.6 = 0;
/// 271-002-02 10.4 + 58.3 − 45.5 − 18.2 = 5.0 (critical gap);
/// 900-041-49 0.6 + 3.1 − 2.8 − 0.9 = 0 (kg lines converted);
/// 900-249-08 0.8 + 2.1 − 0.3 − 2.4 − 0.2 = 0.
enum PharmaWaste {
    static let residue = "271-001-02", motherLiquor = "271-002-02", packaging = "900-041-49", oil = "900-249-08"

    static var account: JSONValue {
        [
            "openingStock": [Part.lot(residue, 6.2), Part.lot(motherLiquor, 10.4), Part.lot(packaging, 0.6), Part.lot(oil, 0.8)],
            "generated": [Part.lot(residue, 52.0), Part.lot(motherLiquor, 58.3), Part.lot(packaging, 3100, "kg"), Part.lot(oil, 2.1)],
            "utilized": [Part.lot(oil, 300, "kg")],
            "stored": [
                Part.lot(residue, 4.5, since: "2025-08-28"), Part.lot(residue, 8.1, since: "2025-09-12"),
                Part.lot(motherLiquor, 18.2, since: "2025-09-20"),
                Part.lot(packaging, 0.42, since: "2024-06-15"), Part.lot(packaging, 0.48, since: "2025-09-05"),
                Part.lot(oil, 0.2, since: "2025-09-25"),
            ],
            "transfers": .array(shipments.map(\.json)),
        ]
    }

    static let caidian = Part.party(Parties.receiverCaidian, license: Parties.licenseCaidian)
    static let packagingReceiver = Part.party(Parties.receiverPackaging, license: Parties.licensePackaging)
    static let oilReceiver = Part.party(Parties.receiverOil, license: Parties.licenseOil)
    static let hunan = Part.party(Parties.receiverHunan, license: Parties.licenseHunan)
    static let carrier = Part.party(Parties.carrierWuhan, license: Parties.licenseCarrierWuhan)
    static let hunanCarrier = Part.party(Parties.carrierHunan, license: Parties.licenseCarrierHunan)
    static let unregistered = Part.party(Parties.carrierUnregistered, license: Parties.licenseCarrierUnregistered)

    static let shipments: [Shipment] = [
        Shipment(manifest: "20254201000301", code: residue, quantity: 18.6, received: 18.52,
                 shippedAt: QuarterClock.time(7, 8, 9, 30), receivedAt: QuarterClock.time(7, 8, 15, 10),
                 receiver: caidian, transporter: carrier, origin: Region.huangpi, destination: Region.caidian,
                 confirmedAt: .string(QuarterClock.time(7, 9, 10))),
        Shipment(manifest: "20254201000302", code: packaging, quantity: 1850, received: 1838, unit: "kg",
                 shippedAt: QuarterClock.time(7, 15, 14), receivedAt: QuarterClock.time(7, 16, 9, 20),
                 receiver: packagingReceiver, transporter: carrier, origin: Region.huangpi, destination: Region.xinzhou,
                 confirmedAt: .string(QuarterClock.time(7, 17, 9))),
        Shipment(manifest: "20254201000303", code: oil, quantity: 2.4, received: 2.38,
                 shippedAt: QuarterClock.time(7, 22, 10), receivedAt: QuarterClock.time(7, 23, 11),
                 receiver: oilReceiver, transporter: carrier, origin: Region.huangpi, destination: Region.jiangxia,
                 confirmedAt: .string(QuarterClock.time(7, 24, 16))),
        Shipment(manifest: "20254201000304", code: motherLiquor, quantity: 24.0, received: 23.86,
                 shippedAt: QuarterClock.time(8, 5, 8), receivedAt: QuarterClock.time(8, 6, 10, 40),
                 receiver: hunan, transporter: hunanCarrier, origin: Region.huangpi, destination: Region.changshaCounty,
                 approval: Parties.approvalHunan,
                 confirmedAt: .string(QuarterClock.time(8, 7, 11))),
        Shipment(manifest: "20254201000305", code: motherLiquor, quantity: 21.5, received: 21.44,
                 shippedAt: QuarterClock.time(9, 2, 8), receivedAt: QuarterClock.time(9, 3, 9, 50),
                 receiver: hunan, transporter: hunanCarrier, origin: Region.huangpi, destination: Region.changshaCounty,
                 confirmedAt: .string(QuarterClock.time(9, 4, 10))),
        Shipment(manifest: "20254201000306", code: residue, quantity: 15.0, received: 13.1,
                 shippedAt: QuarterClock.time(8, 19, 9), receivedAt: QuarterClock.time(8, 19, 16, 30),
                 receiver: caidian, transporter: carrier, origin: Region.huangpi, destination: Region.caidian,
                 confirmedAt: .string(QuarterClock.time(8, 28, 15)), discrepancyReportedAt: .string(QuarterClock.time(8, 20, 9, 15))),
        Shipment(manifest: "20254201000307", code: packaging, quantity: 0.95, received: nil,
                 shippedAt: QuarterClock.time(9, 8, 10), receivedAt: nil,
                 receiver: packagingReceiver, transporter: carrier, origin: Region.huangpi, destination: Region.xinzhou,
                 confirmedAt: .null),
        Shipment(manifest: "20254201000308", code: residue, quantity: 12.0, received: 11.96,
                 shippedAt: QuarterClock.time(9, 16, 8, 30), receivedAt: QuarterClock.time(9, 16, 14),
                 receiver: caidian, transporter: unregistered, origin: Region.huangpi, destination: Region.caidian,
                 confirmedAt: .string(QuarterClock.time(9, 17, 9))),
    ]
}
