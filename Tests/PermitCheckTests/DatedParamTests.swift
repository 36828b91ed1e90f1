import Testing
@testable import PermitCheck

/// Hour and window rules read a dated parameter on each element's date
/// (rules-catalog, "Effective-dated parameters"), in a period across the day
/// its value changes.
@Suite struct DatedParamTests {
    static let pack = """
    pack: dated
    version: 1.0.0
    documents:
      条例: { title: 排污许可管理条例, from: 2021-03-01, status: C }
    params:
      o2Max:
        values:
          - { value: 19, until: 2025-12-31, source: old standard, status: C }
          - { value: 18, from: 2026-01-01, source: new standard, status: C }
      minHours:
        values:
          - { value: 20, until: 2025-12-31, source: old standard, status: C }
          - { value: 12, from: 2026-01-01, source: new standard, status: C }
    rules:
      - id: O2-HIGH
        family: data-quality
        severity: medium
        title: { zh: 氧含量过高, en: Oxygen too high }
        acts: hours
        actDates: bad.map(h, h.date)
        for: { series: monitoring }
        let:
          # `* 1` makes the read a loop-invariant-looking expression: it must not be hoisted out of the loop.
          bad: series.hours.filter(h, h.o2 != null && h.o2 >= params.o2Max * 1)
        when: count(bad) > 0
        message:
          zh: "{count(bad)} 小时氧含量不低于 {params.o2Max}%"
          en: "{count(bad)} hours at or above {params.o2Max}% oxygen"
        evidence:
          hours: count(bad)
          threshold: params.o2Max
      - id: VALID-DAYS
        family: data-quality
        severity: low
        title: { zh: 有效日, en: Valid days }
        acts: hours
        actDates: days.map(d, d.date)
        for: { series: monitoring }
        let:
          days: daily_means(series.hours.filter(h, h.flag == "N"), null, 1).filter(d, d.hours >= params.minHours)
        when: count(days) > 0
        evidence:
          days: days.map(d, d.date)
      - id: O2-ONCE
        family: data-quality
        severity: low
        title: { zh: 一次读取, en: One reading }
        acts: hours
        actDates: series.hours.map(h, h.date)
        for: { series: monitoring }
        when: series.hours.exists(h, h.o2 != null) && params.o2Max > 0
    """

    /// 48 hours from 2025-12-31 00:00 (+08:00) at 18.5 % O2; each day's last 6 hours flagged F.
    static func filing(from: String, to: String) -> Filing {
        let flags = String(repeating: String(repeating: "N", count: 18) + String(repeating: "F", count: 6), count: 2)
        var filing = TestFilings.steel(values: Array(repeating: 30, count: 48), o2: Array(repeating: 18.5, count: 48), flags: flags)
        filing.period = Period(from: TestFilings.date(from), to: TestFilings.date(to))
        filing.monitoring[0].start = TestFilings.time("2025-12-31T00:00:00+08:00")
        return filing
    }

    func check(from: String, to: String) throws -> Report {
        Engine(pack: try RulePack.compile(yaml: Self.pack)).check(Self.filing(from: from, to: to))
    }

    @Test func insideAComprehensionEachHourReadsItsOwnDate() throws {
        let report = try check(from: "2025-12-01", to: "2026-01-31")
        let finding = try #require(report.findings.first { $0.rule == "O2-HIGH" })
        // 18.5 is under 19 on 2025-12-31 and at or above 18 on 2026-01-01: only the second day's 24 hours.
        #expect(finding.evidence["hours"] == .number(24))
        #expect(finding.acts == ActRange(from: TestFilings.date("2026-01-01"), to: TestFilings.date("2026-01-01")))
        // Evidence and message outside the loop state the value on the finding's last act date.
        #expect(finding.evidence["threshold"] == .number(18))
        #expect(finding.message.en == "24 hours at or above 18% oxygen")
    }

    @Test func aDayIsValidByTheValueOnItsDate() throws {
        let report = try check(from: "2025-12-01", to: "2026-01-31")
        let finding = try #require(report.findings.first { $0.rule == "VALID-DAYS" })
        // 18 valid hours: short of 20 on 2025-12-31, enough for 12 on 2026-01-01.
        #expect(finding.evidence["days"] == .array([.string("2026-01-01")]))
    }

    @Test func readOutsideAnyElementItIsAnErrorWhenTheValueChanges() throws {
        let report = try check(from: "2025-12-01", to: "2026-01-31")
        let failure = try #require(report.failures.first { $0.rule == "O2-ONCE" })
        #expect(failure.message.en.contains("parameter `o2Max` changes value within the period 2025-12-01 … 2026-01-31"))
        #expect(!report.findings.contains { $0.rule == "O2-ONCE" })
    }

    @Test func withinOneValueTheRuleReadsIt() throws {
        // A period before the change, with its one day of data: 19 everywhere, so
        // no hour is at or above it, and O2-ONCE reads 19.
        var filing = Self.filing(from: "2025-12-01", to: "2025-12-31")
        let s = filing.monitoring[0]
        filing.monitoring[0].values = Array(s.values.prefix(24)); filing.monitoring[0].o2 = s.o2.map { Array($0.prefix(24)) }
        filing.monitoring[0].flow = s.flow.map { Array($0.prefix(24)) }; filing.monitoring[0].flags = Array(s.flags.prefix(24))
        let report = Engine(pack: try RulePack.compile(yaml: Self.pack)).check(filing)
        #expect(report.failures.isEmpty)
        #expect(!report.findings.contains { $0.rule == "O2-HIGH" })
        #expect(report.findings.contains { $0.rule == "O2-ONCE" })
    }

    @Test func theExplainerSaysHowAnHourRuleReadsIt() throws {
        let pack = try RulePack.compile(yaml: Self.pack)
        let rule = try #require(pack.rules.first { $0.id == "O2-HIGH" })
        let context = EvalContext(filing: Self.filing(from: "2025-12-01", to: "2026-01-31"), registry: Registry(), params: pack.paramValues, slotCount: rule.slotCount)
        let steps = try Explainer(rule: rule, pack: pack, context: context).law()
        let read = try #require(steps.first { $0.role == "params.o2Max" })
        #expect(read.expression.hasPrefix("on each hour's, day's, run's or window's date"))
        #expect(read.value == "changes within the period")
    }
}
