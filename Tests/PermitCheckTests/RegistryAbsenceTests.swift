import Foundation
import Testing
@testable import PermitCheck

/// No registry means no registry-based judgement: a subject whose result
/// rests on a registry list that was not loaded is insufficient data (with
/// the list named), never a finding or a pass; a branch that never needs the
/// list is judged as usual; and the bundled packs on every example only lose
/// findings without `--registry`, never gain or change one.
@Suite struct RegistryAbsenceTests {
    static func list(_ v: JSONValue?) -> [JSONValue] { if case .array(let a)? = v { return a } else { return [] } }

    static func pack(when: String, lets: String = "lic: waste_license(o.id)", forClause: String = "o: permit.outlets") throws -> CompiledPack {
        try RulePack.compile(yaml: """
        pack: t
        version: 1.0.0
        rules:
          - id: LIC
            family: test
            severity: high
            title: { zh: 许可, en: licence }
            for: { \(forClause) }
            let:
              \(lets)
            when: '\(when)'
            message: { zh: "无", en: "none" }
        """)
    }

    static let filing = TestFilings.steel(values: [40])

    @Test func aLookUpInAListNotLoadedIsInsufficientDataNamingTheList() throws {
        let engine = Engine(pack: try Self.pack(when: "lic == null"))
        for registry in [Registry.empty, Registry(transportLicenses: [])] {
            let report = engine.check(Self.filing, registry: registry)
            #expect(report.findings.isEmpty)
            let outcome = try #require(report.outcomes.first)
            #expect(outcome.insufficientData == 1 && outcome.insufficientForRegistry == 1 && outcome.fired == 0 && outcome.passed == 0)
            #expect(outcome.missingRegistry == .wasteLicenses)
            let gap = try #require(report.registryGaps.first)
            #expect(gap.missing == .wasteLicenses && gap.subjects == 1)
            #expect(gap.line(.en) == (registry.loaded.isEmpty
                ? "LIC: no registry given (--registry) — wasteLicenses not loaded (1 subject)"
                : "LIC: the registry has no wasteLicenses (not loaded) (1 subject)"))
        }
        // Loaded, also empty: the licence is not there, the rule fires.
        let loaded = engine.check(Self.filing, registry: Registry(wasteLicenses: []))
        #expect(loaded.findings.count == 1)
        #expect(loaded.outcomes.first?.insufficientForRegistry == 0)
        #expect(loaded.registryGaps.isEmpty)
    }

    @Test func aBranchThatNeverNeedsTheListIsJudged() throws {
        // The named value is computed, but the condition never reads it on this filing.
        let passes = Engine(pack: try Self.pack(when: "o.id == \"NOPE\" && lic == null")).check(Self.filing)
        #expect(passes.outcomes.first?.passed == 1 && passes.outcomes.first?.insufficientData == 0)
        let fires = Engine(pack: try Self.pack(when: "o.id == \"DA001\" || lic == null")).check(Self.filing)
        #expect(fires.findings.count == 1)
        // A null key needs no list: nothing could be found whatever the registry holds.
        let noKey = Engine(pack: try Self.pack(when: "lic == null", lets: "lic: waste_license(null)")).check(Self.filing)
        #expect(noKey.findings.count == 1)
    }

    @Test func aNamedValueCarriesTheMarkToWhatReadsIt() throws {
        let pack = try Self.pack(when: "missing", lets: "lic: ule_entry(enterprise.uscc)\n      missing: lic == null")
        let report = Engine(pack: pack).check(Self.filing)
        #expect(report.findings.isEmpty)
        #expect(report.outcomes.first?.missingRegistry == .ultraLowEmissionList)
        // A read of a list field not loaded marks it as well.
        let field = try Self.pack(when: "count(registry.transferApprovals) == 0", lets: "x: 1")
        #expect(Engine(pack: field).check(Self.filing).outcomes.first?.missingRegistry == .transferApprovals)
        #expect(Engine(pack: field).check(Self.filing, registry: Registry(transferApprovals: [])).findings.count == 1)
    }

    @Test func subjectsChosenByAListNotLoadedAreUnjudgedNotAbsent() throws {
        let pack = try Self.pack(when: "true", lets: "x: 1", forClause: "o: 'permit.outlets.filter(x, approval(x.id) != null)'")
        let report = Engine(pack: pack).check(Self.filing)
        let outcome = try #require(report.outcomes.first)
        #expect(outcome.notApplicable == 0 && outcome.insufficientData == 1 && outcome.missingRegistry == .transferApprovals)
        let loaded = Engine(pack: pack).check(Self.filing, registry: Registry(transferApprovals: []))
        #expect(loaded.outcomes.first?.notApplicable == 1)
    }

    @Test func decodingMarksWhichListsWereLoaded() throws {
        let doc = #"{"schema":"permitcheck/registry-v1","wasteLicenses":[],"keyDischargers":null}"#
        let registry = try #require(Registry.decode(Array(doc.utf8)).value)
        #expect(registry.loaded == [.wasteLicenses, .keyDischargers])
        #expect(Registry.empty.loaded.isEmpty)
        #expect(GoldenFindingsTests.registry.loaded == .all)
    }

    /// Every example under every bundled pack: without a registry, each finding
    /// is one of those with the registry (same JSON), none of the rules that
    /// lost findings goes unreported, and with the registry nothing is unjudged.
    @Test(arguments: GoldenFindingsTests.packs)
    func examplesWithoutARegistryOnlyLoseFindings(pack name: String) throws {
        let pack = try RulePack.load(path: TestFiles.repository.appendingPathComponent("Rules/\(name)").path)
        let engine = Engine(pack: pack)
        var unjudged = 0
        for example in GoldenFindingsTests.examples {
            let data = try #require(FileManager.default.contents(atPath: TestFiles.exampleFilings.appendingPathComponent("\(example).json").path))
            let filing = try #require(Filing.decode([UInt8](data)).value)
            let with = engine.check(filing, registry: GoldenFindingsTests.registry)
            let without = engine.check(filing)
            #expect(with.registryGaps.isEmpty, "\(example): \(with.registryGaps)")
            let withJSON = Dictionary(with.findings.map { ($0.fingerprint, JSONWriter().string($0.json)) }, uniquingKeysWith: { a, _ in a })
            for f in without.findings {
                let same = withJSON[f.fingerprint]
                #expect(same != nil, "\(example): \(f.rule) \(f.subject) appears only without a registry")
                // W-FLUE-BYPASS stands on its own reading without the list (a key
                // permit with an air outlet: scope key-permit); every other finding is the same.
                if f.rule == "W-FLUE-BYPASS" { #expect(f.evidence["scope"] == .string("key-permit")) }
                else { #expect(same == JSONWriter().string(f.json), "\(example): \(f.rule) \(f.subject) differs without a registry") }
            }
            let lost = Set(with.findings.map(\.rule)).subtracting(without.findings.map(\.rule))
            let gaps = Set(without.registryGaps.map(\.rule))
            #expect(lost.isSubset(of: gaps), "\(example): \(lost) lost findings but are not reported as unjudged")
            unjudged += without.registryGaps.count
        }
        #expect(unjudged > 0, "the examples exercise the registry rules")
    }

    @Test func pharmaWithoutARegistryHasNoLicenceFinding() throws {
        let data = try #require(FileManager.default.contents(atPath: TestFiles.exampleFilings.appendingPathComponent("pharma-huangpi.json").path))
        let filing = try #require(Filing.decode([UInt8](data)).value)
        let report = Engine(pack: try RulePack.bundled("cn-national")).check(filing)
        #expect(!report.findings.contains { $0.rule == "HW-LICENSE" })
        #expect(report.registryGaps.contains { $0.rule == "HW-LICENSE" && $0.missing.contains(.wasteLicenses) && !$0.registryGiven })
    }

    /// A registry without a list no rule needed says nothing; one without a needed list says which.
    @Test func theTextNoticeNamesOnlyWhatWasNeeded() throws {
        let pack = try Self.pack(when: "lic == null")
        for (registry, notice) in [(Registry(wasteLicenses: []), nil), (Registry(transportLicenses: []), "Note: the registry has no wasteLicenses (not loaded)")] {
            let item = AuditItem.checked(filing: Self.filing, report: Engine(pack: pack).check(Self.filing, registry: registry), source: ItemSource(path: "f.json"))
            var text = TextWriter(language: .en)
            let out = text.add(item)
            if let notice { #expect(out.hasPrefix(notice)) } else { #expect(!out.contains("Note:")) }
        }
    }

    @Test func reportsSayWhichRulesWereNotJudged() throws {
        let pack = try Self.pack(when: "lic == null")
        let report = Engine(pack: pack).check(Self.filing)
        let item = AuditItem.checked(filing: Self.filing, report: report, source: ItemSource(path: "f.json"))
        var summary = AuditSummary(pack: pack)
        summary.add(item)
        #expect(summary.registryGaps.map(\.rule) == ["LIC"])
        var text = TextWriter(language: .en)
        let out = text.add(item) + text.finish(summary)
        #expect(out.hasPrefix("Note: no registry given (--registry)"))
        #expect(out.contains("LIC: no registry given (--registry) — wasteLicenses not loaded (1 subject)"))
        var zh = TextWriter(language: .zh)
        #expect((zh.add(item) + zh.finish(summary)).contains("未提供登记库（--registry）——未载入 wasteLicenses"))
        var html = HTMLWriter(pack: pack, language: .en)
        _ = html.add(item)
        let page = html.finish(summary)
        let notice = try #require(page.range(of: "id=\"registry\""))
        let totals = try #require(page.range(of: "class=\"summary\""))
        #expect(notice.lowerBound < totals.lowerBound, "the notice is above the summary")
        #expect(page.contains("wasteLicenses not loaded"))
        #expect(Self.list(summary.json["notJudged"]).first?["rule"] == .string("LIC"))
        #expect(Self.list(report.json["notJudged"]).count == 1)
        var jsonl = JSONLinesWriter(filingRecords: true)
        let record = try JSONValue(parsing: jsonl.add(item).trimmingCharacters(in: .newlines))
        #expect(Self.list(record["notJudged"]).first?["missingRegistry"] == .array([.string("wasteLicenses")]))
        var junit = JUnitWriter(pack: pack, language: .en)
        _ = junit.add(item)
        #expect(junit.finish(summary).contains("<skipped message=\"no registry given (--registry) — wasteLicenses not loaded (1 subject)\"/>"))
        var sarif = SARIFWriter(pack: pack, language: .en)
        _ = sarif.add(item)
        #expect(sarif.finish(summary).contains("\"notJudged\""))
    }
}
