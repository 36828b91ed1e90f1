import Testing
@testable import PermitCheck

/// The pack test runner: passes what matches exactly, fails every difference.
@Suite struct PackTesterTests {
    static func pack(_ name: String) throws -> CompiledPack {
        try RulePack.load(path: TestFiles.repository.appendingPathComponent("Tests/PermitCheckTests/Cases/packs/\(name)").path)
    }

    @Test func demoPackPasses() throws {
        let summary = PackTester.run(try Self.pack("demo"))
        #expect(summary.failed.map { "\($0.rule) \($0.name): \($0.problems.map(\.en))" } == [])
        #expect(summary.results.count == 5)
        #expect(summary.rulesWithoutFiringCase.isEmpty && summary.rulesWithoutPassingCase.isEmpty)
    }

    @Test func localPackOverridesDisablesAndAdds() throws {
        let pack = try Self.pack("demo-local")
        #expect(pack.rules.map(\.id) == ["VOC-SYNC", "LOCAL-KEY-AREA"])
        let sync = try #require(pack.parameters.first { $0.name == "minSyncRate" })
        #expect(sync.valueText == "0.99" && sync.status == .secondary && sync.setBy == "demo-local")
        #expect(pack.parameters.first { $0.name == "renewalNoticeDays" }?.setBy == "demo")
        let summary = PackTester.run(pack)
        // "exactly 95 % passes" now fires under the stricter 0.99: the base case fails here, as it should.
        #expect(summary.failed.map(\.name) == ["exactly 95 % passes"])
        #expect(summary.rulesWithoutFiringCase.isEmpty)
    }

    @Test func failingPackReportsEveryDifference() throws {
        let summary = PackTester.run(try Self.pack("failing"))
        let byName = Dictionary(uniqueKeysWithValues: summary.results.map { ($0.name, $0.problems.map(\.en)) })
        #expect(byName["expects nothing but fires"] == ["unexpected finding at /facilities/0"])
        #expect(byName["wrong subject"] == ["expected a finding at /facilities/1, got none", "unexpected finding at /facilities/0"])
        #expect(byName["wrong evidence"]?.first?.hasPrefix("evidence differs at /facilities/0") == true)
        #expect(byName["bad filing"]?.first?.hasPrefix("the test filing is invalid: /permit/validTo") == true)
        #expect(byName["expects a finding and gets none"] == ["expected a finding at , got none"])
        #expect(byName["wrong severity"] == ["severity at /facilities/0: expected high, got low"])
        #expect(byName["wrong outcome"] == ["expected outcome insufficient-data, got fired 0, passed 1, not-applicable 0, insufficient-data 0"])
        #expect(summary.results.allSatisfy { !$0.passed })
        #expect(summary.rulesWithoutPassingCase == [])
    }

    @Test func compiledRuleDumpsEachStage() throws {
        let rule = try #require(try Self.pack("demo").rule("VOC-SYNC"))
        #expect(rule.dump(.syntax).contains("when: (&& (> (.productionHours f) 0) (< rate (.minSyncRate params)))"))
        #expect(rule.dump(.checked).contains("(< rate : number? (.minSyncRate params) : number) : bool?"))
        #expect(rule.dump(.compiled).contains("(< (slot 1 rate) (param 1 minSyncRate))"))
    }
}
