import ArgumentParser
import PermitCheck

/// `permitcheck dump`: print a rule at one stage of the pipeline.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a rule as parsed, checked or compiled. 输出规则在各阶段的形式。")

    @OptionGroup var pack: PackOptions

    @Option(help: "Rule id.")
    var rule: String

    @Option(help: "Stage: syntax, checked or compiled.")
    var stage: String = "checked"

    func run() throws {
        let compiled = try pack.load()
        guard let r = compiled.rule(rule), let s = DumpStage(rawValue: stage) else {
            throw ValidationError("no rule \(rule) in \(compiled.reference), or unknown stage \(stage)")
        }
        Console.out(r.dump(s))
    }
}
