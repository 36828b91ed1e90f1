/// Reference data the regulator keeps and rules consult (registry-v1).
///
/// A list whose key is absent from the document was *not loaded*: rules must
/// not read it as "not on the list". ``loaded`` says which lists were given;
/// the engine makes a rule that consults a list not loaded report
/// insufficient data, never a finding or a pass.
public struct Registry: Sendable {
    public var schema: String
    public var asOf: LocalDate?
    public var wasteLicenses: [WasteLicense] { didSet { loaded.insert(.wasteLicenses) } }
    public var transportLicenses: [TransportLicense] { didSet { loaded.insert(.transportLicenses) } }
    public var ultraLowEmissionList: [ULEListEntry] { didSet { loaded.insert(.ultraLowEmissionList) } }
    public var transferApprovals: [TransferApproval] { didSet { loaded.insert(.transferApprovals) } }
    /// The city bureau's published list of key units (catalog v2): `nil` when
    /// the list was not loaded, which rules must not read as "not on the list";
    /// empty for `null` or `[]` (a loaded list with no entries).
    public var keyDischargers: [KeyDischarger]? {
        didSet { if keyDischargers == nil { loaded.remove(.keyDischargers) } else { loaded.insert(.keyDischargers) } }
    }
    /// The lists the document had (their keys were present, also as `[]`).
    public var loaded: RegistryLists

    /// Each list given (non-nil, also empty) counts as loaded; a list left
    /// `nil` was not loaded, and look-ups in it are insufficient data.
    public init(
        schema: String = "permitcheck/registry-v1", asOf: LocalDate? = nil, wasteLicenses: [WasteLicense]? = nil,
        transportLicenses: [TransportLicense]? = nil, ultraLowEmissionList: [ULEListEntry]? = nil,
        transferApprovals: [TransferApproval]? = nil, keyDischargers: [KeyDischarger]? = nil
    ) {
        self.schema = schema; self.asOf = asOf; self.wasteLicenses = wasteLicenses ?? []
        self.transportLicenses = transportLicenses ?? []; self.ultraLowEmissionList = ultraLowEmissionList ?? []
        self.transferApprovals = transferApprovals ?? []; self.keyDischargers = keyDischargers
        var loaded: RegistryLists = []
        if wasteLicenses != nil { loaded.insert(.wasteLicenses) }
        if transportLicenses != nil { loaded.insert(.transportLicenses) }
        if ultraLowEmissionList != nil { loaded.insert(.ultraLowEmissionList) }
        if transferApprovals != nil { loaded.insert(.transferApprovals) }
        if keyDischargers != nil { loaded.insert(.keyDischargers) }
        self.loaded = loaded
    }

    /// No registry at all: nothing loaded, so every rule that consults one is insufficient data.
    public static let empty = Registry()
}

/// The lists of a registry, as a set: which were loaded, which a rule needed.
public struct RegistryLists: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let wasteLicenses = RegistryLists(rawValue: 1)
    public static let transportLicenses = RegistryLists(rawValue: 2)
    public static let ultraLowEmissionList = RegistryLists(rawValue: 4)
    public static let transferApprovals = RegistryLists(rawValue: 8)
    public static let keyDischargers = RegistryLists(rawValue: 16)

    /// Every list with its registry-v1 key, in the document's order.
    public static let named: [(list: RegistryLists, key: String)] = [
        (.wasteLicenses, "wasteLicenses"), (.transportLicenses, "transportLicenses"),
        (.ultraLowEmissionList, "ultraLowEmissionList"), (.transferApprovals, "transferApprovals"),
        (.keyDischargers, "keyDischargers"),
    ]
    public static let all: RegistryLists = [.wasteLicenses, .transportLicenses, .ultraLowEmissionList, .transferApprovals, .keyDischargers]

    /// The registry-v1 keys of the lists in the set, in the document's order.
    public var keys: [String] { Self.named.filter { contains($0.list) }.map(\.key) }
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
