/// The enterprise's ultra-low-emission (超低排放) claim.
public struct UltraLowEmission: Sendable {
    public var claim: ULEClaim
    public var retrofitCompletedOn: LocalDate?
    /// Date of the evaluation monitoring report (评估监测报告).
    public var evaluationReportOn: LocalDate?
    /// Outlet ids claimed as ultra-low.
    public var sources: [String]

    public init(claim: ULEClaim, retrofitCompletedOn: LocalDate? = nil, evaluationReportOn: LocalDate? = nil, sources: [String] = []) {
        self.claim = claim; self.retrofitCompletedOn = retrofitCompletedOn
        self.evaluationReportOn = evaluationReportOn; self.sources = sources
    }
}

/// `ultraLowEmission.claim`.
public enum ULEClaim: String, Sendable, CaseIterable {
    case completed
    case inProgress = "in-progress"
    case none
}
