/// A treatment facility (治理设施) and its bypasses.
public struct Facility: Sendable {
    public var id: String
    public var kind: String?
    public var outlet: String?
    public var targets: [String]
    /// Uncontrolled NMHC mass rate (a mass rate).
    public var initialRate: Quantity?
    public var collectionEfficiency: Double?
    public var removalEfficiency: Double?
    public var productionHours: Double?
    public var operatingHours: Double?
    public var bypasses: [Bypass]
    /// Air is added for the combustion or oxidation, or for the burner (GB 37822 10.3.3; catalog v2).
    public var supplementaryAir: Bool?
    /// The device's inlet O2 in percent (dry), paired with `outletO2` (catalog v2).
    public var inletO2: Double?
    /// The device's outlet O2 in percent (dry) (catalog v2).
    public var outletO2: Double?
    /// The materials meet the national low-VOCs content rules (the GB 37822 10.3.2 exemption; catalog v2).
    public var lowVocsMaterials: Bool?

    public init(
        id: String, kind: String? = nil, outlet: String? = nil, targets: [String] = [],
        initialRate: Quantity? = nil, collectionEfficiency: Double? = nil, removalEfficiency: Double? = nil,
        productionHours: Double? = nil, operatingHours: Double? = nil, bypasses: [Bypass] = [],
        supplementaryAir: Bool? = nil, inletO2: Double? = nil, outletO2: Double? = nil, lowVocsMaterials: Bool? = nil
    ) {
        self.id = id; self.kind = kind; self.outlet = outlet; self.targets = targets
        self.initialRate = initialRate; self.collectionEfficiency = collectionEfficiency
        self.removalEfficiency = removalEfficiency; self.productionHours = productionHours
        self.operatingHours = operatingHours; self.bypasses = bypasses
        self.supplementaryAir = supplementaryAir; self.inletO2 = inletO2; self.outletO2 = outletO2
        self.lowVocsMaterials = lowVocsMaterials
    }
}

/// An exhaust bypass (旁路) of a facility.
public struct Bypass: Sendable {
    public var id: String
    public var status: BypassStatus
    /// Seal type; `nil` when absent, null or empty.
    public var seal: String?
    public var filed: Bool?
    public var monitoring: [String]
    public var onlineLinked: Bool?
    public var openings: [BypassOpening]

    public init(
        id: String, status: BypassStatus, seal: String? = nil, filed: Bool? = nil,
        monitoring: [String] = [], onlineLinked: Bool? = nil, openings: [BypassOpening] = []
    ) {
        self.id = id; self.status = status; self.seal = seal; self.filed = filed
        self.monitoring = monitoring; self.onlineLinked = onlineLinked; self.openings = openings
    }
}

/// `bypass.status`.
public enum BypassStatus: String, Sendable, CaseIterable { case removed, sealed, monitored, open }

/// A period in which a bypass discharged.
public struct BypassOpening: Sendable {
    public var from: Timestamp
    public var to: Timestamp?
    public var reason: OpeningReason
    public var reportedAt: Timestamp?

    public init(from: Timestamp, to: Timestamp? = nil, reason: OpeningReason, reportedAt: Timestamp? = nil) {
        self.from = from; self.to = to; self.reason = reason; self.reportedAt = reportedAt
    }
}

/// `opening.reason`.
public enum OpeningReason: String, Sendable, CaseIterable { case emergency, safety, maintenance, production, other }
