/// A filing breaks a rule: one record per rule and subject (filing-v1, "Findings").
public struct Finding: Sendable, Equatable {
    public var rule: String
    /// `name@version` of the pack.
    public var pack: String
    public var family: String
    public var severity: Severity
    /// The filing's `id`.
    public var filing: String
    /// The enterprise's credit code.
    public var enterprise: String
    /// RFC 6901 pointer into the filing.
    public var subject: String
    public var message: LocalizedText
    /// Named values, in the rule's order: quantities as numbers in their own
    /// unit, dates and times as ISO text, filing nodes as their JSON Pointer.
    public var evidence: JSONObject
    /// The first and last date of the acts the finding reports.
    public var acts: ActRange
    /// The legal texts in force on the act dates, in the rule's order.
    public var basis: [Citation]
    /// Stable across runs for the same rule, filing and subject.
    public var fingerprint: String

    /// The evidence value named `name`.
    public subscript(evidence name: String) -> JSONValue? { evidence[name] }
}

/// Finding severities, most serious first.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case critical, high, medium, low, info

    /// Rank: 0 for critical … 4 for info.
    public var rank: Int { Severity.allCases.firstIndex(of: self) ?? 4 }

    /// `critical` < `info` in seriousness order is reversed: a < b when a is less serious.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank > b.rank }
}

/// Why a rule could not be evaluated for one filing; its findings for that filing are withheld.
public struct EvaluationFailure: Sendable, Hashable {
    public var rule: String
    public var filing: String
    public var subject: String?
    public var message: LocalizedText
}

/// How a rule fared on a filing: counts of subjects by outcome.
public struct RuleOutcome: Sendable, Hashable {
    public var rule: String
    /// Subjects that produced a finding.
    public var fired = 0
    /// Subjects evaluated and compliant.
    public var passed = 0
    /// Filings where the rule had no subjects.
    public var notApplicable = 0
    /// Subjects whose condition could not be decided for missing data.
    public var insufficientData = 0
    /// Filings where the rule failed to evaluate.
    public var errors = 0

    public init(rule: String) { self.rule = rule }

    mutating func add(_ other: RuleOutcome) {
        fired += other.fired; passed += other.passed; notApplicable += other.notApplicable
        insufficientData += other.insufficientData; errors += other.errors
    }
}

/// The result of checking one filing against one pack.
public struct Report: Sendable {
    public var filing: String
    public var enterprise: String
    /// `name@version` of the pack.
    public var pack: String
    public var findings: [Finding]
    public var outcomes: [RuleOutcome]
    public var failures: [EvaluationFailure]
    /// Where each finding's subject starts in the document it was read from
    /// (by JSON Pointer; lines count from the document's first line). Filled
    /// only when a report format asks for it (``ItemChecker/locateSubjects``).
    public var positions: [String: TextPosition] = [:]
}
