/// The pollutant discharge permit (排污许可证) as filed.
public struct Permit: Sendable {
    public var number: String
    public var permitClass: PermitClass
    public var validFrom: LocalDate
    public var validTo: LocalDate
    public var outlets: [Outlet]
    public var annualCaps: [AnnualCap]
    /// The permit's execution-report timing (catalog v2), one entry per kind;
    /// `nil` when not reported, empty for `null` or `[]`.
    public var reportSchedule: [ReportDeadline]?

    public init(
        number: String, permitClass: PermitClass, validFrom: LocalDate, validTo: LocalDate,
        outlets: [Outlet] = [], annualCaps: [AnnualCap] = [], reportSchedule: [ReportDeadline]? = nil
    ) {
        self.number = number; self.permitClass = permitClass; self.validFrom = validFrom
        self.validTo = validTo; self.outlets = outlets; self.annualCaps = annualCaps
        self.reportSchedule = reportSchedule
    }
}

/// `permit.reportSchedule[]`: when an execution report of one kind is due
/// (执行报告频次和时间要求).
public struct ReportDeadline: Sendable {
    public var kind: FilingKind
    /// The last day on time, counted in days from `period.to` ("每季度结束后15日内" is 15).
    public var dueDaysAfterPeriodEnd: Int

    public init(kind: FilingKind, dueDaysAfterPeriodEnd: Int) {
        self.kind = kind; self.dueDaysAfterPeriodEnd = dueDaysAfterPeriodEnd
    }
}

/// `permit.class`: 重点管理 / 简化管理 / 登记管理.
public enum PermitClass: String, Sendable, CaseIterable {
    case key, simplified, registration
}

/// A discharge outlet (排放口) and its concentration limits.
public struct Outlet: Sendable {
    public var id: String
    public var name: String?
    public var medium: Medium
    public var category: OutletCategory?
    /// Free text; values known to the ULE rules are listed in filing-v1.
    public var process: String?
    /// Reference O2 in percent (基准氧含量); absent where no correction applies.
    public var referenceO2: Double?
    public var limits: [EmissionLimit]
    /// The self-monitoring plan (catalog v2), one item per pollutant; `nil`
    /// when not reported, empty for `null` or `[]`.
    public var monitoringPlan: [MonitoringPlanItem]?

    public init(
        id: String, name: String? = nil, medium: Medium, category: OutletCategory? = nil,
        process: String? = nil, referenceO2: Double? = nil, limits: [EmissionLimit] = [],
        monitoringPlan: [MonitoringPlanItem]? = nil
    ) {
        self.id = id; self.name = name; self.medium = medium; self.category = category
        self.process = process; self.referenceO2 = referenceO2; self.limits = limits
        self.monitoringPlan = monitoringPlan
    }
}

/// `outlet.medium`.
public enum Medium: String, Sendable, CaseIterable { case air, water }

/// `outlet.category`: 主要排放口 / 一般排放口 / 其他.
public enum OutletCategory: String, Sendable, CaseIterable { case main, general, other }

/// A permitted concentration limit for one pollutant at one outlet.
public struct EmissionLimit: Sendable {
    /// Canonical pollutant name (aliases normalised on reading).
    public var pollutant: String
    public var value: Double
    public var unit: Unit
    public var averaging: Averaging

    public init(pollutant: String, value: Double, unit: Unit, averaging: Averaging) {
        self.pollutant = pollutant; self.value = value; self.unit = unit; self.averaging = averaging
    }

    public var quantity: Quantity { Quantity(value, unit) }
}

/// `limit.averaging`.
public enum Averaging: String, Sendable, CaseIterable { case hour, day, month, instant }

/// A cap on the mass of one pollutant emitted per year.
public struct AnnualCap: Sendable {
    public var pollutant: String
    public var value: Double
    /// `t` or `kg` (a mass).
    public var unit: Unit

    public init(pollutant: String, value: Double, unit: Unit) {
        self.pollutant = pollutant; self.value = value; self.unit = unit
    }

    public var quantity: Quantity { Quantity(value, unit) }
}
