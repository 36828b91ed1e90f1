/// The findings document (filing-v1, "Findings"): one JSON object per finding,
/// and one per input error, so a batch never loses a filing silently.
extension Finding {
    /// The finding as in the spec's findings section.
    public var json: JSONValue {
        var o = JSONObject()
        o["rule"] = .string(rule)
        o["pack"] = .string(pack)
        o["family"] = .string(family)
        o["severity"] = .string(severity.rawValue)
        o["filing"] = .string(filing)
        o["enterprise"] = .string(enterprise)
        o["subject"] = .string(subject)
        o["message"] = .object(["zh": .string(message.zh), "en": .string(message.en)])
        o["evidence"] = .object(evidence)
        o["acts"] = acts.json
        o["basis"] = .array(basis.map(\.json))
        o["fingerprint"] = .string(fingerprint)
        o["params"] = .array(params.map(\.json))
        // Said plainly, so a filter need not scan statuses: the values this finding rests on that are unconfirmed.
        let unconfirmed = unconfirmedParams
        if !unconfirmed.isEmpty { o["unconfirmedParams"] = .array(unconfirmed.map { .string($0.display) }) }
        return .object(o)
    }
}

extension RuleOutcome {
    /// `{rule, fired, passed, notApplicable, insufficientData, errors}`, and,
    /// when a registry list was missing, `insufficientForRegistry` and `missingRegistry`.
    public var json: JSONValue {
        var o: JSONObject = [
            "rule": .string(rule), "fired": .number(Double(fired)), "passed": .number(Double(passed)),
            "notApplicable": .number(Double(notApplicable)), "insufficientData": .number(Double(insufficientData)),
            "errors": .number(Double(errors)),
        ]
        if insufficientForRegistry > 0 {
            o["insufficientForRegistry"] = .number(Double(insufficientForRegistry))
            o["missingRegistry"] = .array(missingRegistry.keys.map { .string($0) })
        }
        return .object(o)
    }
}

extension Citation {
    /// `{doc, article, item, clause, text, from, until, successor}`, nulls written out.
    public var json: JSONValue {
        var o = JSONObject()
        o["doc"] = .string(doc)
        o["article"] = article.map { .number(Double($0)) } ?? .null
        o["item"] = item.map { .number(Double($0)) } ?? .null
        o["clause"] = clause.map { .string($0) } ?? .null
        o["text"] = .string(text)
        o["from"] = from.map { .string($0.description) } ?? .null
        o["until"] = until.map { .string($0.description) } ?? .null
        o["successor"] = successor.map { list in .array(list.map(\.json)) } ?? .null
        return .object(o)
    }
}

extension ArticleReference {
    public var json: JSONValue {
        .object(["doc": .string(doc), "article": article.map { .number(Double($0)) } ?? .null, "item": item.map { .number(Double($0)) } ?? .null])
    }
}

extension ActRange {
    public var json: JSONValue { .object(["from": .string(from.description), "to": .string(to.description)]) }
}

/// A filing that could not be read: what, and where.
public struct InputErrorRecord: Sendable {
    /// The filing's id when it could be read that far.
    public var filing: String?
    /// File name, or `-` for standard input.
    public var source: String
    /// Line in the source for JSON Lines input.
    public var line: Int?
    public var problems: [InputProblem]

    public init(filing: String? = nil, source: String, line: Int? = nil, problems: [InputProblem]) {
        self.filing = filing; self.source = source; self.line = line; self.problems = problems
    }

    /// One record per the findings schema: the first error, with the others listed.
    public var json: JSONValue {
        var o = JSONObject()
        if let filing { o["filing"] = .string(filing) }
        o["source"] = .string(source)
        if let line { o["line"] = .number(Double(line)) }
        let errors = problems.filter { $0.severity == .error }
        if let first = errors.first { o["error"] = Self.json(first) }
        if errors.count > 1 { o["errors"] = .array(errors.map(Self.json)) }
        return .object(o)
    }

    static func json(_ p: InputProblem) -> JSONValue {
        var e = JSONObject()
        e["code"] = .string(p.code)
        e["message"] = .object(["zh": .string(p.message.zh), "en": .string(p.message.en)])
        e["pointer"] = .string(p.pointer)
        if p.line > 0 { e["line"] = .number(Double(p.line)); e["column"] = .number(Double(p.column)) }
        return .object(e)
    }
}

extension Report {
    /// The whole report: pack, findings, per-rule outcomes and evaluation failures.
    public var json: JSONValue {
        var o = JSONObject()
        o["filing"] = .string(filing)
        o["enterprise"] = .string(enterprise)
        o["pack"] = .string(pack)
        o["findings"] = .array(findings.map(\.json))
        o["outcomes"] = .array(outcomes.map(\.json))
        let gaps = registryGaps
        if !gaps.isEmpty { o["notJudged"] = .array(gaps.map(\.json)) }
        o["evaluationErrors"] = .array(failures.map { f in
            var e = JSONObject()
            e["rule"] = .string(f.rule)
            e["filing"] = .string(f.filing)
            if let s = f.subject { e["subject"] = .string(s) }
            e["message"] = .object(["zh": .string(f.message.zh), "en": .string(f.message.en)])
            return .object(e)
        })
        return .object(o)
    }
}
