import Foundation
import Testing
@testable import PermitCheck
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every report format over the same audit (the examples under cn-national
/// plus one unreadable filing), each read back by an independent reader:
/// JSON by our parser, CSV by a strict RFC 4180 reader, JUnit by
/// `XMLDocument`, SARIF by Python's `jsonschema` against the OASIS schema.
@Suite struct ReportWriterTests {
    static let sarifSchema = TestFiles.sarifSchema

    func audit() throws -> ReportAudit { try #require(ReportAudit.shared, "the examples or cn-national could not be loaded") }

    @Test func jsonLinesAreFindingsThenTheInputError() throws {
        let audit = try audit()
        let lines = audit.render(JSONLinesWriter()).split(separator: "\n").map(String.init)
        #expect(lines.count == audit.findings.count + 1)
        for (line, finding) in zip(lines, audit.findings) { #expect(try JSONValue(parsing: line) == finding.json) }
        guard case .inputError(let record)? = audit.items.last else { Issue.record("no input error"); return }
        #expect(try JSONValue(parsing: lines.last ?? "") == record.json)
    }

    @Test func csvReadsBackWithTheHeaderAndARowPerFinding() throws {
        let audit = try audit()
        let records = try CSVReader.records(audit.render(CSVWriter(pack: audit.pack, language: .en, byteOrderMark: false)))
        #expect(records.first == CSVWriter.columns)
        let rows = records.dropFirst()
        #expect(rows.count == audit.findings.count + audit.inputProblems.count)
        #expect(rows.allSatisfy { $0.count == CSVWriter.columns.count })
        for (row, f) in zip(rows, audit.findings) {
            #expect(row[0] == f.filing && row[2] == f.rule && row[3] == f.severity.rawValue && row[5] == f.subject)
            #expect(row[6] == f.message.en)
            #expect(try JSONValue(parsing: row[7]) == .object(f.evidence))
            #expect(row[8] == f.acts.from.description && row[9] == f.acts.to.description)
            #expect(try JSONValue(parsing: row[10]) == .array(f.basis.map(\.json)))
            #expect(row[11] == f.fingerprint && row[12] == f.pack)
        }
        let errors = rows.suffix(audit.inputProblems.count)
        #expect(errors.allSatisfy { $0[2] == "input-error" && $0[0] == "BROKEN-1" })
    }

    /// Issue 13, item 8: CSV opens in Excel — a BOM unless turned off, the
    /// enterprise's name and the period, common evidence keys as columns.
    @Test func csvOpensInExcel() throws {
        let audit = try audit()
        let withMark = audit.render(CSVWriter(pack: audit.pack, language: .zh))
        #expect(withMark.hasPrefix("\u{FEFF}filing,"))
        #expect(audit.render(ReportFormat.csv.writer(pack: audit.pack, language: .zh)).hasPrefix("\u{FEFF}"))
        #expect(!audit.render(ReportFormat.csv.writer(pack: audit.pack, language: .zh, byteOrderMark: false)).hasPrefix("\u{FEFF}"))
        let records = try CSVReader.records(String(withMark.dropFirst()))
        let header = try #require(records.first)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "no column \(name)") }
        let filings = Dictionary(audit.items.compactMap { item -> (String, Filing)? in
            if case .checked(let filing, _, _) = item { return (filing.id, filing) } else { return nil }
        }, uniquingKeysWith: { a, _ in a })
        var sawMax = false
        for (row, f) in zip(records.dropFirst(), audit.findings) {
            let filing = try #require(filings[f.filing])
            let name = try column("enterprise_name"), from = try column("period_from"), to = try column("period_to")
            #expect(row[name] == filing.enterprise.name)
            #expect(row[from] == filing.period.from.description && row[to] == filing.period.to.description)
            for key in CSVWriter.evidenceColumns {
                let index = try column("evidence_\(key)")
                let cell = row[index]
                switch f.evidence[key] {
                case .number(let x)?: #expect(Double(cell) == x, "\(f.rule) \(key)"); if key == "max" { sawMax = true }
                case .string(let s)?: #expect(cell == s)
                case nil, .null?: #expect(cell.isEmpty)
                default: #expect(!cell.isEmpty)
                }
            }
        }
        #expect(sawMax)
    }

    @Test func csvQuotesOnlyWhatMustBeQuoted() {
        #expect(CSVWriter.field("plain 文本") == "plain 文本")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\r\nlines") == "\"two\r\nlines\"")
    }

    @Test func junitIsWellFormedAndCountsMatch() throws {
        let audit = try audit()
        let text = audit.render(JUnitWriter(pack: audit.pack, language: .zh))
        let document = try XMLDocument(data: Data(text.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == audit.reports.count + 1)
        let failing = audit.reports.reduce(0) { $0 + Set($1.findings.map(\.rule)).count }
        #expect(root.attribute(forName: "failures")?.stringValue == String(failing))
        #expect(root.attribute(forName: "tests")?.stringValue == String(audit.reports.count * audit.pack.rules.count + 1))
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        for (suite, report) in zip(suites, audit.reports) {
            #expect(suite.attribute(forName: "name")?.stringValue == report.filing)
            #expect(suite.elements(forName: "testcase").count == audit.pack.rules.count)
            let failures = suite.elements(forName: "testcase").flatMap { $0.elements(forName: "failure") }
            #expect(failures.count == Set(report.findings.map(\.rule)).count)
            let listed = failures.compactMap(\.stringValue).joined(separator: "\n")
            for f in report.findings { #expect(listed.contains(f.subject) && listed.contains(f.message.zh)) }
        }
        #expect(suites.last?.elements(forName: "testcase").first?.elements(forName: "error").count == 1)
    }

    @Test func packTestJUnitIsWellFormed() throws {
        let audit = try audit()
        var summary = PackTester.run(audit.pack)
        summary.results[0].problems = [LocalizedText(zh: "差异 <b>&\"", en: "differs <b>&\"")]
        let document = try XMLDocument(data: Data(PackTestJUnit.xml([summary], language: .en).utf8))
        let root = try #require(document.rootElement())
        #expect(root.attribute(forName: "tests")?.stringValue == String(summary.results.count))
        #expect(root.attribute(forName: "failures")?.stringValue == String(summary.failed.count))
        let first = root.elements(forName: "testsuite").first?.elements(forName: "testcase").first
        #expect(first?.elements(forName: "failure").first?.attribute(forName: "message")?.stringValue == "differs <b>&\"")
    }

    @Test func sarifIsValidAndComplete() throws {
        let audit = try audit()
        let text = audit.render(SARIFWriter(pack: audit.pack, language: .zh))
        let single = try #require(audit.reports.first { !$0.findings.isEmpty })
        let one = JSONWriter().string(SARIFWriter.document(pack: audit.pack, language: .en, report: single, source: "a b.json"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permitcheck-sarif-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = directory.appendingPathComponent("audit.sarif"), alone = directory.appendingPathComponent("one.sarif")
        try text.write(to: whole, atomically: true, encoding: .utf8)
        try one.write(to: alone, atomically: true, encoding: .utf8)
        let report = try SchemaCheck.run([
            .init(schema: Self.sarifSchema.path, instance: whole.path), .init(schema: Self.sarifSchema.path, instance: alone.path),
        ])
        #expect(report.schemaErrors.isEmpty, "\(report.schemaErrors)")
        #expect(report.results == [[], []], "\(report.results)")

        let run = try #require(try JSONValue(parsing: text)["runs"].flatMap { if case .array(let a) = $0 { a.first } else { nil } })
        guard case .array(let rules)? = run["tool"]?["driver"]?["rules"], case .array(let results)? = run["results"],
              case .array(let invocations)? = run["invocations"], case .array(let notes)? = invocations.first?["toolExecutionNotifications"]
        else { Issue.record("unexpected SARIF shape"); return }
        #expect(rules.count == audit.pack.rules.count)
        #expect(results.count == audit.findings.count)
        #expect(notes.count == audit.inputProblems.count)
        for (result, f) in zip(results, audit.findings) {
            #expect(result["ruleId"] == .string(f.rule))
            if case .number(let index)? = result["ruleIndex"] { #expect(rules[Int(index)]["id"] == .string(f.rule)) }
            #expect(result["partialFingerprints"]?["permitcheck/v1"] == .string(f.fingerprint))
            #expect(result["message"]?["text"] == .string(f.message.zh))
        }
        let location = results.first?["locations"]
        #expect(text.contains("\"uri\": \"Examples/"))
        #expect(location != nil)
        #expect(one.contains("a%20b.json"))
    }

    @Test(arguments: [(Severity.critical, "error"), (.high, "error"), (.medium, "warning"), (.low, "note"), (.info, "note")])
    func sarifLevels(severity: Severity, level: String) {
        #expect(SARIFRules.level(severity) == level)
    }

    @Test func reportJSONHoldsEveryReport() throws {
        let audit = try audit()
        let document = try JSONValue(parsing: audit.render(ReportJSONWriter(pack: audit.pack)))
        #expect(document["engine"] == .string(PermitCheckVersion.engine))
        #expect(document["pack"]?["reference"] == .string(audit.pack.reference))
        guard case .array(let reports)? = document["reports"], case .array(let errors)? = document["inputErrors"] else {
            Issue.record("no reports or inputErrors"); return
        }
        #expect(reports == audit.reports.map(\.json))
        #expect(errors.count == 1)
        #expect(document["summary"]?["findings"] == .number(Double(audit.findings.count)))
        #expect(document["summary"]?["inputErrors"] == .number(1))
    }

    @Test func textGroupsByFilingAndSummarises() throws {
        let audit = try audit()
        let plain = audit.render(TextWriter(language: .zh))
        for report in audit.reports { #expect(plain.contains(report.filing)) }
        for f in audit.findings { #expect(plain.contains(f.message.zh)) }
        #expect(plain.contains("汇总") && plain.contains("问题最严重的企业") && plain.contains("broken.jsonl:3"))
        #expect(!plain.contains("\u{1B}["))
        #expect(audit.render(TextWriter(language: .en, color: true)).contains("\u{1B}[1;31m[critical]"))
    }

    @Test func everyFormatIsDeterministic() throws {
        let audit = try audit()
        let writers: [() -> any ReportWriter] = [
            { TextWriter(language: .zh) }, { JSONLinesWriter() }, { ReportJSONWriter(pack: audit.pack) },
            { SARIFWriter(pack: audit.pack, language: .en) }, { CSVWriter(pack: audit.pack, language: .zh) },
            { JUnitWriter(pack: audit.pack, language: .en) }, { HTMLWriter(pack: audit.pack, language: .zh) },
        ]
        for make in writers { #expect(audit.render(make()) == audit.render(make()), "\(type(of: make()))") }
    }
}
