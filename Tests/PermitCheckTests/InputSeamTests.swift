import Foundation
import Testing
@testable import PermitCheck

/// The input seam: a format is chosen in one place (by file name, then by
/// content), every batch item carries its format and source, and one step
/// (`ItemChecker`) turns an item into an audit item for every face.
@Suite struct InputSeamTests {
    /// A second format, as HJ 212 packets will be: its own endings and first bytes.
    static let packets = InputFormat(
        name: "test-packets", documentSuffixes: [".pkt"], lineSuffixes: [".pkts"],
        sniff: { $0.starts(with: Array("##".utf8)) }, decode: { _ in Decoded(value: nil, problems: []) })

    @Test(arguments: [
        ("a.json", "", "filing-v1+json"), ("b.pkt", "", "test-packets"), ("c.pkts.gz", "", "test-packets"),
        ("-", "  {\"schema\": 1}", "filing-v1+json"), ("-", "\r\n##0123", "test-packets"),
        ("-", "garbage", "filing-v1+json"), ("x.jsonl", "##0123", "filing-v1+json"), ("request", "", "filing-v1+json"),
    ])
    func formatIsChosenByNameThenContent(path: String, prefix: String, expected: String) {
        let formats = [InputFormat.filingJSON, Self.packets]
        #expect(InputFormat.choose(path: path, document: Array(prefix.utf8)[...], among: formats).name == expected)
    }

    @Test(arguments: [("a.jsonl", true), ("a.ndjson.gz", true), ("a.json", false), ("b.pkts.gz", true), ("b.pkt", false), ("-", false)])
    func framingComesFromTheFormat(path: String, lines: Bool) {
        #expect(InputFormat.holdsLines(path, among: [.filingJSON, Self.packets]) == lines)
    }

    @Test func folderAuditsReadEveryFormatsEndings() {
        #expect(Set(InputFormat.allSuffixes) == [".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"])
    }

    @Test func itemsCarryFormatAndSourceThroughTheStep() throws {
        let good = try String(contentsOf: TestFiles.exampleFilings.appendingPathComponent("printing-xinzhou.json"), encoding: .utf8)
        let line = String(decoding: JSONWriter().bytes(try JSONValue(parsing: good)), as: UTF8.self)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permitcheck-seam-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let batch = directory.appendingPathComponent("batch.jsonl")
        try (line + "\n{\"schema\":\n" + line + "\n").write(to: batch, atomically: true, encoding: .utf8)

        let items = Array(BatchReader(inputs: [batch.path]))
        #expect(items.map(\.line) == [1, 2, 3])
        #expect(items.allSatisfy { $0.format.name == InputFormat.filingJSON.name && $0.source == batch.path })

        let checker = ItemChecker(engine: Engine(pack: try RulePack.bundled("cn-national")))
        let results = items.map { checker($0) }
        guard case .checked(let filing, let report, let source) = results[0],
              case .inputError(let record) = results[1],
              case .checked(_, let again, let third) = results[2]
        else { Issue.record("unexpected items \(results)"); return }
        #expect(filing.id == Filing.decode(Array(good.utf8)).value?.id)
        #expect(source == ItemSource(path: batch.path, line: 1) && third.line == 3)
        #expect(record.source == batch.path && record.line == 2 && !record.problems.isEmpty)
        #expect(report.findings.map(\.fingerprint) == again.findings.map(\.fingerprint))
        // The step is what AuditRunner runs: the same items give the same results.
        var viaRunner: [AuditItem] = []
        AuditRunner(engine: checker.engine, jobs: 2).run(items) { viaRunner.append($0) }
        #expect(viaRunner.map(\.source) == results.map(\.source))
    }
}
