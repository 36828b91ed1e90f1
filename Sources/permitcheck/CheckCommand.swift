import ArgumentParser
import Foundation
import Glibc
import PermitCheck

/// `permitcheck check FILE...`: check filings and write findings in one of
/// the report formats (`PermitCheck/Reports`).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check filings against a rule pack. 按规则包检查申报。")

    @OptionGroup var pack: PackOptions

    @Argument(help: "Filings: .json, .jsonl, .gz, folders, or - for standard input.")
    var filings: [String]

    @Option(help: "Registry (registry-v1 JSON).")
    var registry: String?

    @Option(help: "Output format: text, json, jsonl, sarif, csv, junit or html. 输出格式。")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output. 报告输出文件。")
    var output: String?

    @Option(help: "Exit with 1 when a finding is at or above this severity.")
    var failOn: Severity = .high

    func run() throws {
        let compiled = try pack.load()
        let engine = Engine(pack: compiled)
        let reference = try loadRegistry()
        let sink = try ReportSink(path: output)
        let sources = SourceIndex()
        var writer = makeWriter(compiled, sources: sources)
        var summary = AuditSummary(pack: compiled)
        var worst: Severity?
        for item in BatchReader(inputs: filings) {
            let decoded = item.decodeFiling()
            let audit: AuditItem
            if let filing = decoded.value {
                let report = engine.check(filing, registry: reference)
                for f in report.findings where worst.map({ f.severity > $0 }) ?? true { worst = f.severity }
                sources.paths[filing.id] = item.source
                audit = .checked(filing: filing, report: report)
            } else {
                audit = .inputError(InputErrorRecord(source: item.source, line: item.line, problems: decoded.problems))
            }
            summary.add(audit)
            sink.write(writer.add(audit))
        }
        sink.write(writer.finish(summary))
        sink.close()
        if let worst, worst >= failOn { throw ExitStatus.findings }
        if summary.inputErrors > 0 { throw ExitStatus.invalidInput }
    }

    /// The writer for `--format`; text is coloured only on a terminal and without `NO_COLOR`.
    func makeWriter(_ compiled: CompiledPack, sources: SourceIndex) -> any ReportWriter {
        switch format {
        case .text:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return TextWriter(language: pack.lang, color: output == nil && isatty(1) != 0 && !noColor)
        case .json: return ReportJSONWriter(pack: compiled)
        case .jsonl: return JSONLinesWriter()
        case .sarif: return SARIFWriter(pack: compiled, language: pack.lang, sourcePath: { sources.paths[$0] })
        case .csv: return CSVWriter(pack: compiled, language: pack.lang)
        case .junit: return JUnitWriter(pack: compiled, language: pack.lang)
        case .html: return HTMLWriter(pack: compiled, language: pack.lang)
        }
    }

    func loadRegistry() throws -> Registry {
        guard let registry else { return .empty }
        guard let data = FileManager.default.contents(atPath: registry) else {
            Console.error("cannot read registry \(registry) / 无法读取名录 \(registry)\n")
            throw ExitStatus.invalidInput
        }
        let decoded = Registry.decode([UInt8](data))
        guard let value = decoded.value else {
            for p in decoded.errors { Console.error("\(registry):\(p.line):\(p.column): \(p.code) \(p.pointer): \(p.message.text(pack.lang))\n") }
            throw ExitStatus.invalidInput
        }
        return value
    }
}

/// `--format` values.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, sarif, csv, junit, html
}

/// Which file each filing (by id) was read from, filled as the batch is
/// read, for SARIF's physical locations.
final class SourceIndex {
    var paths: [String: String] = [:]
}

extension Severity: ExpressibleByArgument {}
