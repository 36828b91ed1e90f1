import Testing
@testable import PermitCheck

/// The catalog-v2 fields of filing-v1 and registry-v1 as decoded: the spec's
/// example gives each its model value, a v1 filing has none of them, and
/// absent, `null` and `[]` stay apart where the spec says they differ.
@Suite struct FilingV2FieldsTests {
    static func time(_ text: String) -> Timestamp? { Timestamp(text) }

    @Test func decodesTheV2Example() throws {
        let decoded = Filing.decode(Array(V2Fixture.filingText.utf8))
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        let filing = try #require(decoded.value)
        #expect(filing.report?.sections == [.actualEmissions, .complianceAnalysis, .abnormalConditions])
        let schedule = try #require(filing.permit.reportSchedule)
        #expect(schedule.map(\.kind) == [.annualReport, .quarterlyReport])
        #expect(schedule.map(\.dueDaysAfterPeriodEnd) == [15, 15])
        let plan = try #require(filing.permit.outlets.first?.monitoringPlan)
        #expect(plan.map(\.pollutant) == ["PM", "SO2", "NOx", "CO"])
        #expect(plan.map(\.method) == [.automatic, .automatic, .automatic, .manual])
        #expect(plan.map(\.frequency) == [nil, nil, nil, MonitoringFrequency(times: 1, per: .quarter)])
        let sample = try #require(filing.manualSamples?.first)
        #expect(filing.manualSamples?.count == 1)
        #expect(sample.outlet == "DA001" && sample.pollutant == "CO" && sample.sampledAt == Self.time("2025-08-20T10:00:00+08:00"))
        #expect(sample.value == 1200 && sample.unit == .mgPerM3 && sample.quantity == Quantity(1200, .mgPerM3))
        let stoppage = try #require(filing.stoppages?.first)
        #expect(stoppage.from == Self.time("2025-09-20T00:00:00+08:00") && stoppage.to == Self.time("2025-09-23T00:00:00+08:00"))
        #expect(stoppage.declaredAt == Self.time("2025-09-19T16:00:00+08:00"))
        #expect(stoppage.reason == "年度检修" && stoppage.outlets == ["DA001"])
        let facility = try #require(filing.facilities.first)
        #expect(facility.supplementaryAir == false && facility.lowVocsMaterials == false)
        #expect(facility.inletO2 == 20.3 && facility.outletO2 == 19.6)
        let stream = try #require(filing.vocsStreams?.first)
        #expect(stream.id == "VS1" && stream.outlet == "DA003" && stream.initialRate == Quantity(4.2, .kgPerHour))
        #expect(stream.treatedBy == .value("TA001") && stream.lowVocsMaterials == false)
        let transfer = try #require(filing.hazardousWaste?.transfers.first)
        #expect(transfer.manifest == "20254201000123")
        #expect(transfer.confirmedAt == Self.time("2025-08-12T09:30:00+08:00").map { .value($0) })
        #expect(transfer.discrepancyReportedAt == Self.time("2025-08-11T17:00:00+08:00").map { .value($0) })
    }

    @Test func decodesTheV2Registry() throws {
        let decoded = Registry.decode(Array(V2Fixture.registryText.utf8))
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        let registry = try #require(decoded.value)
        let approval = try #require(registry.transferApprovals.first)
        #expect(approval.consignor == "91420684MA4927PJ7B" && approval.receiver == "91340600MA2PBN188W")
        let listed = try #require(registry.keyDischargers)
        #expect(listed.count == 1)
        #expect(listed.first?.uscc == "91420684MA4927PJ7B" && listed.first?.media == [.air, .water] && listed.first?.year == 2025)
    }

    /// A v1 filing stays valid and reports none of the v2 fields: each is absent, not empty.
    @Test func aV1FilingHasNoV2Field() throws {
        let decoded = Filing.decode(Array(Fixtures.filing.utf8))
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        let filing = try #require(decoded.value)
        #expect(filing.report == nil && filing.manualSamples == nil && filing.stoppages == nil && filing.vocsStreams == nil)
        #expect(filing.permit.reportSchedule == nil && filing.permit.outlets.allSatisfy { $0.monitoringPlan == nil })
        let facility = try #require(filing.facilities.first)
        #expect(facility.supplementaryAir == nil && facility.inletO2 == nil && facility.outletO2 == nil && facility.lowVocsMaterials == nil)
        let transfer = try #require(filing.hazardousWaste?.transfers.first)
        #expect(transfer.confirmedAt == .absent && transfer.discrepancyReportedAt == .absent)
        let registry = try #require(Registry.decode(Array(Fixtures.registry.utf8)).value)
        #expect(registry.keyDischargers == nil && registry.transferApprovals.first?.consignor == nil)
    }

    @Test func semiannualIsAKind() throws {
        let filing = try #require(V2Fixture.filing([("/kind", .string("semiannual-report"))]).value)
        #expect(filing.kind == .semiannualReport)
        let schedule = try #require(V2Fixture.filing([("/permit/reportSchedule/0/kind", .string("semiannual-report"))]).value?.permit.reportSchedule)
        #expect(schedule.first?.kind == .semiannualReport)
    }

    /// Each optional v2 list, as (pointer, read back): absent is `nil`, `null` and `[]` are empty.
    static let lists: [(String, @Sendable (Filing) -> Int?)] = [
        ("/manualSamples", { $0.manualSamples?.count }),
        ("/stoppages", { $0.stoppages?.count }),
        ("/vocsStreams", { $0.vocsStreams?.count }),
        ("/report/sections", { $0.report?.sections?.count }),
        ("/permit/reportSchedule", { $0.permit.reportSchedule?.count }),
        ("/permit/outlets/0/monitoringPlan", { $0.permit.outlets.first?.monitoringPlan?.count }),
    ]

    @Test(arguments: lists)
    func absentNullAndEmptyListsStayApart(_ list: (String, @Sendable (Filing) -> Int?)) throws {
        let (pointer, count) = list
        let given = try #require(V2Fixture.filing([]).value)
        #expect((count(given) ?? 0) > 0, "\(pointer) is not in the example")
        let absent = try #require(V2Fixture.filing([(pointer, nil)]).value, "\(pointer)")
        let null = try #require(V2Fixture.filing([(pointer, .null)]).value, "\(pointer)")
        let empty = try #require(V2Fixture.filing([(pointer, .array([]))]).value, "\(pointer)")
        #expect(count(absent) == nil, "\(pointer) absent")
        #expect(count(null) == 0, "\(pointer) null")
        #expect(count(empty) == 0, "\(pointer) []")
    }

    @Test func keyDischargersAbsentIsNotLoaded() throws {
        #expect(try #require(V2Fixture.registry([("/keyDischargers", nil)]).value).keyDischargers == nil)
        #expect(try #require(V2Fixture.registry([("/keyDischargers", .null)]).value).keyDischargers?.isEmpty == true)
        #expect(try #require(V2Fixture.registry([("/keyDischargers", .array([]))]).value).keyDischargers?.isEmpty == true)
    }

    /// `report: null` is a report stating none; an absent `report` is not reported.
    @Test func reportNullIsReportedNone() throws {
        #expect(try #require(V2Fixture.filing([("/report", nil)]).value).report == nil)
        #expect(try #require(V2Fixture.filing([("/report", .null)]).value).report?.sections == [])
        let noSections = try #require(V2Fixture.filing([("/report", .object([:]))]).value)
        #expect(noSections.report != nil && noSections.report?.sections == nil)
    }

    @Test func transferTimesKeepAbsentApartFromNull() throws {
        let at = "/hazardousWaste/transfers/0/"
        let absent = try #require(V2Fixture.filing([(at + "confirmedAt", nil), (at + "discrepancyReportedAt", nil)]).value)
        let null = try #require(V2Fixture.filing([(at + "confirmedAt", .null), (at + "discrepancyReportedAt", .null)]).value)
        let a = try #require(absent.hazardousWaste?.transfers.first), n = try #require(null.hazardousWaste?.transfers.first)
        #expect(a.confirmedAt == .absent && a.discrepancyReportedAt == .absent)
        #expect(n.confirmedAt == Reported<Timestamp>.none && n.discrepancyReportedAt == Reported<Timestamp>.none)
        #expect(!a.confirmedAt.isReported && n.confirmedAt.isReported && n.confirmedAt.value == nil)
    }

    @Test func treatedByKeepsAbsentApartFromNull() throws {
        let absent = try #require(V2Fixture.filing([("/vocsStreams/0/treatedBy", nil)]).value?.vocsStreams?.first)
        let null = try #require(V2Fixture.filing([("/vocsStreams/0/treatedBy", .null)]).value?.vocsStreams?.first)
        #expect(absent.treatedBy == .absent && null.treatedBy == Reported<String>.none)
    }

    @Test func stoppageOutletsAbsentOrNullMeanTheWholeEnterprise() throws {
        let absent = try #require(V2Fixture.filing([("/stoppages/0/outlets", nil), ("/stoppages/0/to", .null)]).value?.stoppages?.first)
        #expect(absent.outlets == nil && absent.to == nil)
        let null = try #require(V2Fixture.filing([("/stoppages/0/outlets", .null)]).value?.stoppages?.first)
        #expect(null.outlets == nil)
    }

    @Test func manualSampleValueMayBeNullAndCodesNormalise() throws {
        let decoded = V2Fixture.filing([("/manualSamples/0/value", .null), ("/manualSamples/0/pollutant", .string("a21005")),
                                        ("/permit/outlets/0/monitoringPlan/1/pollutant", .string("a21026"))])
        let filing = try #require(decoded.value, "\(decoded.problems)")
        #expect(filing.manualSamples?.first?.value == nil && filing.manualSamples?.first?.quantity == nil)
        #expect(filing.manualSamples?.first?.pollutant == "CO")
        #expect(filing.permit.outlets.first?.monitoringPlan?[1].pollutant == "SO2")
    }

    /// Lenient where the spec is: an automatic item may give a frequency; a whole number may be written `15.0`.
    @Test func automaticItemsMayGiveAFrequency() throws {
        let frequency: JSONValue = .object(["times": .number(1), "per": .string("half-year")])
        let decoded = V2Fixture.filing([("/permit/outlets/0/monitoringPlan/0/frequency", frequency),
                                        ("/permit/reportSchedule/1/dueDaysAfterPeriodEnd", .number(31.0))])
        let filing = try #require(decoded.value, "\(decoded.problems)")
        #expect(filing.permit.outlets.first?.monitoringPlan?.first?.frequency == MonitoringFrequency(times: 1, per: .halfYear))
        #expect(filing.permit.reportSchedule?.last?.dueDaysAfterPeriodEnd == 31)
    }
}
