import ArgumentParser
import PermitCheck

/// `permitcheck`: check environmental-permit filings against rule packs.
@main
struct PermitCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permitcheck",
        abstract: "Check pollutant-discharge-permit filings against rule packs. 按规则包检查排污许可执行报告。",
        version: PermitCheckVersion.engine,
        subcommands: [CheckCommand.self, TestCommand.self, LintCommand.self, RulesCommand.self, DumpCommand.self, ServeCommand.self]
    )
}

/// Exit codes, as documented in README.md.
enum ExitStatus {
    /// Findings at or above `--fail-on`, or failing pack tests.
    static let findings = ExitCode(1)
    /// A filing or rule pack that cannot be read or compiled.
    static let invalidInput = ExitCode(65)
}

/// Options shared by commands that load packs.
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "Rule pack: a .yaml file or a folder of them. 规则包路径。")
    var rules: String

    @Option(help: "Language of messages: zh or en. 输出语言。")
    var lang: Language = .zh

    /// Compiles the pack or prints its diagnostics and exits 65.
    func load() throws -> CompiledPack {
        do {
            return try RulePack.load(path: rules)
        } catch {
            Console.error(DiagnosticRenderer(sources: error.sources).text(error.diagnostics, language: lang))
            throw ExitStatus.invalidInput
        }
    }
}

extension Language: ExpressibleByArgument {}
