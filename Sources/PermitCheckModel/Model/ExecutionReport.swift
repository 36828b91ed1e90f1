/// What the execution report (排污许可证执行报告) contains (`report`, catalog v2).
public struct ExecutionReport: Sendable {
    /// The parts the report contains, in filing order; `nil` when `sections`
    /// is absent (not reported), empty for `null` or `[]` (reported: none).
    /// A section counts when the report has it, also when it states "none".
    public var sections: [ReportSection]?

    public init(sections: [ReportSection]? = nil) { self.sections = sections }
}

/// `report.sections[]`: the parts of an execution report (HJ 944-2018 and the
/// permit's own requirements), as filing-v1 names them.
public enum ReportSection: String, Sendable, CaseIterable {
    /// 基本生产信息
    case basicInfo = "basic-info"
    /// 遵守法律法规情况
    case legalCompliance = "legal-compliance"
    /// 污染防治设施运行情况
    case facilityOperation = "facility-operation"
    /// 自行监测情况
    case selfMonitoring = "self-monitoring"
    /// 台账管理情况
    case ledger
    /// 实际排放量报表
    case actualEmissions = "actual-emissions"
    /// 达标判定分析说明
    case complianceAnalysis = "compliance-analysis"
    /// 超标排放或污染防治设施异常情况说明
    case abnormalConditions = "abnormal-conditions"
    /// 环境保护税缴纳情况
    case tax
    /// 信息公开情况
    case disclosure
    /// 企业内部环境管理体系建设与运行情况
    case managementSystem = "management-system"
    /// 其他排污许可证规定的内容执行情况
    case otherPermitItems = "other-permit-items"
    /// 其他需要说明的问题
    case other
    /// 停产说明
    case stoppageStatement = "stoppage-statement"
}
