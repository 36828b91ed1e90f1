import Testing
@testable import PermitCheck

@Suite struct EngineTests {
    static let hourRule = """
    pack: test
    version: 1.0.0
    documents:
      条例: { title: 排污许可管理条例, from: 2021-03-01, status: C }
    params:
      tolerance: { value: 0, doc: none, source: test, status: confirmed }
    rules:
      - id: EL-HOUR
        family: emission-limits
        severity: high
        title: { zh: 小时均值超标, en: Hourly average above the limit }
        acts: hours
        actDates: over.map(h, h.date)
        basis: [条例 34(一)]
        for:
          outlet: permit.outlets
          limit: outlet.limits.filter(l, l.averaging == "hour")
        let:
          hours: valid(hourly(outlet.id, limit.pollutant), outlet.referenceO2)
          over: hours.filter(h, corrected(h, outlet.referenceO2) > limit.quantity)
        when: count(over) > 0
        message:
          zh: "{outlet.id} {limit.pollutant} 有 {count(over)} 个小时超过 {limit.quantity}"
          en: "{outlet.id} {limit.pollutant}: {count(over)} hours above {limit.quantity}"
        evidence:
          hours: count(over)
          max: over.max(h, value_in(corrected(h, outlet.referenceO2), limit.unit))
          first: first(over)?.time
          days: count(distinct(over.map(h, h.date)))
    """

    func run(_ filing: Filing) throws -> Report {
        let pack = try RulePack.compile(yaml: Self.hourRule)
        return Engine(pack: pack).check(filing)
    }

    @Test func firesOnCorrectedExceedance() throws {
        // 45 at O2 17.5 corrects to 45 × 5 / 3.5 = 64.29 (vectors/oxygen_correction.txt).
        let report = try run(TestFilings.steel(values: [40, 45, 50, 30], o2: [16, 17.5, 16, 16]))
        #expect(report.failures.isEmpty)
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.subject == "/permit/outlets/0/limits/0")
        #expect(finding[evidence: "hours"] == .number(1))
        if case .number(let max)? = finding[evidence: "max"] { #expect(abs(max - 64.2857142857) < 1e-6) } else { Issue.record("no max") }
        #expect(finding[evidence: "first"] == .string("2025-07-01T01:00:00+08:00"))
        #expect(finding[evidence: "days"] == .number(1))
        #expect(finding.message.en == "DA001 NOx: 1 hours above 50 mg/m3")
        #expect(finding.pack == "test@1.0.0")
        #expect(finding.fingerprint.count == 16)
        #expect(report.outcomes.first?.fired == 1)
    }

    @Test func valueExactlyAtTheLimitDoesNotFire() throws {
        let report = try run(TestFilings.steel(values: [50, 30 * 5 / 3]))
        #expect(report.findings.isEmpty)
        #expect(report.outcomes.first?.passed == 1)
    }

    @Test func ignoresFlaggedAndNullHours() throws {
        let report = try run(TestFilings.steel(values: [90, 90, 90, 90, .nan], flags: "FMCDN"))
        #expect(report.findings.isEmpty)
    }

    @Test func convertsLimitUnits() throws {
        // 50 000 ug/m3 = 50 mg/m3: 51 mg/m3 is above it.
        let report = try run(TestFilings.steel(values: [51], limitUnit: .ugPerM3, limit: 50_000))
        #expect(report.findings.count == 1)
    }

    @Test func incomparableUnitsAreAnEvaluationError() throws {
        let report = try run(TestFilings.steel(values: [51], limitUnit: .mgPerL, limit: 50))
        #expect(report.findings.isEmpty)
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.rule == "EL-HOUR")
        #expect(report.outcomes.first?.errors == 1)
    }

    @Test func fingerprintsAreStable() throws {
        let a = try run(TestFilings.steel(values: [90])).findings.first?.fingerprint
        let b = try run(TestFilings.steel(values: [95])).findings.first?.fingerprint
        #expect(a != nil && a == b)
    }
}

@Suite struct ExplainTests {
    @Test func explainsEachSubjectStepByStep() throws {
        let pack = try RulePack.compile(yaml: EngineTests.hourRule)
        let filing = TestFilings.steel(values: [40, 45], o2: [16, 17.5])
        let explanation = try #require(Engine(pack: pack).explain(filing, rule: "EL-HOUR"))
        let subject = try #require(explanation.subjects.first)
        #expect(subject.pointer == "/permit/outlets/0/limits/0")
        #expect(subject.outcome == "fired")
        #expect(subject.steps.map(\.role) == ["for.outlet", "for.limit", "let.hours", "let.over", "when", "actDates", "basis", "evidence.hours", "evidence.max", "evidence.first", "evidence.days"])
        #expect(subject.steps.first { $0.role == "actDates" }?.value == "2025-07-01")
        #expect(subject.steps.first { $0.role == "basis" }?.value == "cited")
        #expect(explanation.law.first?.expression == "hours")
        #expect(subject.steps.first { $0.role == "let.over" }?.value == "[2025-07-01 01:00 (/monitoring/0/values/1)]")
        #expect(Engine(pack: pack).explain(filing, rule: "NOPE") == nil)
    }
}

@Suite struct DailyMeanTests {
    /// Two series of one outlet and pollutant, overlapping a day from both ends
    /// and in different units, pool into one day of 24 valid hours.
    @Test func poolsSeriesAcrossUnitsByDate() throws {
        var filing = TestFilings.steel(values: Array(repeating: 55, count: 24))
        filing.monitoring[0].start = TestFilings.time("2025-07-01T12:00:00+08:00")
        filing.monitoring.append(MonitoringSeries(
            outlet: "DA001", pollutant: "NOx", unit: .ugPerM3, start: TestFilings.time("2025-07-01T00:00:00+08:00"), interval: .hour,
            values: Array(repeating: 60_000, count: 12), o2: Array(repeating: 16, count: 12), flags: Array(repeating: UInt8(ascii: "N"), count: 12)))
        let yaml = """
        pack: t
        version: 1
        rules:
          - id: D
            family: f
            severity: low
            title: t
            for: { outlet: permit.outlets }
            let:
              days: daily_means(valid(elements(outlet.id, "NOx"), outlet.referenceO2), outlet.referenceO2, 20)
            when: true
            evidence: { dates: "days.map(d, d.date)", means: "days.map(d, d.mean)", hours: "days.map(d, d.hours)" }
        """
        let report = Engine(pack: try RulePack.compile(yaml: yaml)).check(filing)
        let f = try #require(report.findings.first)
        #expect(f[evidence: "dates"] == .array([.string("2025-07-01")]))
        #expect(f[evidence: "means"] == .array([.number(57.5)]))
        #expect(f[evidence: "hours"] == .array([.number(24)]))
    }
}
