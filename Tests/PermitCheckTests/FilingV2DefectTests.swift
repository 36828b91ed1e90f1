import Testing
@testable import PermitCheck

/// The catalog-v2 fields are read as strictly as the v1 ones: one defect in the
/// spec's example gives exactly one input error, with its code and JSON Pointer.
@Suite struct FilingV2DefectTests {
    /// (what, pointer to change, new value or `nil` to remove, code, pointer of the problem).
    static let filingDefects: [(String, String, JSONValue?, String, String)] = [
        ("unknown kind", "/kind", .string("biannual-report"), "input.unknown-enum", "/kind"),
        ("report not an object", "/report", .string("yes"), "input.wrong-type", "/report"),
        ("sections not a list", "/report/sections", .string("tax"), "input.wrong-type", "/report/sections"),
        ("unknown section", "/report/sections/1", .string("summary"), "input.unknown-enum", "/report/sections/1"),
        ("null section", "/report/sections/3", .null, "input.wrong-type", "/report/sections/3"),
        ("schedule kind", "/permit/reportSchedule/0/kind", .string("weekly-report"), "input.unknown-enum", "/permit/reportSchedule/0/kind"),
        ("fractional days", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd", .number(15.5), "input.wrong-type", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd"),
        ("negative days", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd", .number(-1), "input.out-of-range", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd"),
        ("days as text", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd", .string("15"), "input.wrong-type", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd"),
        ("days beyond Int", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd", .number(1e300), "input.out-of-range", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd"),
        ("days missing", "/permit/reportSchedule/1/dueDaysAfterPeriodEnd", nil, "input.missing-field", "/permit/reportSchedule/1/dueDaysAfterPeriodEnd"),
        ("schedule an object", "/permit/reportSchedule", .object([:]), "input.wrong-type", "/permit/reportSchedule"),
        ("plan method", "/permit/outlets/0/monitoringPlan/3/method", .string("lab"), "input.unknown-enum", "/permit/outlets/0/monitoringPlan/3/method"),
        ("plan method missing", "/permit/outlets/0/monitoringPlan/0/method", nil, "input.missing-field", "/permit/outlets/0/monitoringPlan/0/method"),
        ("plan pollutant", "/permit/outlets/0/monitoringPlan/0/pollutant", .string("NO2"), "input.unknown-enum", "/permit/outlets/0/monitoringPlan/0/pollutant"),
        ("manual item without frequency", "/permit/outlets/0/monitoringPlan/3/frequency", nil, "input.missing-field", "/permit/outlets/0/monitoringPlan/3/frequency"),
        ("manual item with null frequency", "/permit/outlets/0/monitoringPlan/3/frequency", .null, "input.missing-field", "/permit/outlets/0/monitoringPlan/3/frequency"),
        ("zero times", "/permit/outlets/0/monitoringPlan/3/frequency/times", .number(0), "input.out-of-range", "/permit/outlets/0/monitoringPlan/3/frequency/times"),
        ("fractional times", "/permit/outlets/0/monitoringPlan/3/frequency/times", .number(1.5), "input.wrong-type", "/permit/outlets/0/monitoringPlan/3/frequency/times"),
        ("unknown per", "/permit/outlets/0/monitoringPlan/3/frequency/per", .string("fortnight"), "input.unknown-enum", "/permit/outlets/0/monitoringPlan/3/frequency/per"),
        ("per missing", "/permit/outlets/0/monitoringPlan/3/frequency/per", nil, "input.missing-field", "/permit/outlets/0/monitoringPlan/3/frequency/per"),
        ("sample pollutant", "/manualSamples/0/pollutant", .string("NO2"), "input.unknown-enum", "/manualSamples/0/pollutant"),
        ("sample time", "/manualSamples/0/sampledAt", .string("2025-08-20 10:00"), "input.bad-time", "/manualSamples/0/sampledAt"),
        ("sample time missing", "/manualSamples/0/sampledAt", nil, "input.missing-field", "/manualSamples/0/sampledAt"),
        ("sample value as text", "/manualSamples/0/value", .string("1200"), "input.wrong-type", "/manualSamples/0/value"),
        ("negative sample", "/manualSamples/0/value", .number(-1), "input.out-of-range", "/manualSamples/0/value"),
        ("sample unit", "/manualSamples/0/unit", .string("ppm"), "input.bad-unit", "/manualSamples/0/unit"),
        ("samples an object", "/manualSamples", .object([:]), "input.wrong-type", "/manualSamples"),
        ("null sample", "/manualSamples/1", .null, "input.wrong-type", "/manualSamples/1"),
        ("stoppage start missing", "/stoppages/0/from", nil, "input.missing-field", "/stoppages/0/from"),
        ("stoppage end a date", "/stoppages/0/to", .string("2025-09-23"), "input.bad-time", "/stoppages/0/to"),
        ("declared as a number", "/stoppages/0/declaredAt", .number(20250919), "input.wrong-type", "/stoppages/0/declaredAt"),
        ("reason a number", "/stoppages/0/reason", .number(1), "input.wrong-type", "/stoppages/0/reason"),
        ("outlets a string", "/stoppages/0/outlets", .string("DA001"), "input.wrong-type", "/stoppages/0/outlets"),
        ("stream id missing", "/vocsStreams/0/id", nil, "input.missing-field", "/vocsStreams/0/id"),
        ("stream rate unit", "/vocsStreams/0/initialRate/unit", .string("mg/m3"), "input.bad-unit", "/vocsStreams/0/initialRate/unit"),
        ("treatedBy a number", "/vocsStreams/0/treatedBy", .number(1), "input.wrong-type", "/vocsStreams/0/treatedBy"),
        ("stream low-VOCs as text", "/vocsStreams/0/lowVocsMaterials", .string("no"), "input.wrong-type", "/vocsStreams/0/lowVocsMaterials"),
        ("supplementary air as text", "/facilities/0/supplementaryAir", .string("no"), "input.wrong-type", "/facilities/0/supplementaryAir"),
        ("inlet O2 above 100", "/facilities/0/inletO2", .number(120), "input.out-of-range", "/facilities/0/inletO2"),
        ("negative outlet O2", "/facilities/0/outletO2", .number(-0.5), "input.out-of-range", "/facilities/0/outletO2"),
        ("outlet O2 as text", "/facilities/0/outletO2", .string("19.6"), "input.wrong-type", "/facilities/0/outletO2"),
        ("facility low-VOCs a number", "/facilities/0/lowVocsMaterials", .number(0), "input.wrong-type", "/facilities/0/lowVocsMaterials"),
        ("confirmed a date", "/hazardousWaste/transfers/0/confirmedAt", .string("2025-08-12"), "input.bad-time", "/hazardousWaste/transfers/0/confirmedAt"),
        ("discrepancy a boolean", "/hazardousWaste/transfers/0/discrepancyReportedAt", .bool(true), "input.wrong-type", "/hazardousWaste/transfers/0/discrepancyReportedAt"),
    ]

    @Test(arguments: filingDefects)
    func reportsOneFilingDefect(_ defect: (String, String, JSONValue?, String, String)) {
        let (what, at, value, code, pointer) = defect
        Self.expectOneError(V2Fixture.filing([(at, value)]), what, code, pointer)
    }

    static let registryDefects: [(String, String, JSONValue?, String, String)] = [
        ("consignor a number", "/transferApprovals/0/consignor", .number(91420684), "input.wrong-type", "/transferApprovals/0/consignor"),
        ("receiver a list", "/transferApprovals/0/receiver", .array([]), "input.wrong-type", "/transferApprovals/0/receiver"),
        ("list an object", "/keyDischargers", .object([:]), "input.wrong-type", "/keyDischargers"),
        ("uscc missing", "/keyDischargers/0/uscc", nil, "input.missing-field", "/keyDischargers/0/uscc"),
        ("unknown medium", "/keyDischargers/0/media/1", .string("light"), "input.unknown-enum", "/keyDischargers/0/media/1"),
        ("fractional year", "/keyDischargers/0/year", .number(2025.5), "input.wrong-type", "/keyDischargers/0/year"),
        ("year as text", "/keyDischargers/0/year", .string("2025"), "input.wrong-type", "/keyDischargers/0/year"),
        ("year 0", "/keyDischargers/0/year", .number(0), "input.out-of-range", "/keyDischargers/0/year"),
    ]

    @Test(arguments: registryDefects)
    func reportsOneRegistryDefect(_ defect: (String, String, JSONValue?, String, String)) {
        let (what, at, value, code, pointer) = defect
        Self.expectOneError(V2Fixture.registry([(at, value)]), what, code, pointer)
    }

    static func expectOneError<T>(_ decoded: Decoded<T>, _ what: String, _ code: String, _ pointer: String) {
        #expect(decoded.value == nil, "\(what)")
        #expect(decoded.errors.count == 1, "\(what): \(decoded.problems)")
        let problem = decoded.errors.first
        #expect(problem?.code == code, "\(what): \(decoded.problems)")
        #expect(problem?.pointer == pointer, "\(what): \(decoded.problems)")
        #expect(!(problem?.message.zh.isEmpty ?? true) && !(problem?.message.en.isEmpty ?? true), "\(what)")
    }

    /// In the spec's own text, a problem is placed on the offending value.
    @Test(arguments: [
        ("{ \"kind\": \"annual-report\", \"dueDaysAfterPeriodEnd\": 15 }", "{ \"kind\": \"annual-report\", \"dueDaysAfterPeriodEnd\": 15.5 }",
         "input.wrong-type", "/permit/reportSchedule/0/dueDaysAfterPeriodEnd", 21, 59),
        ("\"frequency\": { \"times\": 1,", "\"frequency\": { \"times\": 0,", "input.out-of-range",
         "/permit/outlets/0/monitoringPlan/3/frequency/times", 37, 77),
        ("\"confirmedAt\": \"2025-08-12T09:30:00+08:00\"", "\"confirmedAt\": \"2025-08-12T09:30:00\"", "input.bad-time",
         "/hazardousWaste/transfers/0/confirmedAt", 98, 24),
    ])
    func problemsArePositioned(_ old: String, _ new: String, _ code: String, _ pointer: String, _ line: Int, _ column: Int) {
        let decoded = Filing.decode(Fixtures.edited(V2Fixture.filingText, old, new))
        #expect(decoded.errors.count == 1, "\(decoded.problems)")
        #expect(decoded.errors.first?.code == code && decoded.errors.first?.pointer == pointer, "\(decoded.problems)")
        #expect(decoded.errors.first?.line == line && decoded.errors.first?.column == column, "\(decoded.problems)")
    }

    /// Unknown members inside the v2 objects are warnings, as everywhere else.
    @Test func unknownV2MembersAreWarnings() throws {
        let decoded = V2Fixture.filing([("/report/colour", .number(1)), ("/stoppages/0/colour", .number(1)),
                                        ("/permit/outlets/0/monitoringPlan/3/frequency/colour", .number(1))])
        #expect(decoded.errors.isEmpty, "\(decoded.problems)")
        #expect(decoded.warnings.map(\.pointer) == ["/report/colour", "/permit/outlets/0/monitoringPlan/3/frequency/colour", "/stoppages/0/colour"])
        #expect(decoded.warnings.allSatisfy { $0.code == "input.unknown-field" })
        #expect(decoded.value?.stoppages?.count == 1)
    }

    @Test func messagesSayWhatIsWrong() {
        let fractional = V2Fixture.filing([("/permit/outlets/0/monitoringPlan/3/frequency/times", .number(1.5))]).errors.first
        #expect(fractional?.message.en == "expected a whole number, found 1.5")
        #expect(fractional?.message.zh == "应为整数，实为 1.5")
        let zero = V2Fixture.filing([("/permit/outlets/0/monitoringPlan/3/frequency/times", .number(0))]).errors.first
        #expect(zero?.message.en == "0 must be at least 1")
        #expect(zero?.message.zh == "数值 0 不能小于 1")
    }
}
