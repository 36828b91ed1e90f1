/// One enterprise's submission for one reporting period (filing-v1).
///
/// Field names follow `shared/spec/filing-v1.md` exactly; optional fields are
/// optional here, and v1 arrays the spec allows to be absent are empty. The
/// optional catalog-v2 lists are `nil` when absent ("not reported") and empty
/// for `null` or `[]` ("reported: none"), because rules treat the two apart.
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
    /// What the execution report contains (catalog v2); `nil` when absent.
    public var report: ExecutionReport?
    /// Manual monitoring results (catalog v2); `nil` when not reported.
    public var manualSamples: [ManualSample]?
    /// Declared stoppages (catalog v2); `nil` when not reported.
    public var stoppages: [Stoppage]?
    /// Collected VOCs waste-gas streams (catalog v2); `nil` when not reported.
    public var vocsStreams: [VOCsStream]?

    public init(
        schema: String = "permitcheck/filing-v1", id: String, kind: FilingKind, period: Period,
        submittedAt: Timestamp? = nil, enterprise: Enterprise, permit: Permit,
        monitoring: [MonitoringSeries] = [], facilities: [Facility] = [],
        ultraLowEmission: UltraLowEmission? = nil, hazardousWaste: HazardousWaste? = nil,
        report: ExecutionReport? = nil, manualSamples: [ManualSample]? = nil, stoppages: [Stoppage]? = nil,
        vocsStreams: [VOCsStream]? = nil
    ) {
        self.schema = schema; self.id = id; self.kind = kind; self.period = period
        self.submittedAt = submittedAt; self.enterprise = enterprise; self.permit = permit
        self.monitoring = monitoring; self.facilities = facilities
        self.ultraLowEmission = ultraLowEmission; self.hazardousWaste = hazardousWaste
        self.report = report; self.manualSamples = manualSamples; self.stoppages = stoppages
        self.vocsStreams = vocsStreams
    }
}

/// `kind` of a filing.
public enum FilingKind: String, Sendable, CaseIterable {
    case annualReport = "annual-report"
    /// Catalog v2.
    case semiannualReport = "semiannual-report"
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
