import ArgumentParser
import Foundation
import Glibc
import PermitCheck

/// `permitcheck audit PATH...`: a batch audit on all cores, streaming, output
/// in input order, with progress on a terminal and a summary at the end.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit many filings in parallel. 并行批量审核申报。",
        discussion: """
        Reads folders (recursively), JSON Lines, gzip files and standard input (-). \
        With JSON Lines in on standard input and --format jsonl out, it is a filter \
        any batch engine can pipe filings through.
        """)

    @OptionGroup var options: BatchOptions

    @Option(help: "Threads checking filings (default: all cores). 并行线程数。")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Check only the I-th of N deterministic partitions (1-based, e.g. 2/4). 分片审核。")
    var shard: String?

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Self.parse(shard) == nil { throw ValidationError("--shard must be I/N with 1 ≤ I ≤ N, e.g. 2/4") }
    }

    static func parse(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        return (i - 1, n)
    }

    func run() throws {
        let progress = isatty(2) != 0 ? Progress(language: options.pack.lang, total: options.batch.estimatedCount()) : nil
        let (summary, worst) = try options.run(jobs: jobs, shard: shard.flatMap(Self.parse), progress: progress)
        if options.format != .text || options.output != nil {
            var text = TextWriter(language: options.pack.lang)
            Console.error(text.finish(summary))
        }
        try options.exit(summary, worst)
    }
}

/// A progress line on standard error (a terminal only): filings done, rate,
/// elapsed and, when the batch size is known, a bar and the time left.
final class Progress {
    let language: Language
    let total: Int?
    let started = ContinuousClock.now
    var last = ContinuousClock.now

    init(language: Language, total: Int?) {
        self.language = language
        self.total = total
    }

    func tick(_ summary: AuditSummary) {
        let now = ContinuousClock.now
        guard now - last > .milliseconds(200) else { return }
        last = now
        let seconds = max(0.001, Double((now - started).components.attoseconds) * 1e-18 + Double((now - started).components.seconds))
        let done = summary.filings + summary.inputErrors
        let rate = Double(done) / seconds
        var bar = ""
        var left = ""
        if let total, total > 0 {
            let share = min(1, Double(done) / Double(total))
            let filled = Int(share * 24)
            bar = "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: 24 - filled) + "] \(done)/\(total) "
            let remaining = rate > 0 ? Int(Double(max(0, total - done)) / rate) : 0
            left = language == .zh ? " · 剩余约 \(remaining) 秒" : " · ~\(remaining) s left"
        }
        let text = language == .zh
            ? "\(bar)已检查 \(done) 份 · \(Int(rate)) 份/秒 · 用时 \(Int(seconds)) 秒\(left) · 发现 \(summary.findings) · 输入错误 \(summary.inputErrors)"
            : "\(bar)\(done) filings · \(Int(rate))/s · \(Int(seconds)) s\(left) · \(summary.findings) findings · \(summary.inputErrors) input errors"
        Console.error("\r\u{1B}[2K" + text)
    }

    func done() { Console.error("\r\u{1B}[2K") }
}
