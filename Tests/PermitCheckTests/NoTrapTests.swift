import Testing
@testable import PermitCheck

/// Conversions that would trap (`Int(Double)`, calendar overflow) are
/// evaluation errors when filing data makes them impossible: each site gets
/// NaN, ±∞ and 1e300 from a filing field, and the rule reports an
/// evaluation error (or, for list indices, no element) instead of crashing.
@Suite struct NoTrapTests {
    static let extremes: [Double] = [.nan, .infinity, -.infinity, 1e300, -1e300]

    /// Each expression reads the extreme value as `x` (the outlet's reference O2).
    static let sites: [(expr: String, expected: String)] = [
        ("permit.validTo + x * 1d", "error"),          // date + duration
        ("monitoring[0]?.start + x * 1h", "error"),    // time + duration
        ("add_months(permit.validTo, x)", "error"),    // calendar months
        ("[1, 2][x]", "null"),                         // list index: no such element
    ]

    @Test(arguments: extremes)
    func extremeValuesNeverTrap(value: Double) throws {
        for site in Self.sites {
            let result = try evaluate(site.expr, x: value)
            if site.expected == "error" {
                #expect(result.hasPrefix("error: "), "\(site.expr) with x = \(value) gave \(result)")
                #expect(result.contains("cannot use the value"), "\(result)")
            } else {
                #expect(result == site.expected, "\(site.expr) with x = \(value) gave \(result)")
            }
        }
    }

    /// Decimal places are clamped to 0…12; only a value that is no number at all is an error.
    @Test(arguments: extremes)
    func roundingDigitsNeverTrap(value: Double) throws {
        let result = try evaluate("round(1.25, x)", x: value)
        #expect(result == (value.isFinite ? (value > 0 ? "1.25" : "1") : "error: `round` cannot use the value \(value.isNaN ? "NaN" : value > 0 ? "∞" : "-∞") (not a number, infinite, or beyond the range of dates)"))
    }

    @Test func ordinaryValuesStillWork() throws {
        #expect(try evaluate("permit.validTo + x * 1d", x: 2) == "2028-01-02")
        #expect(try evaluate("add_months(permit.validTo, x)", x: 2) == "2028-02-29")
        #expect(try evaluate("round(1.256, x)", x: 2) == "1.26")
        #expect(try evaluate("[1, 2][x]", x: 1) == "2")
    }

    @Test func hugeMonthLiteralsAreCompileErrors() {
        let yaml = Self.pack(evidence: "permit.validTo + 99999999999999999999mo")
        #expect(throws: CompileFailure.self) { try RulePack.compile(yaml: yaml) }
    }

    static func pack(evidence: String) -> String {
        """
        pack: t
        version: 1
        rules:
          - id: X
            family: f
            severity: low
            title: t
            for: { outlet: permit.outlets }
            let: { x: outlet.referenceO2 ?? 0 }
            when: true
            evidence: { v: "\(evidence)" }
        """
    }

    func evaluate(_ expr: String, x: Double) throws -> String {
        let pack = try RulePack.compile(yaml: Self.pack(evidence: expr))
        var filing = TestFilings.steel(values: [40, 45])
        filing.permit.outlets[0].referenceO2 = x
        let report = Engine(pack: pack).check(filing)
        if let failure = report.failures.first { return "error: \(failure.message.en)" }
        switch report.findings.first?[evidence: "v"] {
        case .string(let s)?: return s
        case .number(let n)?: return NumberFormat.rounded(n, digits: 4)
        case .null?: return "null"
        default: return "?"
        }
    }
}
