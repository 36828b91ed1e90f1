import Foundation
import Testing
@testable import PermitCheck
@testable import PermitCheckModel

/// Issue 12, "batches never lose a line" and "identity is bytes": every line
/// of a batch ends as a result or an input-error record (with the filing id
/// when it could be read); over-long documents are skipped, not held; credit
/// codes are ASCII and compared as bytes; an ignored field cannot hide a
/// duplicate key.
@Suite struct BatchIntegrityTests {
    static let kelvin = "\u{212A}"

    /// A pack with one finding per outlet.
    static let everyOutlet = """
        pack: t
        version: 1.0.0
        rules:
          - id: EVERY
            family: f
            severity: high
            title: t
            for: { outlet: permit.outlets }
            when: true
        """

    // MARK: The filing id of a document that does not decode

    @Test(arguments: [
        (#"{"id": "A", "permit": {"outlets": [1, 2"#, "A"),
        (#"{"schema": "permitcheck/filing-v1", "period": {"from": "2025-07-01"}, "id": "B", "kind": "#, "B"),
        (#"{"schema": "permitcheck/filing-v1", "period": {"from": "2025"#, nil),
        (#"{"id": 3}"#, nil),
        (#"["id", "A"]"#, nil),
        (#"{"ID": "A"}"#, nil),
        ("", nil),
    ] as [(String, String?)])
    func filingIDIsReadAsFarAsTheTextAllows(text: String, id: String?) {
        #expect(Filing.peekID(Array(text.utf8)) == id)
    }

    @Test func inputErrorRecordsNameTheFilingWhenItsIDWasReadable() throws {
        let folder = try BatchReaderTests.folder()
        let good = try BatchReaderTests.line("GOOD-1")
        let cut = String(try BatchReaderTests.line("CUT-1").prefix(200))
        let url = folder.appendingPathComponent("b.jsonl")
        try BatchReaderTests.write(cut + "\n" + good + "\n", url)
        let checker = ItemChecker(engine: Engine(pack: try RulePack.compile(yaml: Self.everyOutlet)))
        let items = BatchReader(inputs: [url.path]).map { checker($0) }
        #expect(items.count == 2)
        guard case .inputError(let record) = items.first else { Issue.record("line 1 decoded"); return }
        #expect(record.filing == "CUT-1")
        #expect(record.line == 1)
        #expect(record.json["filing"] == .string("CUT-1"))
        guard case .checked(let filing, _, let source) = items.last else { Issue.record("line 2 was not checked"); return }
        #expect(filing.id == "GOOD-1" && source.line == 2)
    }

    // MARK: Bounded documents

    @Test func anOverLongLineIsSkippedAndTheNextLinesStillRead() throws {
        let folder = try BatchReaderTests.folder()
        let good = try BatchReaderTests.line("X")
        let limit = good.utf8.count + 10
        let huge = String(repeating: "x", count: limit * 3 + 7)
        let url = folder.appendingPathComponent("long.jsonl")
        try BatchReaderTests.write([good, huge, good, huge].joined(separator: "\n"), url)  // the last has no newline
        let items = Array(BatchReader(inputs: [url.path], maxDocumentBytes: limit))
        #expect(items.map(\.line) == [1, 2, 3, 4])
        #expect(items.map { $0.decodeFiling().value != nil } == [true, false, true, false])
        for k in [1, 3] {
            let error = items[k].decodeFiling().errors.first
            #expect(error?.code == InputCode.tooLarge)
            #expect(error?.message.en.contains("\(huge.utf8.count) bytes") == true)
        }
    }

    @Test func aWholeFileAboveTheLimitIsAnInputError() throws {
        let folder = try BatchReaderTests.folder()
        let url = folder.appendingPathComponent("one.json")
        try BatchReaderTests.write(Fixtures.filing, url)
        let size = Fixtures.filing.utf8.count
        #expect(Array(BatchReader(inputs: [url.path], maxDocumentBytes: size)).first?.decodeFiling().value != nil)
        let refused = Array(BatchReader(inputs: [url.path], maxDocumentBytes: size - 1)).first?.decodeFiling()
        #expect(refused?.errors.map(\.code) == [InputCode.tooLarge])
    }

    // MARK: Duplicate keys inside unknown fields

    @Test(arguments: [
        (#"{"a": 1, "a": 2}"#, "/extra/a"),
        (#"{"deep": [{"ok": 1}, {"b": {"c": 1, "c": 1}}]}"#, "/extra/deep/1/b/c"),
    ])
    func duplicateKeyInsideAnUnknownFieldIsAnError(extra: String, pointer: String) {
        let text = Fixtures.filing.replacingOccurrences(of: #""id": "2025Q3-DA-STEEL-01","#, with: #""id": "2025Q3-DA-STEEL-01", "extra": \#(extra),"#)
        let decoded = Filing.decode(Array(text.utf8))
        #expect(decoded.value == nil)
        #expect(decoded.errors.map(\.code) == [InputCode.duplicateKey])
        #expect(decoded.errors.first?.pointer == pointer)
        #expect(decoded.errors.first.map { $0.line > 0 && $0.column > 0 } == true)
        #expect(decoded.problems.contains { $0.code == InputCode.unknownField && $0.pointer == "/extra" })
    }

    @Test func keysAreDuplicatesOnlyWhenTheirBytesAre() {
        // "K" and KELVIN SIGN are canonically equivalent, yet different names (RFC 8259 §8.3).
        let text = Fixtures.filing.replacingOccurrences(
            of: #""id": "2025Q3-DA-STEEL-01","#, with: #""id": "2025Q3-DA-STEEL-01", "extra": {"K": 1, "\#(Self.kelvin)": 2, "list": [{"a": 1}, {"a": 1}]},"#)
        let decoded = Filing.decode(Array(text.utf8))
        #expect(decoded.errors.isEmpty, "\(decoded.errors)")
        #expect(decoded.value != nil)
    }

    // MARK: Credit codes are ASCII and compared as bytes

    @Test(arguments: ["91420100XXXXXXXXX\u{212A}", "９1420100XXXXXXXXXX", "91420100XXXXXXXX\u{0301}X"])
    func nonASCIICreditCodeInAFilingIsALocatedInputError(code: String) {
        let text = Fixtures.filing.replacingOccurrences(of: #""uscc": "91420100XXXXXXXXXX""#, with: #""uscc": "\#(code)""#)
        let decoded = Filing.decode(Array(text.utf8))
        #expect(decoded.value == nil)
        let error = decoded.errors.first
        #expect(decoded.errors.count == 1)
        #expect(error?.code == InputCode.nonASCIICode)
        #expect(error?.pointer == "/enterprise/uscc")
        #expect(error?.line == 8)
        #expect(error?.message.zh.contains("GB 32100-2015") == true)
    }

    @Test(arguments: [
        (#""holder": "91420100YYYYYYYYYY""#, "/wasteLicenses/0/holder"),
        (#""holder": "91420100ZZZZZZZZZZ""#, "/transportLicenses/0/holder"),
        (#""uscc": "91420100XXXXXXXXXX""#, "/ultraLowEmissionList/0/uscc"),
    ])
    func nonASCIICreditCodeInTheRegistryIsAnInputError(member: String, pointer: String) throws {
        let broken = member.replacingOccurrences(of: "0\"", with: "\(Self.kelvin)\"").replacingOccurrences(of: "Y\"", with: "\(Self.kelvin)\"")
            .replacingOccurrences(of: "Z\"", with: "\(Self.kelvin)\"").replacingOccurrences(of: "X\"", with: "\(Self.kelvin)\"")
        #expect(broken != member)
        let text = Fixtures.registry.replacingOccurrences(of: member, with: broken)
        let decoded = Registry.decode(Array(text.utf8))
        #expect(decoded.value == nil)
        #expect(decoded.errors.map(\.code) == [InputCode.nonASCIICode])
        #expect(decoded.errors.first?.pointer == pointer)
    }

    @Test func stringsInRulesCompareAsBytes() {
        #expect("K" == Self.kelvin)  // what Swift's String == says
        #expect(!Equality.equal(.string("K"), .string(Self.kelvin)))
        #expect(Equality.equal(.string("K"), .string("K")))
        #expect((try? Ordering.compare(.string("K"), .string(Self.kelvin))) == -1)
        #expect((try? Ordering.compare(.string("caf\u{E9}"), .string("cafe\u{301}"))) == 1)
        let keys = ["91420100XXXXXXXXXK"]
        #expect(RegistryLibrary.index(of: "91420100XXXXXXXXX\(Self.kelvin)", in: keys) == nil)
        #expect(RegistryLibrary.index(of: "91420100XXXXXXXXXK", in: keys) == 0)
    }

    /// The same in a compiled rule: a look-alike neither equals nor prefixes the real text.
    @Test(arguments: [
        (#"enterprise.uscc == "91420100XXXXXXXXXX""#, 1), (#"enterprise.uscc == "91420100XXXXXXXXX\#(Self.kelvin)""#, 0),
        (#"starts_with("K9", "K")"#, 1), (#"starts_with("K9", "\#(Self.kelvin)")"#, 0),
        (#""\#(Self.kelvin)" in ["K"]"#, 0), (#""K" < "\#(Self.kelvin)""#, 1),
    ])
    func compiledRulesCompareStringsAsBytes(condition: String, findings: Int) throws {
        let yaml = Self.everyOutlet.replacingOccurrences(of: "for: { outlet: permit.outlets }\n    when: true",
                                                         with: "for: { p: permit }\n    when: '\(condition.replacingOccurrences(of: "'", with: "''"))'")
        #expect(yaml != Self.everyOutlet)
        let filing = try #require(Filing.decode(Array(Fixtures.filing.utf8)).value)
        #expect(Engine(pack: try RulePack.compile(yaml: yaml)).check(filing).findings.count == findings, "\(condition)")
    }

    // MARK: A record per filing

    @Test func jsonLinesCanEndEveryFilingWithItsRecord() throws {
        let pack = try RulePack.compile(yaml: Self.everyOutlet)
        let filing = try #require(Filing.decode(Array(Fixtures.filing.utf8)).value)
        let report = Engine(pack: pack).check(filing)
        var writer = JSONLinesWriter(filingRecords: true)
        let lines = writer.add(.checked(filing: filing, report: report, source: ItemSource(path: "b.jsonl", line: 7)))
            .split(separator: "\n").map(String.init)
        #expect(lines.count == report.findings.count + 1)
        let record = try JSONValue(parsing: try #require(lines.last))
        #expect(record["record"] == .string("filing"))
        #expect(record["filing"] == .string(filing.id))
        #expect(record["line"] == .number(7))
        #expect(record["findings"] == .number(Double(report.findings.count)))
        #expect(record["bySeverity"]?["high"] == .number(Double(report.findings.count { $0.severity == .high })))
        // The record is valid against findings-v1, and a broken one is not.
        let folder = try BatchReaderTests.folder()
        let path = folder.appendingPathComponent("records.json").path
        try BatchReaderTests.write("[" + lines.joined(separator: ",") + "]", URL(fileURLWithPath: path))
        let last = lines.count - 1
        let checked = try SchemaCheck.run([
            .init(schema: "findings", instance: path),
            .init(schema: "findings", instance: path, patches: [.init(pointer: "/\(last)/bySeverity/high", json: "-1")]),
            .init(schema: "findings", instance: path, patches: [.init(pointer: "/\(last)/record", json: #""summary""#)]),
        ])
        #expect(checked.results.first?.isEmpty == true, "\(checked.results)")
        #expect(checked.results.dropFirst().allSatisfy { !$0.isEmpty })
        var plain = JSONLinesWriter()
        #expect(plain.add(.checked(filing: filing, report: report, source: ItemSource(path: "b.jsonl", line: 7))).split(separator: "\n").count == report.findings.count)
    }
}
