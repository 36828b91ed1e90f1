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

    @Option(help: "Output format: \(ReportFormat.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: ", ")). 输出格式。")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output. 报告输出文件。")
    var output: String?

    @Option(help: "Exit with 1 when a finding is at or above this severity (critical, high, medium, low, info), or never (alias none: report only). 失败阈值（never/none：只报告，不以发现失败）。")
    var failOn: FailThreshold = .severity(.high)

    @Flag(help: "Read standard input (-) as one document rather than JSON Lines. 标准输入按单个文档读取（默认每行一份）。")
    var singleDocument = false

    @Option(help: "Largest document read, in bytes (a .json file or one line); a larger one is an input error. 单份文档字节上限。")
    var maxDocumentBytes: Int = InputLimits.documentBytes

    @Flag(name: [.customLong("emit-filings"), .customLong("emit-clean")],
          help: "With --format jsonl, also one 'filing' record per checked filing, clean or not. 每份申报另输出一条汇总记录。")
    var emitFilings = false

    @Flag(name: .customLong("no-bom"), help: "With --format csv, leave out the UTF-8 byte order mark Excel needs. CSV 不写 BOM（默认写入，供 Excel 识别 UTF-8）。")
    var noByteOrderMark = false

    @Option(name: .customLong("rule"), help: "Only these rules (repeatable). 只输出这些规则。")
    var rules: [String] = []

    @Option(name: .customLong("family"), help: "Only these rule families (repeatable). 只输出这些规则族。")
    var families: [String] = []

    /// The writer for `--format`; text is coloured only on a terminal and without `NO_COLOR`.
    func writer(_ compiled: CompiledPack) -> any ReportWriter {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return format.writer(pack: compiled, language: pack.lang, color: output == nil && isatty(1) != 0 && !noColor,
                             filingRecords: emitFilings, byteOrderMark: !noByteOrderMark)
    }

    /// The inputs as a batch, standard input framed as asked.
    var batch: BatchReader {
        BatchReader(inputs: inputs, standardInput: singleDocument ? .document : .lines, maxDocumentBytes: maxDocumentBytes)
    }

    func validate() throws {
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if emitFilings && format != .jsonl { throw ValidationError("--emit-filings needs --format jsonl (其他格式已按申报列出结果)") }
    }

    /// The rules `--rule` and `--family` ask for.
    var selection: RuleSelection { RuleSelection(rules: rules, families: families) }

    /// Checks every input with `runner`, writing as it goes; returns the summary and the most serious finding.
    func run(jobs: Int, shard: (index: Int, count: Int)?, progress: Progress?) throws -> (AuditSummary, Severity?) {
        let compiled = try pack.load()
        let selection = try pack.resolve(self.selection, in: compiled)
        let reference = try RegistryFile.load(registry, language: pack.lang)
        let sink = try ReportSink(path: output)
        var writer = writer(compiled)
        var summary = AuditSummary(pack: compiled)
        var worst: Severity?
        let started = ContinuousClock.now
        let runner = AuditRunner(engine: Engine(pack: compiled.selecting(selection)), registry: reference, jobs: jobs, shard: shard,
                                 locateSubjects: format.showsPositions)
        runner.run(batch) { item in
            if case .checked(_, let report, _) = item {
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

    /// Exit status: 1 for findings at or above `--fail-on` (never with `never`),
    /// 65 for unreadable filings, else 0.
    func exit(_ summary: AuditSummary, _ worst: Severity?) throws {
        if let worst, failOn.fails(worst) { throw ExitStatus.findings }
        if summary.inputErrors > 0 { throw ExitStatus.invalidInput }
    }
}

/// `--format` takes the library's report formats, listed once there.
extension ReportFormat: ExpressibleByArgument {}

/// `--fail-on`: a severity, at or above which a finding fails the run, or
/// `never` (alias `none`) for report-only runs, as `conftest --no-fail` and
/// Semgrep without `--error`: findings are written and the exit is 0.
enum FailThreshold: Equatable, ExpressibleByArgument, CustomStringConvertible {
    case severity(Severity)
    case never

    init?(argument: String) {
        switch argument.lowercased() {
        case "never", "none": self = .never
        default:
            guard let severity = Severity(rawValue: argument.lowercased()) else { return nil }
            self = .severity(severity)
        }
    }

    /// Whether a finding of `severity` fails the run.
    func fails(_ severity: Severity) -> Bool {
        switch self {
        case .severity(let threshold): severity >= threshold
        case .never: false
        }
    }

    var description: String {
        switch self {
        case .severity(let s): s.rawValue
        case .never: "never"
        }
    }

    var defaultValueDescription: String { description }

    static var allValueStrings: [String] { Severity.allCases.map(\.rawValue) + ["never", "none"] }

    /// Shell completions offer every value (not automatic: the type is not `CaseIterable`).
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
