/// One record per checked filing, for JSON Lines output (`--emit-filings`).
///
/// A filter downstream of `audit - --format jsonl` sees findings and input
/// errors; a clean filing writes neither, so without this record it cannot
/// tell "clean" from "lost". With it, every input line ends as exactly one
/// `filing` record or one input-error record (findings come first, then the
/// filing's record), and insufficient data is counted, never read as a pass.
public struct FilingRecord: Sendable {
    public var report: Report
    public var source: ItemSource

    public init(report: Report, source: ItemSource) {
        self.report = report
        self.source = source
    }

    /// `{"record": "filing", filing, enterprise, pack, source, line?, findings, bySeverity, rules}`
    /// (findings-v1 schema, `$defs/filingRecord`).
    public var json: JSONValue {
        var o = JSONObject()
        o["record"] = .string("filing")
        o["filing"] = .string(report.filing)
        o["enterprise"] = .string(report.enterprise)
        o["pack"] = .string(report.pack)
        o["source"] = .string(source.path.isEmpty ? "request" : source.path)
        if let line = source.line { o["line"] = .number(Double(line)) }
        o["findings"] = .number(Double(report.findings.count))
        var bySeverity = JSONObject()
        for severity in Severity.allCases {
            bySeverity[severity.rawValue] = .number(Double(report.findings.count { $0.severity == severity }))
        }
        o["bySeverity"] = .object(bySeverity)
        var subjects = RuleOutcome(rule: "")  // every rule's subjects, added up
        for outcome in report.outcomes { subjects.add(outcome) }
        o["rules"] = .object([
            "fired": .number(Double(report.outcomes.count { $0.fired > 0 })),
            "insufficientData": .number(Double(report.outcomes.count { $0.insufficientData > 0 })),
            "errors": .number(Double(report.outcomes.count { $0.errors > 0 })),
        ])
        let gaps = report.registryGaps
        if !gaps.isEmpty { o["notJudged"] = .array(gaps.map(\.json)) }
        o["subjects"] = .object([
            "fired": .number(Double(subjects.fired)), "passed": .number(Double(subjects.passed)),
            "insufficientData": .number(Double(subjects.insufficientData)),
        ])
        return .object(o)
    }
}
