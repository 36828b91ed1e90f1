import Testing
@testable import PermitCheck

@Suite struct FilingDecoderTests {
    @Test func decodesTheSpecExample() throws {
        let decoded = Filing.decode(Array(Fixtures.filing.utf8))
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        let filing = try #require(decoded.value)
        #expect(filing.schema == "permitcheck/filing-v1")
        #expect(filing.id == "2025Q3-DA-STEEL-01")
        #expect(filing.kind == .quarterlyReport)
        #expect(filing.period.from == LocalDate("2025-07-01"))
        #expect(filing.period.to == LocalDate("2025-09-30"))
        #expect(filing.submittedAt == Timestamp("2025-10-14T10:20:00+08:00"))
        #expect(filing.enterprise.name == "武汉某钢铁有限公司")
        #expect(filing.enterprise.keyArea == true && filing.enterprise.region == "420107")
        #expect(filing.permit.permitClass == .key && filing.permit.number == "91420100XXXXXXXXXX001P")
        let outlet = try #require(filing.permit.outlets.first)
        #expect(outlet.id == "DA001" && outlet.name == "1#烧结机机头" && outlet.medium == .air)
        #expect(outlet.category == .main && outlet.process == "sintering-head" && outlet.referenceO2 == 16)
        #expect(outlet.limits.map(\.pollutant) == ["PM", "SO2", "NOx"])
        #expect(outlet.limits.map(\.value) == [10, 35, 50])
        #expect(outlet.limits.allSatisfy { $0.unit == .mgPerM3 && $0.averaging == .hour })
        #expect(filing.permit.annualCaps.first?.quantity == Quantity(420, .tonne))
        let series = try #require(filing.monitoring.first)
        #expect(series.outlet == "DA001" && series.pollutant == "NOx" && series.unit == .mgPerM3 && series.interval == .hour)
        #expect(series.start == Timestamp("2025-07-01T00:00:00+08:00"))
        #expect(series.values[0] == 38.2 && series.values[1] == 41.0 && series.values[2].isNaN && series.values[3] == 55.3)
        #expect(series.o2?.count == 4 && series.o2?[1] == 15.4)
        #expect(series.flow?[0] == 812000 && series.flow?[2].isNaN == true)
        #expect(series.flags == Array("NNFN".utf8))
        let facility = try #require(filing.facilities.first)
        #expect(facility.id == "TA001" && facility.kind == "RTO" && facility.outlet == "DA003" && facility.targets == ["NMHC"])
        #expect(facility.initialRate == Quantity(4.2, .kgPerHour))
        #expect(facility.collectionEfficiency == 0.90 && facility.removalEfficiency == 0.93)
        #expect(facility.productionHours == 2100 && facility.operatingHours == 2090)
        let bypass = try #require(facility.bypasses.first)
        #expect(bypass.id == "BP1" && bypass.status == .sealed && bypass.seal == "lead-seal" && bypass.filed == true)
        #expect(bypass.monitoring == ["flowmeter"] && bypass.onlineLinked == true)
        #expect(bypass.openings.first?.reason == .emergency)
        #expect(bypass.openings.first?.to == Timestamp("2025-08-02T14:30:00+08:00"))
        let ule = try #require(filing.ultraLowEmission)
        #expect(ule.claim == .completed && ule.sources == ["DA001"] && ule.evaluationReportOn == LocalDate("2024-11-15"))
        let waste = try #require(filing.hazardousWaste)
        #expect(waste.openingStock.first?.quantity == 0.6 && waste.generated.first?.quantity == 12.5)
        #expect(waste.utilized.isEmpty && waste.stored.first?.since == LocalDate("2024-08-01"))
        let transfer = try #require(waste.transfers.first)
        #expect(transfer.manifest == "4201002025000123" && transfer.quantity == 5 && transfer.receivedQuantity == 4.9)
        #expect(transfer.receiver.license == "HB4201XXXX" && transfer.transporter?.license == "鄂交运管许可汉字XXXX号")
        #expect(transfer.origin == "420107" && transfer.destination == "420115" && transfer.approval == nil)
    }

    @Test func decodesTheSpecRegistry() throws {
        let decoded = Registry.decode(Array(Fixtures.registry.utf8))
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        let registry = try #require(decoded.value)
        #expect(registry.asOf == LocalDate("2025-10-01"))
        let license = try #require(registry.wasteLicenses.first)
        #expect(license.license == "HB4201XXXX" && license.holder == "91420100YYYYYYYYYY")
        #expect(license.codes == ["HW08", "HW49", "900-041-49"] && license.capacity == Quantity(30000, .tonnePerYear))
        #expect(registry.transportLicenses.first?.hazardous == true)
        #expect(registry.ultraLowEmissionList.first?.sources == ["DA001"])
        let approval = try #require(registry.transferApprovals.first)
        #expect(approval.number == "鄂环危转〔2025〕12号" && approval.from == "420000" && approval.to == "430000")
        #expect(approval.quantity == Quantity(200, .tonne) && approval.validTo == LocalDate("2025-12-31"))
    }

    /// One defect each: (what, text to replace, replacement, code, pointer, line).
    static let defects: [(String, String, String, String, String, Int)] = [
        ("missing id", "  \"id\": \"2025Q3-DA-STEEL-01\",\n", "", "input.missing-field", "/id", 1),
        ("missing uscc", "\"uscc\": \"91420100XXXXXXXXXX\",\n    \"name\"", "\"name\"", "input.missing-field", "/enterprise/uscc", 7),
        ("wrong type", "\"keyArea\": true", "\"keyArea\": \"yes\"", "input.wrong-type", "/enterprise/keyArea", 12),
        ("bad date", "\"validTo\": \"2027-12-31\"", "\"validTo\": \"2027-02-30\"", "input.bad-date", "/permit/validTo", 18),
        ("time without offset", "\"2025-10-14T10:20:00+08:00\"", "\"2025-10-14T10:20:00\"", "input.bad-time", "/submittedAt", 6),
        ("unequal lengths", "[15.1, 15.4, null, 16.2]", "[15.1, 15.4, null]", "input.length-mismatch", "/monitoring/0/o2", 37),
        ("flags too short", "\"NNFN\"", "\"NNF\"", "input.length-mismatch", "/monitoring/0/flags", 39),
        ("unknown unit", "\"pollutant\": \"NOx\", \"unit\": \"mg/m3\"", "\"pollutant\": \"NOx\", \"unit\": \"mg/Nm3\"",
         "input.bad-unit", "/monitoring/0/unit", 34),
        ("wrong dimension", "\"value\": 420.0, \"unit\": \"t\"", "\"value\": 420.0, \"unit\": \"kg/h\"",
         "input.bad-unit", "/permit/annualCaps/0/unit", 30),
        ("trailing garbage", "  \"ultraLowEmission\": {", "  \"ultraLowEmission\": {}}} x", "input.syntax", "", 60),
        ("leading zero", "\"referenceO2\": 16", "\"referenceO2\": 016", "input.syntax", "", 22),
        ("NaN", "[38.2, 41.0, null, 55.3]", "[38.2, NaN, null, 55.3]", "input.syntax", "", 36),
        ("invalid UTF-8", "武汉某钢铁有限公司", "武汉§钢铁", "input.bad-utf8", "", 9),
        ("bad flag", "\"NNFN\"", "\"NNXN\"", "input.unknown-enum", "/monitoring/0/flags", 39),
        ("unknown enum", "\"class\": \"key\"", "\"class\": \"major\"", "input.unknown-enum", "/permit/class", 16),
        ("unknown interval", "\"PT1H\"", "\"PT2H\"", "input.unknown-enum", "/monitoring/0/interval", 35),
        ("unknown pollutant", "\"pollutant\": \"NOx\", \"unit\"", "\"pollutant\": \"NO2\", \"unit\"",
         "input.unknown-enum", "/monitoring/0/pollutant", 34),
        ("fraction above 1", "\"removalEfficiency\": 0.93", "\"removalEfficiency\": 1.3",
         "input.out-of-range", "/facilities/0/removalEfficiency", 46),
        ("negative quantity", "\"quantity\": 12.5", "\"quantity\": -12.5", "input.out-of-range", "/hazardousWaste/generated/0/quantity", 66),
        ("negative measurement", "[812000, 809500, null, 820100]", "[812000, -1, null, 820100]",
         "input.out-of-range", "/monitoring/0/flow/1", 38),
        ("string in values", "[38.2, 41.0, null, 55.3]", "[38.2, \"41.0\", null, 55.3]", "input.wrong-type", "/monitoring/0/values/1", 36),
        ("wrong schema", "\"permitcheck/filing-v1\"", "\"permitcheck/filing-v2\"", "input.wrong-schema", "/schema", 2),
        ("waste in m3/h", "\"quantity\": 0.6, \"unit\": \"t\"", "\"quantity\": 0.6, \"unit\": \"m3/h\"",
         "input.bad-unit", "/hazardousWaste/openingStock/0/unit", 65),
        ("duplicate key", "\"keyArea\": true", "\"keyArea\": true, \"keyArea\": false", "input.duplicate-key", "/enterprise/keyArea", 12),
    ]

    @Test(arguments: defects)
    func reportsOneDefect(_ defect: (String, String, String, String, String, Int)) {
        let (what, old, new, code, pointer, line) = defect
        let decoded = Filing.decode(Fixtures.edited(Fixtures.filing, old, new))
        #expect(decoded.value == nil, "\(what)")
        #expect(decoded.errors.count == 1, "\(what): \(decoded.problems)")
        let problem = decoded.errors.first
        #expect(problem?.code == code, "\(what): \(decoded.problems)")
        #expect(problem?.pointer == pointer, "\(what)")
        #expect(problem?.line == line, "\(what): \(decoded.problems)")
        #expect(!(problem?.message.zh.isEmpty ?? true) && !(problem?.message.en.isEmpty ?? true))
    }

    @Test func truncatedTextIsOneSyntaxErrorAtTheEnd() {
        let text = Fixtures.filing
        let cut = Array(text.utf8.prefix(1000))
        let decoded = Filing.decode(cut)
        #expect(decoded.problems.count == 1)
        let problem = decoded.problems.first
        #expect(problem?.code == "input.syntax")
        let lines = cut.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(problem?.line == lines.count)
    }

    @Test func badFlagIsPositionedOnTheCharacter() {
        let decoded = Filing.decode(Fixtures.edited(Fixtures.filing, "\"NNFN\"", "\"NNXN\""))
        #expect(decoded.errors.first?.column == 20)
    }

    @Test func unknownFieldIsAWarningAndTheFilingStillDecodes() throws {
        let decoded = Filing.decode(Fixtures.edited(Fixtures.filing, "\"keyArea\": true", "\"keyArea\": true, \"colour/~x\": [1, {}]"))
        #expect(decoded.errors.isEmpty)
        #expect(decoded.warnings.count == 1)
        let warning = try #require(decoded.warnings.first)
        #expect(warning.code == "input.unknown-field" && warning.pointer == "/enterprise/colour~1~0x" && warning.line == 12)
        #expect(decoded.value?.enterprise.keyArea == true)
    }

    @Test func reportsEveryDefectAtOnce() {
        var text = Fixtures.filing
        for (old, new) in [("\"class\": \"key\"", "\"class\": \"major\""), ("\"keyArea\": true", "\"keyArea\": 1"),
                           ("[15.1, 15.4, null, 16.2]", "[15.1]"), ("\"NNFN\"", "\"NNQN\""),
                           ("\"reason\": \"emergency\", ", ""), ("\"since\": \"2024-08-01\"", "\"since\": \"2024/08/01\"")] {
            text = String(decoding: Fixtures.edited(text, old, new), as: UTF8.self)
        }
        let decoded = Filing.decode(Array(text.utf8))
        #expect(decoded.value == nil)
        #expect(decoded.errors.map(\.pointer) == [
            "/enterprise/keyArea", "/permit/class", "/monitoring/0/flags", "/monitoring/0/o2",
            "/facilities/0/bypasses/0/openings/0/reason", "/hazardousWaste/stored/0/since",
        ])
    }

    @Test func nullAndEmptySealMeanAbsent() throws {
        let bytes = Fixtures.edited(Fixtures.filing, "\"seal\": \"lead-seal\", \"filed\": true", "\"seal\": \"\", \"filed\": null")
        let bypass = try #require(Filing.decode(bytes).value?.facilities.first?.bypasses.first)
        #expect(bypass.seal == nil && bypass.filed == nil)
    }

    @Test func hj212CodesNormalise() throws {
        let bytes = Fixtures.edited(Fixtures.filing, "\"pollutant\": \"NOx\", \"unit\"", "\"pollutant\": \"a21002\", \"unit\"")
        #expect(try #require(Filing.decode(bytes).value).monitoring.first?.pollutant == "NOx")
    }

    @Test(arguments: ["", "[]", "42", "null"])
    func rootMustBeAnObject(_ text: String) {
        let decoded = Filing.decode(Array(text.utf8))
        #expect(decoded.value == nil && decoded.errors.count == 1)
    }
}

@Suite struct RegistryDecoderTests {
    /// One defect each: (text to replace, replacement, code, pointer, line).
    @Test(arguments: [
        ("\"holder\": \"91420100YYYYYYYYYY\", ", "", "input.missing-field", "/wasteLicenses/0/holder", 5),
        ("\"value\": 30000, \"unit\": \"t/a\"", "\"value\": 30000, \"unit\": \"t\"", "input.bad-unit", "/wasteLicenses/0/capacity/unit", 7),
        ("\"hazardous\": true", "\"hazardous\": \"true\"", "input.wrong-type", "/transportLicenses/0/hazardous", 10),
        ("\"publishedOn\": \"2024-12-20\"", "\"publishedOn\": \"2024-13-20\"", "input.bad-date", "/ultraLowEmissionList/0/publishedOn", 13),
        ("\"schema\": \"permitcheck/registry-v1\"", "\"schema\": \"permitcheck/filing-v1\"", "input.wrong-schema", "/schema", 2),
    ])
    func reportsOneDefect(_ old: String, _ new: String, _ code: String, _ pointer: String, _ line: Int) {
        let decoded = Registry.decode(Fixtures.edited(Fixtures.registry, old, new))
        #expect(decoded.value == nil)
        #expect(decoded.errors.count == 1, "\(decoded.problems)")
        #expect(decoded.errors.first?.code == code && decoded.errors.first?.pointer == pointer, "\(decoded.problems)")
        #expect(decoded.errors.first?.line == line, "\(decoded.problems)")
    }
}
