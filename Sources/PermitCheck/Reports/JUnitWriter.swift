/// JUnit XML for CI systems (the Jenkins/GitLab dialect): one `<testsuite>`
/// per filing with one `<testcase>` per rule of the pack, so a CI page shows
/// every rule as passed, failed, errored or skipped for every filing.
///
/// A rule with findings gets one `<failure>` whose text lists each finding
/// (subject and message): GitLab and several other readers keep only the
/// first `<failure>` of a test case, so one element carries them all. A rule
/// that could not be evaluated gets an `<error>`; a rule with no subjects in
/// the filing is `<skipped/>`. Input errors form a last suite, one errored
/// test case per unreadable filing.
public struct JUnitWriter: ReportWriter {
    /// Language of messages and labels.
    public var language: Language
    private let pack: CompiledPack
    private var suites: [String] = []
    private var inputErrors: [InputErrorRecord] = []
    private var totals = JUnitCounts()

    /// A writer for `pack`'s rules, in `language`.
    public init(pack: CompiledPack, language: Language) {
        self.pack = pack; self.language = language
    }

    /// Renders the filing's suite and keeps it; writes nothing yet (the root
    /// element carries totals, so the document is written at the end).
    public mutating func add(_ item: AuditItem) -> String {
        switch item {
        case .checked(_, let report, _): suites.append(suite(report))
        case .inputError(let record): inputErrors.append(record)
        }
        return ""
    }

    /// The whole document.
    public mutating func finish(_ summary: AuditSummary) -> String {
        var body = suites.joined()
        if !inputErrors.isEmpty { body += inputErrorSuite() }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(Markup.escape("permitcheck \(pack.reference)"))\" \(totals.attributes)>\n"
        return out + body + "</testsuites>\n"
    }

    private mutating func suite(_ report: Report) -> String {
        var counts = JUnitCounts()
        var cases = ""
        for rule in pack.rules {
            let findings = report.findings.filter { $0.rule == rule.id }
            let failures = report.failures.filter { $0.rule == rule.id }
            let outcome = report.outcomes.first { $0.rule == rule.id }
            counts.tests += 1
            let name = Markup.escape("\(rule.id) \(rule.title.text(language))")
            cases += "    <testcase classname=\"\(Markup.escape(report.filing))\" name=\"\(name)\""
            if !failures.isEmpty {
                counts.errors += 1
                let text = failures.map { "\($0.subject ?? "") \($0.message.text(language))" }.joined(separator: "\n")
                cases += ">\n      <error message=\"\(Markup.escape(failures[0].message.text(language)))\" type=\"evaluation-error\">"
                cases += Markup.escape(text) + "</error>\n    </testcase>\n"
            } else if !findings.isEmpty {
                counts.failures += 1
                let worst = findings.map(\.severity).max() ?? .info
                let message = ReportLabel.findingCount(findings.count).text(language) + ": " + findings[0].message.text(language)
                let text = findings.map { "[\($0.severity.rawValue)] \($0.subject): \($0.message.text(language))" }.joined(separator: "\n")
                cases += ">\n      <failure message=\"\(Markup.escape(message))\" type=\"\(worst.rawValue)\">"
                cases += Markup.escape(text) + "</failure>\n    </testcase>\n"
            } else if let gap = report.registryGaps.first(where: { $0.rule == rule.id }) {
                // Not judged for want of registry data: never reported as a pass.
                counts.skipped += 1
                cases += ">\n      <skipped message=\"\(Markup.escape(gap.detail(language)))\"/>\n    </testcase>\n"
            } else if let outcome, outcome.fired == 0, outcome.passed == 0, outcome.notApplicable > 0 {
                counts.skipped += 1
                cases += ">\n      <skipped/>\n    </testcase>\n"
            } else {
                cases += "/>\n"
            }
        }
        totals.add(counts)
        let name = Markup.escape(report.filing)
        return "  <testsuite name=\"\(name)\" \(counts.attributes)>\n" + cases + "  </testsuite>\n"
    }

    private mutating func inputErrorSuite() -> String {
        var counts = JUnitCounts()
        var cases = ""
        for record in inputErrors {
            counts.tests += 1; counts.errors += 1
            let errors = record.problems.filter { $0.severity == .error }
            let first = errors.first
            let text = errors.map { $0.text(language) }.joined(separator: "\n")
            cases += "    <testcase classname=\"input-errors\" name=\"\(Markup.escape(ReportText.place(record)))\">\n"
            cases += "      <error message=\"\(Markup.escape(first?.message.text(language) ?? ""))\" type=\"\(Markup.escape(first?.code ?? "input"))\">"
            cases += Markup.escape(text) + "</error>\n    </testcase>\n"
        }
        totals.add(counts)
        let name = Markup.escape("input-errors · " + ReportLabel.inputErrors.text(language))
        return "  <testsuite name=\"\(name)\" \(counts.attributes)>\n" + cases + "  </testsuite>\n"
    }
}

/// Test, failure, error and skip counts of a suite or of the whole document.
struct JUnitCounts {
    var tests = 0, failures = 0, errors = 0, skipped = 0

    mutating func add(_ other: JUnitCounts) {
        tests += other.tests; failures += other.failures; errors += other.errors; skipped += other.skipped
    }

    var attributes: String {
        "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
    }
}
