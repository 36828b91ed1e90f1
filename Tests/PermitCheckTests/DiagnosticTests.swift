import Testing
@testable import PermitCheck

/// Diagnostics: positions inside expressions, carets, suggestions, JSON. Each
/// code and "all errors at once" are file-based cases (`DiagnosticCaseTests`).
@Suite struct DiagnosticTests {
    func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try RulePack.compile(yaml: yaml, name: "pack.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func suggestsCloseNames() throws {
        let yaml = """
        pack: p
        version: 1
        rules:
          - id: A
            family: f
            severity: high
            title: t
            for: { outlet: permit.outlets }
            when: outlet.referenceO3 > 6
        """
        let d = try #require(diagnostics(yaml).first)
        #expect(d.suggestion?.contains("referenceO2") == true)
        let text = DiagnosticRenderer(sources: [SourceFile(name: "pack.yaml", text: yaml)]).text([d], language: .en)
        #expect(text.contains("pack.yaml:9:18: error[name.undefined]: `Outlet` has no field `referenceO3`"))
        #expect(text.contains(" |     when: outlet.referenceO3 > 6\n |                  ^~~~~~~~~~~\n"))
    }

    /// Columns inside plain, quoted and block scalars point at the token.
    @Test(arguments: [
        ("    when: outlet.nope > 1\n", 9, 18),
        ("    when: \"outlet.nope > 1\"\n", 9, 19),
        ("    when: 'outlet.nope > 1'\n", 9, 19),
        ("    when: |\n      count(permit.outlets) > 0 &&\n        outlet.nope > 1\n", 11, 16),
        ("    when: >\n      count(permit.outlets) > 0 &&\n      outlet.nope > 1\n", 11, 14),
        ("    when: \"count(permit.outlets) > 0 \\\n      && outlet.nope > 1\"\n", 10, 17),
    ])
    func pointsInsideEveryScalarStyle(when: String, line: Int, column: Int) throws {
        let yaml = "pack: p\nversion: 1\nrules:\n  - id: A\n    family: f\n    severity: high\n    title: t\n    for: { outlet: permit.outlets }\n" + when
        let d = try #require(diagnostics(yaml).first)
        #expect(d.code == "name.undefined")
        #expect(d.location.line == line)
        #expect(d.location.column == column)
    }

    @Test func rendersJSON() {
        let d = Diagnostic(code: "type.mismatch", message: LocalizedText(zh: "类型", en: "type \"x\""), at: SourceLocation(file: "a.yaml", line: 2, column: 3))
        #expect(DiagnosticRenderer(sources: []).json([d]) == "[{\"code\":\"type.mismatch\",\"severity\":\"error\",\"file\":\"a.yaml\",\"line\":2,\"column\":3,\"message\":{\"zh\":\"类型\",\"en\":\"type \\\"x\\\"\"}}]\n")
    }

    /// The marker `1️⃣` stands where the diagnostic must point; the test strips it
    /// and compares the diagnostic's line and column with the marker's.
    static func marked(_ text: String) -> (yaml: String, line: Int, column: Int) {
        var line = 1, column = 1, found = (1, 1)
        var yaml = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        let marker = Array("1️⃣".unicodeScalars)
        while let c = scalars.first {
            if scalars.starts(with: marker) { found = (line, column); scalars = scalars.dropFirst(marker.count); continue }
            yaml.append(c)
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
            scalars = scalars.dropFirst()
        }
        return (String(yaml), found.0, found.1)
    }

    @Test(arguments: [
        "    when: outlet.1️⃣nope > 1\n",
        "    when: \"outlet.1️⃣nope > 1\"\n",
        "    when: 'count(permit.outlets) > 0 && outlet.1️⃣nope > 1'\n",
        "    when: \"count(permit.outlets, o, o.id == \\\"DA\\\") > 0 && outlet.1️⃣nope\"\n",
        "    when: 'outlet.id == ''DA001'' && outlet.1️⃣nope'\n",
        "    when: |\n      count(permit.outlets) > 0 &&\n        outlet.1️⃣nope > 1\n",
        "    when: >-\n      count(permit.outlets) > 0\n      && outlet.1️⃣nope > 1\n",
        "    when: count(permit.outlets) > 0\n      && outlet.1️⃣nope > 1\n",
        "    when: \"'差异' == 'x' || outlet.1️⃣nope\"\n",
    ])
    func markerPointsAtTheToken(when: String) throws {
        let (text, line, column) = Self.marked("pack: p\nversion: 1\nrules:\n  - id: A\n    family: f\n    severity: high\n    title: t\n    for: { outlet: permit.outlets }\n" + when)
        let d = try #require(diagnostics(text).first { $0.code == "name.undefined" && $0.message.en.contains("nope") })
        #expect(d.location.line == line && d.location.column == column, "\(d.location) vs \(line):\(column)")
    }

    /// Issue 13: a rule with an unknown field and an unknown function with an
    /// unclosed bracket reports both at once, each exactly once, in the same
    /// order on every run; the failed `let` does not cascade into its users.
    @Test func everyIndependentMistakeOfARuleAtOnce() throws {
        let yaml = """
        pack: p
        version: 1
        rules:
          - id: A
            family: f
            severity: hihg
            title: t
            for: { outlet: permit.outlets }
            let:
              n: "coutn(outlet.limits"
            when: outlet.referenceO3 > 6 && n > 0 && n < 9
            evidence:
              n: n
        """
        let found = diagnostics(yaml)
        #expect(found.map(\.code) == ["rule.bad-value", "function.undefined", "syntax.error", "name.undefined"], "\(found)")
        #expect(found.first?.message.en.contains("critical, high, medium, low, info") == true)
        #expect(found.contains { $0.message.en.contains("coutn") && $0.suggestion?.contains("`count`") == true })
        #expect(found.contains { $0.message.en.contains("referenceO3") })
        #expect(!found.contains { $0.message.en.contains("`n`") }, "a failed let must not cascade")
        let source = [SourceFile(name: "pack.yaml", text: yaml)]
        #expect(DiagnosticRenderer(sources: source).text(found, language: .en) == DiagnosticRenderer(sources: source).text(diagnostics(yaml), language: .en))
    }

    /// The parser reads on past a syntax error, but a flood of mistakes is
    /// bounded (``InputLimits/expressionErrors``) and limits still win.
    @Test func recoveryIsBounded() {
        func pack(_ when: String) -> String {
            "pack: p\nversion: 1\nrules:\n  - id: A\n    family: f\n    severity: high\n    title: t\n    when: '\(when)'\n"
        }
        let strays = diagnostics(pack(String(repeating: ")", count: 50_000)))
        #expect(strays.count == InputLimits.expressionErrors)
        #expect(strays.allSatisfy { $0.code == "syntax.error" })
        let deep = diagnostics(pack(String(repeating: "(", count: 400) + "a b"))
        #expect(deep.map(\.code) == ["limit.depth"])
        let items = diagnostics(pack("[" + Array(repeating: "1 1", count: 3000).joined(separator: ", ") + "]"))
        #expect(items.count == InputLimits.expressionErrors)
    }
}
