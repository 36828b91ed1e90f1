/// Reference data the regulator keeps and rules consult (registry-v1).
public struct Registry: Sendable {
    public var schema: String
    public var asOf: LocalDate?
    public var wasteLicenses: [WasteLicense]
    public var transportLicenses: [TransportLicense]
    public var ultraLowEmissionList: [ULEListEntry]
    public var transferApprovals: [TransferApproval]
    /// The city bureau's published list of key units (catalog v2): `nil` when
    /// the list was not loaded, which rules must not read as "not on the list";
    /// empty for `null` or `[]` (a loaded list with no entries).
    public var keyDischargers: [KeyDischarger]?

    public init(
        schema: String = "permitcheck/registry-v1", asOf: LocalDate? = nil, wasteLicenses: [WasteLicense] = [],
        transportLicenses: [TransportLicense] = [], ultraLowEmissionList: [ULEListEntry] = [],
        transferApprovals: [TransferApproval] = [], keyDischargers: [KeyDischarger]? = nil
    ) {
        self.schema = schema; self.asOf = asOf; self.wasteLicenses = wasteLicenses
        self.transportLicenses = transportLicenses; self.ultraLowEmissionList = ultraLowEmissionList
        self.transferApprovals = transferApprovals; self.keyDischargers = keyDischargers
    }

    /// An empty registry: every look-up finds nothing.
    public static let empty = Registry()
}

/// A hazardous-waste operating licence (危险废物经营许可证).
public struct WasteLicense: Sendable {
    public var license: String
    public var holder: String
    public var name: String?
    /// Waste codes (`900-041-49`) and categories (`HW49`) covered.
    public var codes: [String]
    public var validFrom: LocalDate?
    public var validTo: LocalDate?
    public var capacity: Quantity?

    public init(license: String, holder: String, name: String? = nil, codes: [String] = [],
                validFrom: LocalDate? = nil, validTo: LocalDate? = nil, capacity: Quantity? = nil) {
        self.license = license; self.holder = holder; self.name = name; self.codes = codes
        self.validFrom = validFrom; self.validTo = validTo; self.capacity = capacity
    }
}

/// A road transport licence for dangerous goods.
public struct TransportLicense: Sendable {
    public var license: String
    public var holder: String?
    public var hazardous: Bool
    public var validTo: LocalDate?

    public init(license: String, holder: String? = nil, hazardous: Bool, validTo: LocalDate? = nil) {
        self.license = license; self.holder = holder; self.hazardous = hazardous; self.validTo = validTo
    }
}

/// An entry of the public ultra-low-emission list.
public struct ULEListEntry: Sendable {
    public var uscc: String
    public var sources: [String]
    public var publishedOn: LocalDate?

    public init(uscc: String, sources: [String] = [], publishedOn: LocalDate? = nil) {
        self.uscc = uscc; self.sources = sources; self.publishedOn = publishedOn
    }
}

/// A cross-province transfer approval (跨省转移审批).
public struct TransferApproval: Sendable {
    public var number: String
    public var codes: [String]
    /// Region codes (`420000`); the first two digits are the province.
    public var from: String
    public var to: String
    public var quantity: Quantity?
    public var validFrom: LocalDate?
    public var validTo: LocalDate?
    /// Credit code of the consignor (移出人) the approval names (catalog v2).
    public var consignor: String?
    /// Credit code of the receiver (接受人) the approval names (catalog v2).
    public var receiver: String?

    public init(number: String, codes: [String] = [], from: String, to: String, quantity: Quantity? = nil,
                validFrom: LocalDate? = nil, validTo: LocalDate? = nil, consignor: String? = nil, receiver: String? = nil) {
        self.number = number; self.codes = codes; self.from = from; self.to = to
        self.quantity = quantity; self.validFrom = validFrom; self.validTo = validTo
        self.consignor = consignor; self.receiver = receiver
    }
}

/// An entry of the list of key units (环境监管重点单位名录 / 重点排污单位名录, catalog v2).
public struct KeyDischarger: Sendable {
    public var uscc: String
    /// The media the unit is listed for.
    public var media: [KeyDischargerMedium]
    /// The list's year.
    public var year: Int?

    public init(uscc: String, media: [KeyDischargerMedium] = [], year: Int? = nil) {
        self.uscc = uscc; self.media = media; self.year = year
    }
}

/// `keyDischargers[].media[]`.
public enum KeyDischargerMedium: String, Sendable, CaseIterable { case air, water, soil, noise, other }
