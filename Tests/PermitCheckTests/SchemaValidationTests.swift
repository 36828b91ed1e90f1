import Foundation
import Testing
@testable import PermitCheck

/// The JSON Schemas in `Schemas/` against the spec's example documents, broken
/// variants of them, and every example filing in `Examples/`.
@Suite struct SchemaValidationTests {
    typealias Patch = SchemaCheck.Patch

    static let filing = TestFiles.fixture("spec-filing.json").path
    static let registry = TestFiles.fixture("spec-registry.json").path
    static let findings = TestFiles.fixture("spec-findings.json").path

    @Test func schemasAreValidDraft202012() throws {
        let report = try SchemaCheck.run([])
        #expect(report.schemaErrors.isEmpty, "\(report.schemaErrors)")
    }

    @Test(arguments: [("filing", filing), ("registry", registry), ("findings", findings)])
    func specExamplesValidate(schema: String, fixture: String) throws {
        let report = try SchemaCheck.run([.init(schema: schema, instance: fixture)])
        #expect(report.results == [[]])
    }

    /// Changes the spec allows: nulls where it shows them, unknown
    /// properties (the engine warns, the schema does not), HJ 212 codes.
    @Test(arguments: [
        [Patch(pointer: "/hazardousWaste/transfers/0/approval", json: #""鄂环危转〔2025〕12号""#)],
        [Patch(pointer: "/facilities/0/bypasses/0/seal", json: "null")],
        [Patch(pointer: "/monitoring/0/values", json: "[null, null, null, null]")],
        [Patch(pointer: "/enterprise/unknownField", json: "1"), Patch(pointer: "/permit/extra", json: "{}")],
        [Patch(pointer: "/permit/outlets/0/limits/1/pollutant", json: #""a21026""#)],
        [Patch(pointer: "/submittedAt", json: #""2025-10-14T02:20:00Z""#)],
        [Patch(pointer: "/submittedAt", json: #""2025-10-14T10:20:00.250+08:00""#)],
        [Patch(pointer: "/enterprise/uscc", json: #""91420684MA4927PJ7A""#)],  // a finding, not an input error
        [Patch(pointer: "/hazardousWaste/generated/0/code", json: #""900-41-49""#)],  // HW-CODE's business
        [Patch(pointer: "/monitoring/0/o2/0", json: "25")],  // DQ-O2's business
        [Patch(pointer: "/monitoring", json: nil), Patch(pointer: "/facilities", json: nil),
         Patch(pointer: "/hazardousWaste", json: nil), Patch(pointer: "/ultraLowEmission", json: nil)],
        // Catalog v2: null is "reported: none", and every v2 member may be absent.
        [Patch(pointer: "/manualSamples", json: "null"), Patch(pointer: "/stoppages", json: "[]"),
         Patch(pointer: "/vocsStreams/0/treatedBy", json: "null"), Patch(pointer: "/report", json: "null")],
        [Patch(pointer: "/hazardousWaste/transfers/0/confirmedAt", json: "null"),
         Patch(pointer: "/hazardousWaste/transfers/0/discrepancyReportedAt", json: "null"),
         Patch(pointer: "/stoppages/0/to", json: "null"), Patch(pointer: "/manualSamples/0/value", json: "null")],
        [Patch(pointer: "/kind", json: #""semiannual-report""#), Patch(pointer: "/permit/reportSchedule", json: "null"),
         Patch(pointer: "/permit/outlets/0/monitoringPlan/0/frequency", json: #"{"times": 2, "per": "half-year"}"#)],
        [Patch(pointer: "/report", json: nil), Patch(pointer: "/manualSamples", json: nil), Patch(pointer: "/stoppages", json: nil),
         Patch(pointer: "/vocsStreams", json: nil), Patch(pointer: "/permit/reportSchedule", json: nil),
         Patch(pointer: "/permit/outlets/0/monitoringPlan", json: nil)],
    ])
    func acceptedFilingVariants(patches: [Patch]) throws {
        let report = try SchemaCheck.run([.init(schema: "filing", instance: Self.filing, patches: patches)])
        #expect(report.results == [[]], "\(patches)")
    }

    @Test(arguments: [
        [Patch(pointer: "/id", json: nil)],
        [Patch(pointer: "/enterprise/uscc", json: nil)],
        [Patch(pointer: "/permit/validTo", json: nil)],
        [Patch(pointer: "/submittedAt", json: #""2025-10-14T10:20:00""#)],
        [Patch(pointer: "/monitoring/0/start", json: #""2025-07-01 00:00""#)],
        [Patch(pointer: "/facilities/0/bypasses/0/openings/0/from", json: #""2025-08-02T13:00:00+0800""#)],
        [Patch(pointer: "/permit/outlets/0/limits/0/unit", json: #""mg/Nm3""#)],
        [Patch(pointer: "/hazardousWaste/transfers/0/unit", json: #""m3""#)],
        [Patch(pointer: "/period/from", json: #""2025-7-1""#)],
        [Patch(pointer: "/period/to", json: #""2025-02-30""#)],
        [Patch(pointer: "/kind", json: #""weekly-report""#)],
        [Patch(pointer: "/permit/outlets/0/limits/0/pollutant", json: #""SO3""#)],
        [Patch(pointer: "/monitoring/0/flags", json: #""NNXN""#)],
        [Patch(pointer: "/monitoring/0/interval", json: #""PT30M""#)],
        [Patch(pointer: "/monitoring/0/values/0", json: #""38.2""#)],
        [Patch(pointer: "/facilities/0/removalEfficiency", json: "93")],
        [Patch(pointer: "/hazardousWaste/generated/0/quantity", json: "-1")],
        [Patch(pointer: "/hazardousWaste/transfers/0/destination", json: #""4301""#)],
        [Patch(pointer: "/hazardousWaste/transfers/0/receiver", json: nil)],
        [Patch(pointer: "/facilities/0/bypasses/0/status", json: #""closed""#)],
        [Patch(pointer: "/schema", json: #""permitcheck/filing-v2""#)],
        [Patch(pointer: "/report/sections/0", json: #""summary""#)],
        [Patch(pointer: "/permit/reportSchedule/0/dueDaysAfterPeriodEnd", json: "15.5")],
        [Patch(pointer: "/permit/reportSchedule/0/kind", json: #""weekly-report""#)],
        [Patch(pointer: "/permit/outlets/0/monitoringPlan/3/frequency", json: nil)],  // manual items give their frequency
        [Patch(pointer: "/permit/outlets/0/monitoringPlan/3/frequency/times", json: "0")],
        [Patch(pointer: "/permit/outlets/0/monitoringPlan/3/method", json: #""lab""#)],
        [Patch(pointer: "/manualSamples/0/sampledAt", json: #""2025-08-20 10:00""#)],
        [Patch(pointer: "/stoppages/0/from", json: nil)],
        [Patch(pointer: "/vocsStreams/0/initialRate", json: "4.2")],
        [Patch(pointer: "/facilities/0/inletO2", json: "120")],
        [Patch(pointer: "/hazardousWaste/transfers/0/confirmedAt", json: #""2025-08-12""#)],
    ])
    func brokenFilingVariantsFail(patches: [Patch]) throws {
        let report = try SchemaCheck.run([.init(schema: "filing", instance: Self.filing, patches: patches)])
        #expect(report.results.count == 1 && report.results[0].isEmpty == false, "\(patches) was accepted")
    }

    @Test(arguments: [
        ("registry", registry, [Patch(pointer: "/wasteLicenses/0/license", json: nil)]),
        ("registry", registry, [Patch(pointer: "/asOf", json: #""2025/10/01""#)]),
        ("registry", registry, [Patch(pointer: "/transferApprovals/0/from", json: #""42""#)]),
        ("registry", registry, [Patch(pointer: "/wasteLicenses/0/capacity/unit", json: #""tons""#)]),
        ("registry", registry, [Patch(pointer: "/keyDischargers/0/media/0", json: #""light""#)]),
        ("registry", registry, [Patch(pointer: "/keyDischargers/0/year", json: "2025.5")]),
        ("registry", registry, [Patch(pointer: "/keyDischargers/0/uscc", json: nil)]),
        ("registry", registry, [Patch(pointer: "/transferApprovals/0/consignor", json: "91420684")]),
        ("findings", findings, [Patch(pointer: "/0/severity", json: #""urgent""#)]),
        ("findings", findings, [Patch(pointer: "/0/subject", json: #""permit/outlets/0""#)]),
        ("findings", findings, [Patch(pointer: "/0/subject", json: #""/permit/~2""#)]),
        ("findings", findings, [Patch(pointer: "/1/message/en", json: nil)]),
        ("findings", findings, [Patch(pointer: "/0/error", json: #"{"code": "json.syntax", "message": {"zh": "", "en": ""}}"#),
                                Patch(pointer: "/0/source", json: #""a.json""#)]),
        ("findings", findings, [Patch(pointer: "/2/error/code", json: nil)]),
        ("findings", findings, [Patch(pointer: "/2/source", json: nil)]),
        ("findings", findings, [Patch(pointer: "/3/error/line", json: "0")]),
    ])
    func brokenVariantsFail(schema: String, fixture: String, patches: [Patch]) throws {
        let report = try SchemaCheck.run([.init(schema: schema, instance: fixture, patches: patches)])
        #expect(report.results.count == 1 && report.results[0].isEmpty == false, "\(patches) was accepted")
    }

    /// Every example the project ships stays valid (filing-v1 requires it).
    /// Skipped only while `Examples/` does not exist.
    @Test func examplesValidate() throws {
        guard FileManager.default.fileExists(atPath: TestFiles.examples.path) else { return }
        let files = try #require(FileManager.default.enumerator(at: TestFiles.examples, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.map(\.path).sorted()
        let report = try SchemaCheck.run(files.map { .init(schema: nil, instance: $0) })
        for (file, errors) in zip(files, report.results) {
            #expect(errors.isEmpty, "\(file): \(errors)")
        }
    }

    /// The schema's unit and pollutant enums are the model's, so the two
    /// cannot drift apart unnoticed.
    @Test func filingEnumsMatchTheModel() throws {
        let data = try Data(contentsOf: TestFiles.schemas.appendingPathComponent("filing-v1.schema.json"))
        let defs = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["$defs"] as? [String: Any])
        func enumeration(_ name: String) -> Set<String>? {
            ((defs[name] as? [String: Any])?["enum"] as? [String]).map(Set.init)
        }
        #expect(enumeration("unit") == Set(Unit.filingUnits.map(\.symbol)))
        #expect(enumeration("pollutant") == Set(Pollutant.canonical).union(Pollutant.aliases.keys))
    }

    /// The fixture's identifiers are real: its credit codes pass GB 32100 and
    /// its permit number belongs to its enterprise.
    @Test func fixtureIdentifiersAreReal() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.filing))
        let filing = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let uscc = try #require((filing["enterprise"] as? [String: Any])?["uscc"] as? String)
        let number = try #require((filing["permit"] as? [String: Any])?["number"] as? String)
        let transfer = try #require(((filing["hazardousWaste"] as? [String: Any])?["transfers"] as? [[String: Any]])?.first)
        let parties = ["receiver", "transporter"].compactMap { (transfer[$0] as? [String: Any])?["uscc"] as? String }
        #expect(CreditCode.isValid(uscc))
        #expect(PermitNumber.matches(number, uscc: uscc))
        #expect(parties.count == 2 && parties.allSatisfy(CreditCode.isValid))
    }
}
