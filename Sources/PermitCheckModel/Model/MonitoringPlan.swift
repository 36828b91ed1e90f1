/// One item of an outlet's self-monitoring plan (自行监测方案,
/// `permit.outlets[].monitoringPlan[]`, catalog v2).
public struct MonitoringPlanItem: Sendable {
    /// Canonical pollutant name (HJ 212 codes normalised on reading).
    public var pollutant: String
    public var method: MonitoringMethod
    /// How often manual monitoring is due; required for manual items, optional for automatic ones.
    public var frequency: MonitoringFrequency?

    public init(pollutant: String, method: MonitoringMethod, frequency: MonitoringFrequency? = nil) {
        self.pollutant = pollutant; self.method = method; self.frequency = frequency
    }
}

/// `monitoringPlan[].method`: 自动监测 or 手工监测.
public enum MonitoringMethod: String, Sendable, CaseIterable { case automatic, manual }

/// `{ "times": n, "per": p }`: "1次/季度" is one time per quarter.
public struct MonitoringFrequency: Sendable, Hashable {
    /// A positive count.
    public var times: Int
    public var per: FrequencyPeriod

    public init(times: Int, per: FrequencyPeriod) { self.times = times; self.per = per }
}

/// `frequency.per`.
public enum FrequencyPeriod: String, Sendable, CaseIterable {
    case day, week, month, quarter
    case halfYear = "half-year"
    case year
}
