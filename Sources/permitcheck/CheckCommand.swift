import ArgumentParser
import PermitCheck

/// `permitcheck check FILE...`: check filings and write findings in one of
/// the report formats (`PermitCheck/Reports`).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check filings against a rule pack. 按规则包检查申报。")

    @OptionGroup var options: BatchOptions

    func run() throws {
        let (summary, worst) = try options.run(jobs: 1, shard: nil, progress: nil)
        // The text report says it at the top; other formats go to tools, so say it here too.
        if options.format != .text || options.output != nil, !summary.registryGaps.isEmpty {
            let l = options.pack.lang
            Console.error(RegistryGap.heading.text(l) + ":\n" + summary.registryGaps.map { "  \($0.line(l))\n" }.joined())
        }
        try options.exit(summary, worst)
    }
}
