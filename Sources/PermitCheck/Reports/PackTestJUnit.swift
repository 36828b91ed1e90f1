/// JUnit XML for a pack's own tests (`permitcheck test --format junit`), so CI
/// shows each rule case: one `<testsuite>` per pack, one `<testcase>` per
/// case (class name = rule id), a `<failure>` listing the case's problems.
package enum PackTestJUnit {
    /// The document for the summaries of one or more packs.
    package static func xml(_ summaries: [PackTestSummary], language: Language) -> String {
        var totals = JUnitCounts()
        var body = ""
        for summary in summaries {
            var counts = JUnitCounts()
            var cases = ""
            for result in summary.results {
                counts.tests += 1
                cases += "    <testcase classname=\"\(Markup.escape(result.rule))\" name=\"\(Markup.escape(result.name))\""
                cases += " file=\"\(Markup.escape(result.location.file))\" line=\"\(result.location.line)\""
                if result.passed {
                    cases += "/>\n"
                    continue
                }
                counts.failures += 1
                let text = result.problems.map { $0.text(language) }.joined(separator: "\n")
                cases += ">\n      <failure message=\"\(Markup.escape(result.problems.first?.text(language) ?? ""))\" type=\"pack-test\">"
                cases += Markup.escape("\(result.location)\n" + text) + "</failure>\n    </testcase>\n"
            }
            totals.add(counts)
            body += "  <testsuite name=\"\(Markup.escape(summary.pack))\" \(counts.attributes)>\n" + cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"permitcheck test\" \(totals.attributes)>\n"
            + body + "</testsuites>\n"
    }
}
