/// The audit's totals as JSON, for the one-document formats. Every map is
/// written in a fixed order (severities most serious first, families and
/// credit codes sorted) so that the same audit gives the same bytes.
extension AuditSummary {
    /// Totals, per rule outcomes and the enterprises with the most serious findings.
    package var json: JSONValue {
        var o = JSONObject()
        o["pack"] = .string(pack)
        o["packHash"] = .string(packHash)
        o["filings"] = .number(Double(filings))
        o["inputErrors"] = .number(Double(inputErrors))
        o["evaluationErrors"] = .number(Double(evaluationErrors))
        o["findings"] = .number(Double(findings))
        o["bySeverity"] = Self.severities(findingsBySeverity)
        var families = JSONObject()
        for family in findingsByFamily.keys.sorted() { families[family] = .number(Double(findingsByFamily[family] ?? 0)) }
        o["byFamily"] = .object(families)
        o["worstEnterprises"] = .array(worstEnterprises().map { entry in
            .object([
                "enterprise": .string(entry.uscc), "name": .string(entry.tally.name),
                "filings": .number(Double(entry.tally.filings)), "findings": .number(Double(entry.tally.total)),
                "bySeverity": Self.severities(entry.tally.bySeverity),
            ])
        })
        o["outcomes"] = .array(outcomes.map(\.json))
        let gaps = registryGaps
        if !gaps.isEmpty { o["notJudged"] = .array(gaps.map(\.json)) }
        return .object(o)
    }

    static func severities(_ counts: [Severity: Int]) -> JSONValue {
        var o = JSONObject()
        for s in Severity.allCases { o[s.rawValue] = .number(Double(counts[s] ?? 0)) }
        return .object(o)
    }
}
