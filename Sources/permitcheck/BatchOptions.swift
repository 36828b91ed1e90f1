import ArgumentParser
import Foundation
import Glibc
import PermitCheck

/// Options shared by `check` and `audit`: inputs, registry, output, filters, exit threshold.
struct BatchOptions: ParsableArguments {
    @OptionGroup var pack: PackOptions

    @Argument(help: "Filings: .json, .jsonl, .gz, folders, or - for standard input. 申报文件、目录或 -（标准输入）。")
    var inputs: [String]

    @Option(help: "Registry (registry-v1 JSON). 名录文件。")
    var registry: String?

    @Option(help: "Output format: text, json, jsonl, sarif, csv, junit or html. 输出格式。")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output. 报告输出文件。")
    var output: String?

    @Option(help: "Exit with 1 when a finding is at or above this severity (critical, high, medium, low, info). 失败阈值。")
    var failOn: Severity = .high

    @Option(name: .customLong("rule"), help: "Only these rules (repeatable). 只输出这些规则。")
    var rules: [String] = []

    @Option(name: .customLong("family"), help: "Only these rule families (repeatable). 只输出这些规则族。")
    var families: [String] = []

    /// The writer for `--format`; text is coloured only on a terminal and without `NO_COLOR`.
    func writer(_ compiled: CompiledPack, sources: SourceIndex) -> any ReportWriter {
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

    /// Keeps only the findings and outcomes of the rules asked for.
    func filter(_ item: AuditItem) -> AuditItem {
        guard !rules.isEmpty || !families.isEmpty, case .checked(let filing, var report) = item else { return item }
        let keep = { (rule: String, family: String?) in
            (rules.isEmpty || rules.contains(rule)) && (families.isEmpty || family.map(families.contains) == true)
        }
        let familyOf = Dictionary(report.findings.map { ($0.rule, $0.family) }, uniquingKeysWith: { a, _ in a })
        report.findings = report.findings.filter { keep($0.rule, $0.family) }
        report.outcomes = report.outcomes.filter { keep($0.rule, familyOf[$0.rule] ?? (families.isEmpty ? "" : nil)) }
        report.failures = report.failures.filter { keep($0.rule, familyOf[$0.rule] ?? (families.isEmpty ? "" : nil)) }
        return .checked(filing: filing, report: report)
    }

    /// Checks every input with `runner`, writing as it goes; returns the summary and the most serious finding.
    func run(jobs: Int, shard: (index: Int, count: Int)?, progress: Progress?) throws -> (AuditSummary, Severity?) {
        let compiled = try pack.load()
        let reference = try RegistryFile.load(registry, language: pack.lang)
        let sink = try ReportSink(path: output)
        let sources = SourceIndex()
        var writer = writer(compiled, sources: sources)
        var summary = AuditSummary(pack: compiled)
        var worst: Severity?
        let started = ContinuousClock.now
        let runner = AuditRunner(engine: Engine(pack: compiled), registry: reference, jobs: jobs, shard: shard)
        runner.run(BatchReader(inputs: inputs)) { checked, source in
            let item = filter(checked)
            if case .checked(let filing, let report) = item {
                sources.paths[filing.id] = source
                for f in report.findings where worst.map({ f.severity > $0 }) ?? true { worst = f.severity }
            }
            summary.add(item)
            sink.write(writer.add(item))
            progress?.tick(summary)
        }
        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        progress?.done()
        sink.write(writer.finish(summary))
        sink.close()
        return (summary, worst)
    }

    /// Exit status: 1 for findings at or above `--fail-on`, 65 for unreadable filings, else 0.
    func exit(_ summary: AuditSummary, _ worst: Severity?) throws {
        if let worst, worst >= failOn { throw ExitStatus.findings }
        if summary.inputErrors > 0 { throw ExitStatus.invalidInput }
    }
}

/// `--format` values.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, sarif, csv, junit, html
}

/// Which file each filing (by id) was read from, for SARIF's physical locations.
final class SourceIndex {
    var paths: [String: String] = [:]
}

extension Severity: ExpressibleByArgument {}
