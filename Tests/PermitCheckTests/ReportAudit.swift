import Foundation
@testable import PermitCheck

/// The audit the report-writer tests render: the examples under
/// `cn-national` (loaded as `GoldenFindingsTests` does), then one filing that
/// cannot be read, as JSON Lines line 3 of `broken.jsonl`.
struct ReportAudit {
    var pack: CompiledPack
    var items: [AuditItem]
    var summary: AuditSummary
    /// Every finding, in input order.
    var findings: [Finding] { reports.flatMap(\.findings) }
    var reports: [Report] {
        items.compactMap { item -> Report? in if case .checked(_, let r, _) = item { return r } else { return nil } }
    }
    /// The input error's error problems.
    var inputProblems: [InputProblem] {
        items.flatMap { item -> [InputProblem] in
            if case .inputError(let e) = item { return e.problems.filter { $0.severity == .error } } else { return [] }
        }
    }

    static let shared: ReportAudit? = try? ReportAudit()

    static let brokenFiling = #"{"schema":"permitcheck/filing-v1","id":"BROKEN-1","kind":"other","enterprise":"oops"}"#

    init() throws {
        pack = try RulePack.load(path: TestFiles.repository.appendingPathComponent("Rules/cn-national").path)
        let engine = Engine(pack: pack)
        items = []
        for example in GoldenFindingsTests.examples {
            let url = TestFiles.exampleFilings.appendingPathComponent("\(example).json")
            guard let data = FileManager.default.contents(atPath: url.path), let filing = Filing.decode([UInt8](data)).value else {
                throw SchemaCheck.Failure(description: "cannot read \(url.path)")
            }
            let source = ItemSource(path: "Examples/\(example).json")
            items.append(.checked(filing: filing, report: engine.check(filing, registry: GoldenFindingsTests.registry), source: source))
        }
        let broken = Filing.decode(Array(Self.brokenFiling.utf8))
        items.append(.inputError(InputErrorRecord(filing: "BROKEN-1", source: "broken.jsonl", line: 3, problems: broken.problems)))
        summary = AuditSummary(pack: pack)
        for item in items { summary.add(item) }
    }

    /// Everything `writer` writes for the audit.
    func render(_ writer: some ReportWriter) -> String {
        var writer = writer
        var out = ""
        for item in items { out += writer.add(item) }
        return out + writer.finish(summary)
    }
}

/// A strict RFC 4180 reader for the CSV tests: quoted fields with doubled
/// quotes, CRLF record ends; anything else is a test failure.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Malformed(description: "stray quote after \(field)") }
                quoted = true; wasQuoted = true
            case ",":
                record.append(field); field = ""; wasQuoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                record.append(field); records.append(record); record = []; field = ""; wasQuoted = false
            case "\n":
                throw Malformed(description: "bare LF ends a record")
            default:
                guard !wasQuoted else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        guard field.isEmpty, record.isEmpty else { throw Malformed(description: "last record lacks CRLF") }
        return records
    }
}
