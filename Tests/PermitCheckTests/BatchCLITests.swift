import Foundation
import Testing
@testable import PermitCheck

/// `audit -` as a filter: standard input is JSON Lines, a truncated first
/// line costs only itself, and `--emit-filings` accounts for every line.
@Suite struct BatchCLITests {
    /// Four lines: the first cut short after its id, then three good filings.
    static func batch() throws -> String {
        let lines = try ["CUT", "A", "B", "C"].map { try BatchReaderTests.line($0) }
        return String(lines[0].prefix(120)) + "\n" + lines.dropFirst().joined(separator: "\n") + "\n"
    }

    @Test func aTruncatedFirstLineOnStandardInputCostsOnlyItself() throws {
        let r = try CLITests.run(["audit", "-", "--format", "jsonl", "--emit-filings", "--rule", "VOC-SYNC", "--fail-on", "high"], stdin: try Self.batch())
        #expect(r.status == 65, "\(r.err)")
        let records = try r.out.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        let errors = records.filter { $0["error"] != nil }
        let filings = records.filter { $0["record"] == .string("filing") }
        #expect(errors.count == 1)
        #expect(errors.first?["line"] == .number(1))
        #expect(errors.first?["filing"] == .string("CUT"), "the id was readable before the cut")
        #expect(filings.map { $0["filing"] } == [.string("A"), .string("B"), .string("C")])
        #expect(filings.map { $0["line"] } == [.number(2), .number(3), .number(4)])
        // Every line of the input is accounted for exactly once.
        let accounted: [JSONValue] = (errors + filings).compactMap { $0["line"] }
        let expected: [JSONValue] = [.number(1), .number(2), .number(3), .number(4)]
        #expect(accounted.count == 4 && expected.allSatisfy { accounted.contains($0) })
        #expect(r.err.contains("Input errors: 1"))
    }

    @Test func aPrettyDocumentOnStandardInputNeedsSingleDocument() throws {
        let pretty = Fixtures.filing
        let asLines = try CLITests.run(["check", "-", "--rule", "VOC-SYNC", "--fail-on", "high"], stdin: pretty)
        #expect(asLines.status == 65)
        #expect(asLines.out.contains("input.stdin-lines") && asLines.out.contains("--single-document"))
        let single = try CLITests.run(["check", "-", "--single-document", "--rule", "VOC-SYNC", "--fail-on", "high", "--format", "jsonl", "--emit-filings"], stdin: pretty)
        #expect(single.status == 0, "\(single.err)")
        #expect(single.out.contains("\"record\":\"filing\"") && single.out.contains("2025Q3-DA-STEEL-01"))
    }

    @Test func emitFilingsIsForJSONLinesOnly() throws {
        let r = try CLITests.run(["check", "-", "--emit-filings"], stdin: "")
        #expect(r.status == 64)
        #expect(r.err.contains("--format jsonl"))
    }

    @Test func anOverLongLineIsAnInputErrorAndTheRestIsChecked() throws {
        let good = try BatchReaderTests.line("OK")
        let stdin = String(repeating: "x", count: 5_000) + "\n" + good + "\n"
        let r = try CLITests.run(["audit", "-", "--format", "jsonl", "--emit-filings", "--rule", "VOC-SYNC", "--fail-on", "high",
                                  "--max-document-bytes", String(good.utf8.count)], stdin: stdin)
        #expect(r.status == 65)
        #expect(r.out.contains("input.too-large"))
        #expect(r.out.contains("\"record\":\"filing\",\"filing\":\"OK\""))
    }

    /// A machine format on standard output still tells the person at the
    /// terminal which rules were not judged for want of a registry.
    @Test func checkWithoutARegistrySaysSoOnStandardErrorInMachineFormats() throws {
        let example = CLITests.example("pharma-huangpi")
        let bare = try CLITests.run(["check", example, "--format", "jsonl", "--fail-on", "never"])
        #expect(bare.status == 0)
        #expect(bare.err.contains("Rules not judged for want of registry data") && bare.err.contains("HW-LICENSE"))
        #expect(!bare.out.contains("\"rule\":\"HW-LICENSE\""))
        let given = try CLITests.run(["check", example, "--format", "jsonl", "--fail-on", "never", "--registry", CLITests.registry])
        #expect(given.status == 0)
        #expect(!given.err.contains("not judged"))
    }
}
