/// The outcome of one test case of one rule.
public struct PackTestResult: Sendable {
    public var rule: String
    public var name: String
    /// Where the case is written.
    public var location: SourceLocation
    /// Empty when the case passed; otherwise each difference, in both languages.
    public var problems: [LocalizedText]
    /// The case expects at least one finding.
    public var expectsFindings: Bool

    public var passed: Bool { problems.isEmpty }
}

/// The outcome of a pack's tests.
public struct PackTestSummary: Sendable {
    public var pack: String
    public var results: [PackTestResult]
    /// Rules with no case that expects a finding.
    public var rulesWithoutFiringCase: [String]
    /// Rules with no case that expects none.
    public var rulesWithoutPassingCase: [String]

    public var failed: [PackTestResult] { results.filter { !$0.passed } }
    public var passed: Bool { failed.isEmpty }
}
