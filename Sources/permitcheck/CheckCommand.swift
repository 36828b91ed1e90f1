import ArgumentParser
import Foundation
import PermitCheck

/// `permitcheck check FILE...`: check filings and print findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check filings against a rule pack. 按规则包检查申报。")

    @OptionGroup var pack: PackOptions

    @Argument(help: "Filings: .json, .jsonl, .gz, folders, or - for standard input.")
    var filings: [String]

    @Option(help: "Registry (registry-v1 JSON).")
    var registry: String?

    @Option(help: "Output format: text, json or jsonl.")
    var format: String = "text"

    @Option(help: "Exit with 1 when a finding is at or above this severity.")
    var failOn: Severity = .high

    func run() throws {
        let compiled = try pack.load()
        let engine = Engine(pack: compiled)
        let reference = try loadRegistry()
        var worst: Severity?
        var inputErrors = 0
        var reports: [JSONValue] = []
        for item in BatchReader(inputs: filings) {
            let decoded = item.decodeFiling()
            guard let filing = decoded.value else {
                inputErrors += 1
                let record = InputErrorRecord(source: item.source, line: item.line, problems: decoded.problems)
                if format == "text" { Console.error(TextReport.inputError(record, language: pack.lang)) } else { Console.out(JSONWriter().string(record.json) + "\n") }
                continue
            }
            let report = engine.check(filing, registry: reference)
            for f in report.findings where worst == nil || f.severity > (worst ?? .info) { worst = f.severity }
            switch format {
            case "jsonl": for f in report.findings { Console.out(JSONWriter().string(f.json) + "\n") }
            case "json": reports.append(report.json)
            default: Console.out(TextReport.report(report, language: pack.lang))
            }
        }
        if format == "json" { Console.out(JSONWriter(pretty: true).string(.array(reports)) + "\n") }
        if let worst, worst >= failOn { throw ExitStatus.findings }
        if inputErrors > 0 { throw ExitStatus.invalidInput }
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

extension Severity: ExpressibleByArgument {}

/// Text output for a terminal: findings grouped by filing.
enum TextReport {
    static func report(_ r: Report, language: Language) -> String {
        var out = "\(r.filing) (\(r.enterprise)) — \(r.pack): "
        out += language == .zh ? "\(r.findings.count) 项发现\n" : "\(r.findings.count) findings\n"
        for f in r.findings {
            out += "  [\(f.severity.rawValue)] \(f.rule) \(f.subject)\n    \(f.message.text(language))\n"
            if f.evidence.count > 0 { out += "    \(JSONWriter().string(.object(f.evidence)))\n" }
        }
        for e in r.failures { out += "  [error] \(e.rule) \(e.subject ?? ""): \(e.message.text(language))\n" }
        return out
    }

    static func inputError(_ e: InputErrorRecord, language: Language) -> String {
        let place = e.source + (e.line.map { ":\($0)" } ?? "")
        return e.problems.filter { $0.severity == .error }
            .map { "\(place):\($0.line):\($0.column): \($0.code) \($0.pointer): \($0.message.text(language))\n" }.joined()
    }
}
