/// One enterprise's submission for one reporting period (filing-v1).
///
/// Field names follow `shared/spec/filing-v1.md` exactly; optional fields are
/// optional here, and arrays the spec allows to be absent are empty.
public struct Filing: Sendable {
    public var schema: String
    public var id: String
    public var kind: FilingKind
    public var period: Period
    public var submittedAt: Timestamp?
    public var enterprise: Enterprise
    public var permit: Permit
    public var monitoring: [MonitoringSeries]
    public var facilities: [Facility]
    public var ultraLowEmission: UltraLowEmission?
    public var hazardousWaste: HazardousWaste?

    public init(
        schema: String = "permitcheck/filing-v1", id: String, kind: FilingKind, period: Period,
        submittedAt: Timestamp? = nil, enterprise: Enterprise, permit: Permit,
        monitoring: [MonitoringSeries] = [], facilities: [Facility] = [],
        ultraLowEmission: UltraLowEmission? = nil, hazardousWaste: HazardousWaste? = nil
    ) {
        self.schema = schema; self.id = id; self.kind = kind; self.period = period
        self.submittedAt = submittedAt; self.enterprise = enterprise; self.permit = permit
        self.monitoring = monitoring; self.facilities = facilities
        self.ultraLowEmission = ultraLowEmission; self.hazardousWaste = hazardousWaste
    }
}

/// `kind` of a filing.
public enum FilingKind: String, Sendable, CaseIterable {
    case annualReport = "annual-report"
    case quarterlyReport = "quarterly-report"
    case monthlyReport = "monthly-report"
    case other
}

/// The reporting period, `from` … `to` inclusive.
public struct Period: Sendable {
    public var from: LocalDate
    public var to: LocalDate
    public init(from: LocalDate, to: LocalDate) { self.from = from; self.to = to }
}

/// Who files.
public struct Enterprise: Sendable {
    /// Unified Social Credit Code; not validated on reading (rule `ID-USCC` does that).
    public var uscc: String
    public var name: String
    /// GB/T 4754-2017 class code, e.g. `3110`.
    public var industry: String?
    /// 6-digit administrative division code.
    public var region: String?
    /// In a key air-pollution control area (重点地区).
    public var keyArea: Bool?

    public init(uscc: String, name: String, industry: String? = nil, region: String? = nil, keyArea: Bool? = nil) {
        self.uscc = uscc; self.name = name; self.industry = industry; self.region = region; self.keyArea = keyArea
    }
}
