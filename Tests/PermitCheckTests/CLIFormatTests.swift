import Foundation
import Testing
@testable import PermitCheck

/// The CLI takes its report formats and its rule filter from the library:
/// `--format` help and values are `ReportFormat`'s list, and `--rule` and
/// `--family` are `RuleSelection`, so their results equal a whole run's.
@Suite(.serialized) struct CLIFormatTests {
    @Test func formatHelpAndValuesAreTheLibraryList() throws {
        let help = try CLITests.run(["check", "--help"])
        for format in ReportFormat.allCases { #expect(help.out.contains(format.rawValue), "--help lacks \(format)") }
        let wrong = try CLITests.run(["check", CLITests.example("steel-qingshan"), "--format", "nope"])
        #expect(wrong.status == 64)
        for format in ReportFormat.allCases { #expect(wrong.err.contains(format.rawValue), "\(wrong.err)") }
    }

    /// CSV starts with the byte order mark Excel needs, unless `--no-bom`.
    @Test func csvByteOrderMarkByDefault() throws {
        let args = ["check", CLITests.example("steel-qingshan"), "--registry", CLITests.registry, "--format", "csv"]
        let marked = try CLITests.run(args)
        let plain = try CLITests.run(args + ["--no-bom"])
        #expect(marked.out.hasPrefix("\u{FEFF}filing,enterprise,"))
        #expect(plain.out.hasPrefix("filing,enterprise,"))
        #expect(String(marked.out.dropFirst()) == plain.out)
        #expect(plain.out.contains(",enterprise_name,period_from,period_to,evidence_hours,"))
    }

    @Test func familyFilterKeepsTheOutcomesOfItsRules() throws {
        let all = try CLITests.run(["check", CLITests.example("steel-qingshan"), "--registry", CLITests.registry, "--format", "jsonl"])
        let family = try CLITests.run(["check", CLITests.example("steel-qingshan"), "--registry", CLITests.registry,
                                       "--format", "jsonl", "--family", "ultra-low-emission"])
        let lines = { (text: String) in text.split(separator: "\n").map(String.init) }
        #expect(lines(family.out) == lines(all.out).filter { $0.contains(#""family":"ultra-low-emission""#) })
        let json = try CLITests.run(["check", CLITests.example("steel-qingshan"), "--registry", CLITests.registry,
                                     "--format", "json", "--family", "ultra-low-emission"])
        let list = { (v: JSONValue?) -> [JSONValue] in if case .array(let a)? = v { return a } else { return [] } }
        let outcomes = list(list(try JSONValue(parsing: json.out)["reports"]).first?["outcomes"])
        // Every rule of the family has its outcome, including those that found nothing.
        let pack = try RulePack.bundled("cn-national")
        #expect(outcomes.compactMap { if case .string(let s)? = $0["rule"] { s } else { nil } } == pack.rules.filter { $0.family == "ultra-low-emission" }.map(\.id))
    }

    /// `--output` opens the path in place: a symbolic link (like `/dev/null`,
    /// a device, or a pipe) stays what it is and receives the report, rather
    /// than being replaced by a new regular file.
    @Test func outputIsOpenedInPlaceNeverReplaced() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permitcheck-output-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target.jsonl").path, link = directory.appendingPathComponent("link.jsonl").path
        try "old text that must be truncated, longer than nothing\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try CLITests.run(["check", CLITests.example("steel-qingshan"), "--format", "jsonl", "--output", link])
        #expect(run.status == 1)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target, "--output replaced the link")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("{") && !written.contains("old text"))
        let unwritable = try CLITests.run(["check", CLITests.example("steel-qingshan"), "--output", directory.appendingPathComponent("no/such/dir").path])
        #expect(unwritable.status == 65 && unwritable.err.contains("cannot write"))
    }
}
