import ArgumentParser
import PermitCheck

/// `permitcheck dump`: print a rule at one stage of the pipeline.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a rule as parsed, checked or compiled. 输出规则在各阶段的形式。")

    @Option(name: .customLong("rules"), help: "Rule pack: a .yaml file or a folder of them.")
    var rules: String?

    @Option(help: "Rule id.")
    var rule: String?

    @Flag(help: "Print the generated language reference (names, fields, functions) as Markdown.")
    var reference = false

    @Option(help: "Stage: syntax, checked or compiled.")
    var stage: String = "checked"

    func run() throws {
        if reference { return Console.out(LanguageReference.markdown()) }
        guard let rules, let rule else { throw ValidationError("give --rules and --rule, or --reference") }
        let compiled: CompiledPack
        do {
            compiled = try RulePack.load(path: rules)
        } catch {
            Console.error(DiagnosticRenderer(sources: error.sources).text(error.diagnostics, language: .en))
            throw ExitStatus.invalidInput
        }
        guard let s = DumpStage(rawValue: stage) else { throw ValidationError("unknown stage \(stage): syntax, checked or compiled") }
        let r: CompiledRule
        do { r = try compiled.resolveRule(rule) } catch { throw ExitStatus.usage(error.message, language: .en) }
        Console.out(r.dump(s))
    }
}
