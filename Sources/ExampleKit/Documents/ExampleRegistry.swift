import PermitCheck

/// `Examples/registry.json`: the regulator's reference data the example
/// filings are checked against.
///
/// What is in it on purpose:
/// - waste licences: the Caidian receiver (HW02/HW08/HW12 and listed codes,
///   valid), a packaging receiver licensed for the category `HW49` only, a
///   waste-oil receiver whose licence expired on 2025-06-30 (HW-LICENSE for
///   the pharma's shipment #2), and the Hunan receiver (HW02);
/// - transport licences: the Wuhan and Hunan carriers (hazardous, valid) and
///   a lapsed one (expired 2025-05-31, used by no shipment); the pharma's
///   unregistered carrier is deliberately absent;
/// - the ULE list entry of the steel works, listing DA001 and DA003 but not
///   the claimed DA002 (UL-NOT-LISTED);
/// - the Hubei → Hunan transfer approval for HW02 that covers the pharma's
///   shipment #3 (and is not cited by #4), naming the pharma as consignor and
///   the Changsha receiver;
/// - the coating plant's 2026 approval for HW12, naming the Changsha receiver
///   although the shipment goes to Zhuzhou (HW-APPROVAL-RECEIVER), and the
///   Zhuzhou receiver's licence (so HW-LICENSE stays silent);
/// - the city's key-discharger lists: the autoparts plant (air, 2025), the
///   coating plant and the cement plant (air, 2026).
public enum ExampleRegistry {
    public static var document: JSONValue {
        [
            "schema": "permitcheck/registry-v1",
            "asOf": "2026-11-30",
            "wasteLicenses": [
                wasteLicense(Parties.licenseCaidian, Parties.receiverCaidian,
                             codes: ["HW02", "HW08", "HW12", "271-001-02", "271-002-02", "900-249-08", "900-252-12"],
                             validFrom: "2022-03-01", validTo: "2027-02-28", capacity: 30_000),
                wasteLicense(Parties.licensePackaging, Parties.receiverPackaging, codes: ["HW49"],
                             validFrom: "2023-01-01", validTo: "2027-12-31", capacity: 5_000),
                wasteLicense(Parties.licenseOil, Parties.receiverOil, codes: ["HW08", "900-249-08"],
                             validFrom: "2020-07-01", validTo: "2025-06-30", capacity: 8_000),
                wasteLicense(Parties.licenseHunan, Parties.receiverHunan, codes: ["HW02", "HW12"],
                             validFrom: "2023-05-01", validTo: "2028-04-30", capacity: 50_000),
                wasteLicense(Parties.licenseZhuzhou, Parties.receiverZhuzhou, codes: ["HW12"],
                             validFrom: "2024-01-01", validTo: "2029-12-31", capacity: 20_000),
            ],
            "transportLicenses": [
                transportLicense(Parties.licenseCarrierWuhan, Parties.carrierWuhan, validTo: "2027-06-30"),
                transportLicense(Parties.licenseCarrierLapsed, Parties.carrierLapsed, validTo: "2025-05-31"),
                transportLicense(Parties.licenseCarrierHunan, Parties.carrierHunan, validTo: "2026-09-30"),
            ],
            "ultraLowEmissionList": [
                ["uscc": .string(Parties.steel.uscc), "sources": ["DA001", "DA003"], "publishedOn": "2025-03-18"],
            ],
            "transferApprovals": [
                ["number": .string(Parties.approvalHunan), "codes": ["HW02"], "from": "420000", "to": "430000",
                 "quantity": Part.quantity(120, "t"), "validFrom": "2025-03-01", "validTo": "2026-02-28",
                 "consignor": .string(Parties.pharma.uscc), "receiver": .string(Parties.receiverHunan.uscc)],
                ["number": .string(Parties.approvalCoating), "codes": ["HW12"], "from": "420000", "to": "430000",
                 "quantity": Part.quantity(50, "t"), "validFrom": "2026-03-01", "validTo": "2026-12-31",
                 "consignor": .string(Parties.coating.uscc), "receiver": .string(Parties.receiverHunan.uscc)],
            ],
            "keyDischargers": [
                ["uscc": .string(Parties.autoparts.uscc), "media": ["air"], "year": 2025],
                ["uscc": .string(Parties.coating.uscc), "media": ["air"], "year": 2026],
                ["uscc": .string(Parties.cement.uscc), "media": ["air", "noise"], "year": 2026],
            ],
        ]
    }

    static func wasteLicense(_ license: String, _ holder: Party, codes: [String], validFrom: String, validTo: String,
                             capacity: Double) -> JSONValue {
        ["license": .string(license), "holder": .string(holder.uscc), "name": .string(holder.name),
         "codes": .array(codes.map(JSONValue.string)), "validFrom": .string(validFrom), "validTo": .string(validTo),
         "capacity": Part.quantity(capacity, "t/a")]
    }

    static func transportLicense(_ license: String, _ holder: Party, validTo: String) -> JSONValue {
        ["license": .string(license), "holder": .string(holder.uscc), "hazardous": true, "validTo": .string(validTo)]
    }
}
