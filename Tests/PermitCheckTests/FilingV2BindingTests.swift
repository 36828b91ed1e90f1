import Testing
@testable import PermitCheck

/// The catalog-v2 fields as rules read them: absent lists are `null`, reported
/// empty ones `[]`; the `has…` fields tell a key given as `null` from an absent
/// one; subjects point at the new nodes.
@Suite struct FilingV2BindingTests {
    /// One rule with the given `for` and evidence, fired on every subject.
    static func pack(for binding: String?, _ evidence: [String: String]) -> String {
        let evidenceLines = evidence.sorted { $0.key < $1.key }.map { "      \($0.key): \"\($0.value)\"" }.joined(separator: "\n")
        return """
        pack: t
        version: 1
        rules:
          - id: X
            family: f
            severity: low
            title: t
        \(binding.map { "    for: { s: \"\($0)\" }" } ?? "")
            when: true
            evidence:
        \(evidenceLines)
        """
    }

    static func findings(_ filing: Filing?, for binding: String?, _ evidence: [String: String], registry: Registry = .empty) throws -> [Finding] {
        let filing = try #require(filing)
        let pack = try RulePack.compile(yaml: pack(for: binding, evidence))
        let report = Engine(pack: pack).check(filing, registry: registry)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.message.en))")
        return report.findings
    }

    @Test func absentListsAreNullAndReportedEmptyOnesAreEmpty() throws {
        let evidence = ["samples": "manualSamples == null", "stops": "count(stoppages ?? [])", "streams": "vocsStreams == null",
                        "schedule": "permit.reportSchedule == null", "plan": "permit.outlets[0]?.monitoringPlan == null",
                        "sections": "report?.sections == null", "report": "report == null"]
        let given = try #require(try Self.findings(V2Fixture.filing([]).value, for: nil, evidence).first)
        #expect(given[evidence: "samples"] == .bool(false) && given[evidence: "stops"] == .number(1))
        #expect(given[evidence: "schedule"] == .bool(false) && given[evidence: "plan"] == .bool(false))
        #expect(given[evidence: "sections"] == .bool(false) && given[evidence: "streams"] == .bool(false))
        let v1 = try #require(try Self.findings(Filing.decode(Array(Fixtures.filing.utf8)).value, for: nil, evidence).first)
        for name in ["samples", "streams", "schedule", "plan", "sections", "report"] {
            #expect(v1[evidence: name] == .bool(true), "\(name)")
        }
        #expect(v1[evidence: "stops"] == .number(0))
        let empty = V2Fixture.filing([("/manualSamples", .array([])), ("/vocsStreams", .null), ("/permit/reportSchedule", .null)])
        let none = try #require(try Self.findings(empty.value, for: nil, evidence).first)
        #expect(none[evidence: "samples"] == .bool(false) && none[evidence: "streams"] == .bool(false))
        #expect(none[evidence: "schedule"] == .bool(false))
    }

    @Test func transferTimesAndTheirPresence() throws {
        let evidence = ["confirmed": "s.confirmedAt", "hasConfirmed": "s.hasConfirmedAt",
                        "discrepancy": "s.discrepancyReportedAt", "hasDiscrepancy": "s.hasDiscrepancyReportedAt"]
        let binding = "hazardousWaste?.transfers ?? []"
        let at = "/hazardousWaste/transfers/0/"
        let given = try #require(try Self.findings(V2Fixture.filing([]).value, for: binding, evidence).first)
        #expect(given.subject == "/hazardousWaste/transfers/0")
        #expect(given[evidence: "confirmed"] == .string("2025-08-12T09:30:00+08:00") && given[evidence: "hasConfirmed"] == .bool(true))
        #expect(given[evidence: "discrepancy"] == .string("2025-08-11T17:00:00+08:00") && given[evidence: "hasDiscrepancy"] == .bool(true))
        let null = try #require(try Self.findings(V2Fixture.filing([(at + "confirmedAt", .null), (at + "discrepancyReportedAt", .null)]).value,
                                                  for: binding, evidence).first)
        #expect(null[evidence: "confirmed"] == .null && null[evidence: "hasConfirmed"] == .bool(true))
        #expect(null[evidence: "discrepancy"] == .null && null[evidence: "hasDiscrepancy"] == .bool(true))
        let absent = try #require(try Self.findings(V2Fixture.filing([(at + "confirmedAt", nil), (at + "discrepancyReportedAt", nil)]).value,
                                                    for: binding, evidence).first)
        #expect(absent[evidence: "confirmed"] == .null && absent[evidence: "hasConfirmed"] == .bool(false))
        #expect(absent[evidence: "discrepancy"] == .null && absent[evidence: "hasDiscrepancy"] == .bool(false))
    }

    @Test func streamsAndFacilities() throws {
        let evidence = ["treatedBy": "s.treatedBy", "has": "s.hasTreatedBy", "facility": "s.facility?.id",
                        "rate": "s.initialRate", "low": "s.lowVocsMaterials", "air": "s.facility?.supplementaryAir",
                        "inlet": "s.facility?.inletO2", "outletO2": "s.facility?.outletO2"]
        let given = try #require(try Self.findings(V2Fixture.filing([]).value, for: "vocsStreams ?? []", evidence).first)
        #expect(given.subject == "/vocsStreams/0")
        #expect(given[evidence: "treatedBy"] == .string("TA001") && given[evidence: "has"] == .bool(true))
        #expect(given[evidence: "facility"] == .string("TA001") && given[evidence: "low"] == .bool(false))
        #expect(given[evidence: "air"] == .bool(false) && given[evidence: "inlet"] == .number(20.3) && given[evidence: "outletO2"] == .number(19.6))
        let untreated = try #require(try Self.findings(V2Fixture.filing([("/vocsStreams/0/treatedBy", .null)]).value, for: "vocsStreams ?? []", evidence).first)
        #expect(untreated[evidence: "treatedBy"] == .null && untreated[evidence: "has"] == .bool(true) && untreated[evidence: "facility"] == .null)
        let unsaid = try #require(try Self.findings(V2Fixture.filing([("/vocsStreams/0/treatedBy", nil)]).value, for: "vocsStreams ?? []", evidence).first)
        #expect(unsaid[evidence: "treatedBy"] == .null && unsaid[evidence: "has"] == .bool(false))
    }

    @Test func planItemsAndFrequencies() throws {
        let evidence = ["pollutant": "s.pollutant", "method": "s.method", "times": "s.frequency?.times", "per": "s.frequency?.per",
                        "outlet": "s.outlet.id"]
        let found = try Self.findings(V2Fixture.filing([]).value, for: "permit.outlets[0]?.monitoringPlan ?? []", evidence)
        #expect(found.map(\.subject) == (0..<4).map { "/permit/outlets/0/monitoringPlan/\($0)" })
        let co = try #require(found.last)
        #expect(co[evidence: "pollutant"] == .string("CO") && co[evidence: "method"] == .string("manual"))
        #expect(co[evidence: "times"] == .number(1) && co[evidence: "per"] == .string("quarter") && co[evidence: "outlet"] == .string("DA001"))
        #expect(found.first?[evidence: "times"] == .null)
        #expect(ObjectRef(.frequency, 0, 3).pointer == "/permit/outlets/0/monitoringPlan/3/frequency")
    }

    @Test func scheduleSamplesStoppagesAndSections() throws {
        let schedule = try Self.findings(V2Fixture.filing([]).value, for: "permit.reportSchedule ?? []",
                                         ["kind": "s.kind", "due": "s.dueDaysAfterPeriodEnd", "deadline": "period.to + s.dueDaysAfterPeriodEnd * 1d"])
        #expect(schedule.map(\.subject) == ["/permit/reportSchedule/0", "/permit/reportSchedule/1"])
        #expect(schedule.last?[evidence: "kind"] == .string("quarterly-report") && schedule.last?[evidence: "due"] == .number(15))
        #expect(schedule.last?[evidence: "deadline"] == .string("2025-10-15"))
        let samples = try Self.findings(V2Fixture.filing([]).value, for: "manualSamples ?? []",
                                        ["value": "s.value > 1000 mg/m3", "at": "s.sampledAt", "outlet": "s.permitOutlet?.id"])
        #expect(samples.first?.subject == "/manualSamples/0" && samples.first?[evidence: "value"] == .bool(true))
        #expect(samples.first?[evidence: "at"] == .string("2025-08-20T10:00:00+08:00") && samples.first?[evidence: "outlet"] == .string("DA001"))
        let stoppages = try Self.findings(V2Fixture.filing([("/stoppages/0/to", .null)]).value, for: "stoppages ?? []",
                                          ["to": "s.to", "outlets": "s.outlets", "reason": "s.reason", "declared": "s.declaredAt < s.from"])
        #expect(stoppages.first?.subject == "/stoppages/0" && stoppages.first?[evidence: "to"] == .null)
        #expect(stoppages.first?[evidence: "outlets"] == .array([.string("DA001")]) && stoppages.first?[evidence: "declared"] == .bool(true))
        let sections = try #require(try Self.findings(V2Fixture.filing([]).value, for: nil,
                                                      ["tax": "'tax' in (report?.sections ?? [])", "emissions": "'actual-emissions' in (report?.sections ?? [])"]).first)
        #expect(sections[evidence: "tax"] == .bool(false) && sections[evidence: "emissions"] == .bool(true))
        #expect(ObjectRef(.report).pointer == "/report")
    }

    @Test func keyDischargersAndApprovalParties() throws {
        let registry = try #require(Registry.decode(Array(V2Fixture.registryText.utf8)).value)
        let evidence = ["loaded": "registry.keyDischargers != null", "media": "first(registry.keyDischargers ?? [])?.media",
                        "year": "first(registry.keyDischargers ?? [])?.year", "consignor": "registry.transferApprovals[0]?.consignor",
                        "receiver": "registry.transferApprovals[0]?.receiver"]
        let listed = try #require(try Self.findings(V2Fixture.filing([]).value, for: nil, evidence, registry: registry).first)
        #expect(listed[evidence: "loaded"] == .bool(true) && listed[evidence: "media"] == .array([.string("air"), .string("water")]))
        #expect(listed[evidence: "year"] == .number(2025) && listed[evidence: "consignor"] == .string("91420684MA4927PJ7B"))
        #expect(listed[evidence: "receiver"] == .string("91340600MA2PBN188W"))
        let unloaded = try #require(try Self.findings(V2Fixture.filing([]).value, for: nil, ["loaded": "registry.keyDischargers != null"]).first)
        #expect(unloaded[evidence: "loaded"] == .bool(false))
        #expect(ObjectRef(.keyDischarger, 2).pointer == "/keyDischargers/2" && ObjectRef(.keyDischarger, 2).isRegistryNode)
    }
}
