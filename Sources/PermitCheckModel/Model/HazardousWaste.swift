/// The period's hazardous-waste (危险废物) account: stocks, flows and transfers.
public struct HazardousWaste: Sendable {
    public var openingStock: [WasteLot]
    public var generated: [WasteLot]
    public var utilized: [WasteLot]
    /// Closing stock, each lot with the date it entered storage.
    public var stored: [WasteLot]
    public var transfers: [WasteTransfer]

    public init(
        openingStock: [WasteLot] = [], generated: [WasteLot] = [], utilized: [WasteLot] = [],
        stored: [WasteLot] = [], transfers: [WasteTransfer] = []
    ) {
        self.openingStock = openingStock; self.generated = generated; self.utilized = utilized
        self.stored = stored; self.transfers = transfers
    }
}

/// A quantity of one waste code.
public struct WasteLot: Sendable {
    /// National Hazardous Waste List code `NNN-NNN-NN` (not validated on reading).
    public var code: String
    public var quantity: Double
    /// `t` or `kg`.
    public var unit: Unit
    public var since: LocalDate?

    public init(code: String, quantity: Double, unit: Unit, since: LocalDate? = nil) {
        self.code = code; self.quantity = quantity; self.unit = unit; self.since = since
    }

    public var mass: Quantity { Quantity(quantity, unit) }
}

/// One shipment under an electronic manifest (联单).
public struct WasteTransfer: Sendable {
    public var manifest: String?
    public var code: String
    public var quantity: Double
    public var receivedQuantity: Double?
    public var unit: Unit
    public var shippedAt: Timestamp
    public var receivedAt: Timestamp?
    public var receiver: TransferParty
    public var transporter: TransferParty?
    /// Region code; defaults to the enterprise's region when absent.
    public var origin: String?
    public var destination: String?
    /// Cross-province transfer approval number, or `nil`.
    public var approval: String?
    /// When the receiver confirmed acceptance in the national information
    /// system (确认接受; catalog v2): `.none` for `null` (not yet), `.absent`
    /// when the key is missing (not reported — rules need to tell the two apart).
    public var confirmedAt: Reported<Timestamp>
    /// When a mismatch with the manifest was reported to the receiving place's
    /// bureau (catalog v2): `.none` for `null` (not reported), `.absent` when
    /// the key is missing (the filing does not say).
    public var discrepancyReportedAt: Reported<Timestamp>

    public init(
        manifest: String?, code: String, quantity: Double, receivedQuantity: Double? = nil, unit: Unit,
        shippedAt: Timestamp, receivedAt: Timestamp? = nil, receiver: TransferParty,
        transporter: TransferParty? = nil, origin: String? = nil, destination: String? = nil, approval: String? = nil,
        confirmedAt: Reported<Timestamp> = .absent, discrepancyReportedAt: Reported<Timestamp> = .absent
    ) {
        self.manifest = manifest; self.code = code; self.quantity = quantity
        self.receivedQuantity = receivedQuantity; self.unit = unit; self.shippedAt = shippedAt
        self.receivedAt = receivedAt; self.receiver = receiver; self.transporter = transporter
        self.origin = origin; self.destination = destination; self.approval = approval
        self.confirmedAt = confirmedAt; self.discrepancyReportedAt = discrepancyReportedAt
    }
}

/// A receiver or transporter: credit code and licence number.
public struct TransferParty: Sendable {
    public var uscc: String?
    public var license: String?
    public init(uscc: String? = nil, license: String? = nil) { self.uscc = uscc; self.license = license }
}
