/// Reads one rule (and its test cases) out of its YAML mapping.
enum RuleReader {
    static func read(_ node: YAMLNode, _ reader: inout NodeReader) -> RuleSyntax? {
        let context = node["id"]?.scalar.map { "rule \($0)" } ?? "rule"
        guard let e = reader.entries(node, context: context, allowed: PackReader.ruleKeys, required: ["id", "family", "severity", "title", "when"]),
              let idEntry = e["id"], let id = reader.string(idEntry), let severityEntry = e["severity"]
        else { return nil }
        var message: MessageSyntax?
        if let m = e["message"], let parts = reader.entries(m.value, context: "\(context) message", allowed: ["zh", "en"], required: ["zh", "en"]),
           let zh = parts["zh"], let en = parts["en"] {
            message = MessageSyntax(zh: ExprTemplate(node: zh.value, file: reader.file), en: ExprTemplate(node: en.value, file: reader.file))
        }
        var tests: [TestCaseSyntax] = []
        if let t = e["tests"] {
            if let items = t.value.sequence {
                tests = items.compactMap { readTest($0, &reader) }
            } else {
                reader.report(SyntaxMessages.wrongKind("tests", expected: YAMLMessages.sequence, found: t.value.kindName), at: t.value)
            }
        }
        // Without a usable `when` (already reported) the rest of the rule is still
        // checked, against a `when` that is `null` and raises nothing.
        var when = e["when"]?.value
        if let w = when, w.scalar == nil {
            reader.report(SyntaxMessages.wrongKind("when", expected: SyntaxMessages.expression, found: w.kindName), at: w)
            when = nil
        }
        let whenNode = when ?? YAMLNode(kind: .scalar("null", .plain), location: node.location, startIndex: node.startIndex, endIndex: node.startIndex)
        var rule = RuleSyntax(
            id: id, idNode: idEntry.value, node: node, family: reader.string(e["family"]) ?? "",
            severity: ExprSyntax(node: severityEntry.value, file: reader.file),
            title: reader.localized(e["title"], context: "\(context) title") ?? LocalizedText(zh: id, en: id),
            message: message, basis: LawReader.basis(e["basis"], &reader),
            acts: LawReader.scalar(e["acts"], &reader), actDates: expression(e["actDates"], &reader),
            medium: expression(e["medium"], &reader), appliesFrom: e["appliesFrom"]?.value, doc: reader.localized(e["doc"], context: "\(context) doc"),
            bindings: reader.namedExpressions(e["for"]), at: reader.string(e["at"]), lets: reader.namedExpressions(e["let"]),
            when: ExprSyntax(node: whenNode, file: reader.file),
            evidence: reader.namedExpressions(e["evidence"]), tests: tests, file: reader.file)
        rule.unreadable = [e["for"], e["let"]].compactMap { $0?.value.mapping }.joined()
            .filter { $0.value.scalar == nil }.compactMap(\.key.scalar)
        return rule
    }

    /// An optional single-expression key (`actDates`, `medium`).
    static func expression(_ entry: (key: YAMLNode, value: YAMLNode)?, _ reader: inout NodeReader) -> ExprSyntax? {
        guard let entry else { return nil }
        guard entry.value.scalar != nil else {
            reader.report(SyntaxMessages.wrongKind(entry.key.scalar ?? "", expected: SyntaxMessages.expression, found: entry.value.kindName), at: entry.value)
            return nil
        }
        return ExprSyntax(node: entry.value, file: reader.file)
    }

    static func readTest(_ node: YAMLNode, _ reader: inout NodeReader) -> TestCaseSyntax? {
        guard let e = reader.entries(node, context: "test", allowed: PackReader.testKeys, required: ["name", "expect"]) else { return nil }
        var expect: [ExpectedFinding] = []
        if let x = e["expect"] {
            if let items = x.value.sequence {
                for item in items {
                    guard let parts = reader.entries(item, context: "expect", allowed: ["subject", "severity", "evidence", "acts", "cites"], required: ["subject"]) else { continue }
                    let severity = reader.string(parts["severity"])
                    if let s = severity, Severity(rawValue: s) == nil, let node = parts["severity"]?.value {
                        reader.report(SyntaxMessages.badValue("severity", Severity.allCases.map(\.rawValue)), at: node)
                    }
                    expect.append(ExpectedFinding(
                        subject: reader.string(parts["subject"]) ?? "", severity: severity, evidence: parts["evidence"]?.value,
                        acts: parts["acts"]?.value, cites: parts["cites"].map { LawReader.basis($0, &reader) }))
                }
            } else if !x.value.isNull {
                reader.report(SyntaxMessages.wrongKind("expect", expected: YAMLMessages.sequence, found: x.value.kindName), at: x.value)
            }
        }
        return TestCaseSyntax(
            name: reader.string(e["name"]) ?? "", node: node, filing: e["filing"]?.value, file: reader.string(e["file"]),
            base: reader.string(e["base"]), patch: e["patch"]?.value, registry: e["registry"]?.value,
            registryFile: reader.string(e["registryFile"]), expect: expect, outcome: outcome(e["outcome"], &reader), sourceFile: reader.file)
    }

    static let outcomes = ["passed", "not-applicable", "insufficient-data"]

    static func outcome(_ entry: (key: YAMLNode, value: YAMLNode)?, _ reader: inout NodeReader) -> String? {
        guard let entry, let value = reader.string(entry) else { return nil }
        if !outcomes.contains(value) { reader.report(SyntaxMessages.badValue("outcome", outcomes), at: entry.value) }
        return value
    }
}
