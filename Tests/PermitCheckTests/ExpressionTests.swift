import Testing
@testable import PermitCheck

/// Table-driven tests of every expression form: parsing, checking, evaluation.
@Suite struct ExpressionTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("50 mg/m3", "50 mg/m3"),
        ("3kg/h", "3 kg/h"),
        ("95 %", "95 %"),
        ("24h", "24 h"),
        ("1mo", "1mo"),
        ("2025-12-31", "2025-12-31"),
        ("2025-07-01T00:00:00+08:00", "2025-07-01T00:00:00+08:00"),
        ("a.b?.c", "(?.c (.b a))"),
        ("x ?? 1 > 2", "(> (?? x 1) 2)"),
        ("a && b || !c", "(|| (&& a b) (! c))"),
        ("a and not b or c", "(|| (&& a (! b)) c)"),
        ("x in [1, 2]", "(in x [1 2])"),
        ("x not in ['a']", "(not in x [\"a\"])"),
        ("c ? 1 : 2", "(if c 1 2)"),
        ("xs.filter(x, x > 1)", "(filter xs [x] (> x 1))"),
        ("count(xs, x, x)", "(count xs [x] x)"),
        ("xs.count()", "(count xs)"),
        ("xs[0].y", "(.y (index xs 0))"),
        ("-x * 2", "(* (- x) 2)"),
        ("f(a, b)", "(f a b)"),
    ])
    func parses(text: String, dump: String) {
        #expect(dumpSyntax(text) == dump)
    }

    @Test(arguments: ["1 +", "(1", "a.", "xs[", "'open", "1 2", "x ? 1"])
    func rejectsBadSyntax(text: String) {
        #expect(dumpSyntax(text).hasPrefix("error"))
    }

    /// Evaluates `expr` as the evidence of a rule over a small steel filing.
    func evaluate(_ expr: String) throws -> String {
        let yaml = """
        pack: t
        version: 1
        params:
          limits: { value: { PM: 10 mg/m3, SO2: 35 mg/m3 }, source: test, status: secondary }
          threshold: { value: 3 kg/h, status: unconfirmed }
          names: { value: [a, b] }
        rules:
          - id: X
            family: f
            severity: low
            title: t
            for: { outlet: permit.outlets }
            when: true
            evidence: { v: "\(expr.replacingOccurrences(of: "\"", with: "\\\""))" }
        """
        let pack = try RulePack.compile(yaml: yaml)
        let report = Engine(pack: pack).check(TestFilings.steel(values: [40, 45, .nan, 30], o2: [16, 17.5, 16, 16], flags: "NNNF"))
        if let failure = report.failures.first { return "error: \(failure.message.en)" }
        return render(try #require(report.findings.first?[evidence: "v"]))
    }

    func render(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let x): return NumberFormat.rounded(x, digits: 6)
        case .string(let s): return s
        case .array(let l): return "[" + l.map(render).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.map { "\($0.key):\(render($0.value))" }.joined(separator: ",") + "}"
        }
    }

    @Test(arguments: [
        ("1 + 2 * 3", "7"),
        ("10 / 4", "2.5"),
        ("50 mg/m3 + 500 ug/m3", "50.5"),
        ("1 t - 200 kg", "0.8"),
        ("50 mg/m3 == 50000 ug/m3", "true"),
        ("30 * 5 / 3 == 50", "true"),
        ("0.95 == 95 %", "true"),
        ("2 kg/h * 3h", "0.006"),
        ("2 mg/m3 * 1000000 m3/h", "2"),
        ("params.threshold >= 3000 kg/h / 1000", "true"),
        ("params.limits.PM", "10"),
        ("params.limits['SO2']", "35"),
        ("params.limits['NOx'] ?? 0 mg/m3", "0"),
        ("params.names", "[a,b]"),
        ("'b' in params.names", "true"),
        ("'c' not in params.names", "true"),
        ("permit.validTo - permit.validFrom", "1825"),
        ("permit.validFrom + 1mo", "2023-02-01"),
        ("2025-01-31 + 1mo", "2025-02-28"),
        ("2025-07-01 + 10d", "2025-07-11"),
        ("days_between(2025-07-01, 2025-09-30)", "91"),
        ("hours_between(2025-08-02T13:00:00+08:00, 2025-08-02T14:30:00+08:00)", "1.5"),
        ("2025-08-02T13:00:00+08:00 + 24h", "2025-08-03T13:00:00+08:00"),
        ("date(2025-07-01T00:30:00+08:00)", "2025-07-01"),
        ("date(2025-06-30T16:30:00Z)", "2025-06-30"),
        ("days_in_year(2024-03-01)", "366"),
        ("true && null", "null"),
        ("false && null", "false"),
        ("true || null", "true"),
        ("enterprise.keyArea ? 2 kg/h : 3 kg/h", "2"),
        ("enterprise.industry ?? 'none'", "3110"),
        ("ultraLowEmission?.claim", "null"),
        ("has(ultraLowEmission)", "false"),
        ("has(enterprise.industry)", "true"),
        ("outlet.limits.map(l, l.pollutant)", "[NOx]"),
        ("outlet.limits.first(l, l.averaging == 'hour')?.value", "50"),
        ("monitoring.all(s, s.outlet == 'DA001')", "true"),
        ("monitoring.exists(s, s.pollutant == 'SO2')", "false"),
        ("(monitoring[0]?.hours ?? []).count(h, h.flag == 'N')", "3"),
        ("monitoring[5]?.outlet", "null"),
        ("count(hourly('DA001', 'NOx'))", "4"),
        ("count(hourly('DA001', 'a21002'))", "4"),
        ("count(valid(hourly(outlet.id, 'NOx'), outlet.referenceO2))", "2"),
        ("count(operating(hourly(outlet.id, 'NOx')))", "3"),
        ("valid(hourly(outlet.id, 'NOx'), 16).max(h, corrected(h, 16))", "64.285714"),
        ("valid(hourly(outlet.id, 'NOx'), null).sum(h, h.value)", "85"),
        ("valid(hourly(outlet.id, 'NOx'), null).avg(h, h.value)", "42.5"),
        ("max([1, 5, 3])", "5"),
        ("max(valid(hourly(outlet.id, 'SO2'), null).map(h, h.value))", "null"),
        ("distinct([1, 1, 2])", "[1,2]"),
        ("round(2.345, 2)", "2.35"),
        ("abs(-2 kg)", "2"),
        ("value_in(1500 kg, 't')", "1.5"),
        ("value_in(outlet.limits[0]?.quantity, 'ug/m3')", "50000"),
        ("first(valid(hourly(outlet.id, 'NOx'), 16))?.time", "2025-07-01T00:00:00+08:00"),
        ("mass(hourly(outlet.id, 'NOx'))", "0.068"),
        ("category('900-041-49')", "HW49"),
        ("province('420107')", "42"),
        ("uscc_valid(enterprise.uscc)", "true"),
        ("permit_uscc(permit.number) == enterprise.uscc", "true"),
        ("longest_run(valid(hourly(outlet.id, 'NOx'), null))?.hours", "1"),
        ("daily_means(valid(hourly(outlet.id, 'NOx'), 16), 16, 2).map(d, d.mean)", "[52.142857]"),
        ("monthly_shares(valid(hourly(outlet.id, 'NOx'), 16), 16, 50 mg/m3).map(m, m.share)", "[0.5]"),
        ("'a' + 'b'", "ab"),
        ("[1, 2].map(x, [10, 20].map(y, x + y))", "[[11,21],[12,22]]"),
        ("[1, 2].map(x, [10, 20].count(y, y > x * 10))", "[1,0]"),
        ("[1, 2].map(x, [10, 20].map(y, outlet.referenceO2 + x))", "[[17,17],[18,18]]"),
        ("[1, 2].filter(x, x > 0 || value_in(1 t, 'mg/m3') > 0)", "[1,2]"),
        ("[1, 2].filter(x, x > 1 || value_in(1 t, 'mg/m3') > 0)", "error"),
        ("outlet", "/permit/outlets/0"),
    ])
    func evaluates(expr: String, expected: String) throws {
        let result = try evaluate(expr)
        if expected == "error" {
            #expect(result.hasPrefix("error") || result == "error", "\(expr)")
        } else {
            #expect(result == expected, "\(expr)")
        }
    }
}
