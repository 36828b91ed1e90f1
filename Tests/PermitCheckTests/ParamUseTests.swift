import Foundation
import Testing
@testable import PermitCheck

/// Findings name the parameters they rest on: only those read along the
/// branch taken, a table's row by key, a dated value as in force on the act
/// dates, each with its status; every people's format says plainly when one
/// is unconfirmed, and the summaries count such findings.
@Suite struct ParamUseTests {
    static let yaml = """
    pack: t
    version: 1.0.0
    params:
      cut: { value: 0.9, doc: a cut, source: nowhere, status: U }
      strict: { value: 3 kg/h, doc: a strict cut, source: GB 37822-2019, status: C }
      unused: { value: 7, doc: never read, source: x, status: U }
      refO2:
        doc: by process
        rows:
          - { key: sintering-head, value: 16, source: table S, status: S }
          - { key: coke-oven, value: 8, source: table U, status: U }
      dated:
        doc: changes
        values:
          - { value: 1, until: 2025-08-31, source: old, status: C }
          - { value: 2, from: 2025-09-01, source: new, status: U }
    rules:
      - id: P
        family: test
        severity: high
        title: { zh: 参数, en: params }
        for: { o: permit.outlets }
        let:
          threshold: 'enterprise.keyArea == true ? params.strict : 5 kg/h'
          ref: params.refO2[o.process]
          ignored: params.unused
        when: 'threshold > 1 kg/h && ref == 16 && params.cut < 1'
        message: { zh: "超过 {threshold}", en: "above {threshold}" }
      - id: D
        family: test
        severity: low
        title: { zh: 日期, en: dated }
        acts: events
        actDates: 'period.to'
        for: { o: permit.outlets }
        when: params.dated > 0
    """

    static func finding(_ rule: String, _ filing: Filing = TestFilings.steel(values: [40])) throws -> Finding {
        let report = Engine(pack: try RulePack.compile(yaml: yaml)).check(filing)
        return try #require(report.findings.first { $0.rule == rule })
    }

    @Test func namesWhatTheBranchTakenReadWithValueAndStatus() throws {
        let f = try Self.finding("P")
        // In the pack's order; `unused` is computed but never read by the condition.
        #expect(f.params.map(\.display) == ["cut = 0.9", "strict = 3 kg/h", "refO2[sintering-head] = 16"])
        let strict = f.params[1]
        #expect(strict.status == .confirmed && strict.unit == "kg/h" && strict.value == .number(3) && strict.source == "GB 37822-2019")
        #expect(f.params[2].status == .secondary && f.params[2].key == "sintering-head")
        #expect(f.unconfirmedParams.map(\.name) == ["cut"])
        // Not in a key area: the other branch, which reads no parameter.
        var filing = TestFilings.steel(values: [40])
        filing.enterprise.keyArea = false
        #expect(try Self.finding("P", filing).params.map(\.name) == ["cut", "refO2"])
    }

    @Test func aDatedValueIsTheOneInForceOnTheActDates() throws {
        let f = try Self.finding("D")
        #expect(f.params.count == 1)
        #expect(f.params.first?.text == "2" && f.params.first?.status == .unconfirmed && f.params.first?.from?.description == "2025-09-01")
    }

    @Test func paramsNeverChangeTheFingerprint() throws {
        let f = try Self.finding("P")
        var bare = f
        bare.params = []
        #expect(f.fingerprint == bare.fingerprint)
        #expect(f.json["fingerprint"] == bare.json["fingerprint"])
    }

    @Test func everyFormatSaysPlainlyWhenAValueIsUnconfirmed() throws {
        let pack = try RulePack.compile(yaml: Self.yaml)
        let filing = TestFilings.steel(values: [40])
        let item = AuditItem.checked(filing: filing, report: Engine(pack: pack).check(filing), source: ItemSource(path: "f.json"))
        var summary = AuditSummary(pack: pack)
        summary.add(item)
        #expect(summary.findingsOnUnconfirmed == 2)
        #expect(summary.unconfirmedParams["cut = 0.9"] == 1 && summary.unconfirmedParams["dated = 2"] == 1)

        var text = TextWriter(language: .en)
        let out = text.add(item) + text.finish(summary)
        #expect(out.contains("rests on unconfirmed parameter cut = 0.9 (status U; source: nowhere)"))
        #expect(out.contains("Parameters: cut = 0.9 (U); strict = 3 kg/h (C); refO2[sintering-head] = 16 (S)"))
        #expect(out.contains("Findings resting on unconfirmed parameter values: 2 of 2"))
        var zh = TextWriter(language: .zh)
        let outZh = zh.add(item) + zh.finish(summary)
        #expect(outZh.contains("依据未经核实的参数 cut = 0.9（状态 U；出处：nowhere）"))
        #expect(outZh.contains("依据未经核实参数值的发现：2 / 2"))

        var html = HTMLWriter(pack: pack, language: .en)
        _ = html.add(item)
        let page = html.finish(summary)
        #expect(page.contains("<p class=\"unconfirmed\">⚠ rests on unconfirmed parameter cut = 0.9 (status U; source: nowhere)</p>"))
        #expect(page.contains("Findings resting on unconfirmed parameter values: 2 of 2"))

        var jsonl = JSONLinesWriter()
        let line = jsonl.add(item).split(separator: "\n").first.map(String.init) ?? ""
        let record = try JSONValue(parsing: line)
        #expect(record["unconfirmedParams"] == .array([.string("cut = 0.9")]), "JSON Lines says plainly what is unconfirmed")
        guard case .array(let params)? = record["params"] else { Issue.record("no params"); return }
        #expect(params.first == .object(["name": "cut", "value": .number(0.9), "text": "0.9", "status": "U", "source": "nowhere", "setBy": "t"]))

        var sarif = SARIFWriter(pack: pack, language: .en)
        _ = sarif.add(item)
        let log = sarif.finish(summary)
        #expect(log.contains("\"unconfirmed-parameter\"") && log.contains("\"unconfirmedParams\""))
        #expect(log.contains("\"unconfirmedNote\"") && log.contains("rests on unconfirmed parameter cut = 0.9 (status U; source: nowhere)"))
        #expect(log.contains("依据未经核实的参数 cut = 0.9（状态 U；出处：nowhere）"))

        var csv = CSVWriter(pack: pack, language: .en, byteOrderMark: false)
        let rows = csv.add(item)
        #expect(rows.hasPrefix(CSVWriter.columns.joined(separator: ",")) && CSVWriter.columns.last == "params")
        #expect(rows.contains("cut = 0.9 (U); strict = 3 kg/h (C); refO2[sintering-head] = 16 (S)"))
    }

    /// A bundled rule: UL-RATE on the steel example rests on ulePassShare (U)
    /// and on the rows of its source's process only.
    @Test func bundledFindingsNameTheirParameters() throws {
        let data = try #require(FileManager.default.contents(atPath: TestFiles.exampleFilings.appendingPathComponent("steel-qingshan.json").path))
        let filing = try #require(Filing.decode([UInt8](data)).value)
        let report = Engine(pack: try RulePack.bundled("cn-national")).check(filing, registry: GoldenFindingsTests.registry)
        #expect(report.findings.allSatisfy { f in f.params.allSatisfy { !$0.name.isEmpty } })
        let withParams = report.findings.filter { !$0.params.isEmpty }
        #expect(!withParams.isEmpty)
        if let ule = report.findings.first(where: { $0.rule == "UL-RATE" }) {
            #expect(ule.params.contains { $0.name == "ulePassShare" && $0.isUnconfirmed })
            // Only the source's rows: a process without a reference-O2 row reads none.
            let keys = Set(ule.params.compactMap(\.key))
            #expect(keys.count == 1, "only the source's rows: \(keys)")
        }
    }
}

/// findings-v1 describes `params` and `notJudged`: every golden finding (they
/// carry params) validates, and a param with a bad status or no name does not.
@Suite struct ParamSchemaTests {
    static func write(_ value: JSONValue) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("params-\(UUID().uuidString).json").path
        try Data(JSONWriter().bytes(value)).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func findingsWithParamsValidateAndBrokenOnesDoNot() throws {
        let golden = try String(contentsOf: TestFiles.examples.appendingPathComponent("expected/autoparts-dongxihu.wuhan.jsonl"), encoding: .utf8)
        let findings = try golden.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        #expect(findings.contains { if case .array(let p)? = $0["params"] { return !p.isEmpty } else { return false } })
        let path = try Self.write(.array(findings))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let single = try Self.write(findings.first { if case .array(let p)? = $0["params"] { return !p.isEmpty } else { return false } } ?? .null)
        defer { try? FileManager.default.removeItem(atPath: single) }
        let report = try SchemaCheck.run([
            .init(schema: "findings", instance: path),
            .init(schema: "findings", instance: single, patches: [.init(pointer: "/params/0/status", json: #""X""#)]),
            .init(schema: "findings", instance: single, patches: [.init(pointer: "/params/0/name", json: nil)]),
            .init(schema: "findings", instance: single, patches: [.init(pointer: "/params/0/extra", json: "1")]),
        ])
        #expect(report.schemaErrors.isEmpty, "\(report.schemaErrors)")
        #expect(report.results.first?.isEmpty == true, "\(report.results.first ?? [])")
        for broken in report.results.dropFirst() { #expect(!broken.isEmpty) }
    }

    @Test func filingRecordsWithNotJudgedValidate() throws {
        let pack = try RegistryAbsenceTests.pack(when: "lic == null")
        let report = Engine(pack: pack).check(RegistryAbsenceTests.filing)
        let record = FilingRecord(report: report, source: ItemSource(path: "f.json")).json
        let path = try Self.write(record)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try SchemaCheck.run([
            .init(schema: "findings", instance: path),
            .init(schema: "findings", instance: path, patches: [.init(pointer: "/notJudged/0/missingRegistry/0", json: #""licences""#)]),
        ])
        #expect(result.results.first?.isEmpty == true, "\(result.results.first ?? [])")
        #expect(result.results.last?.isEmpty == false)
    }
}
