import ArgumentParser
import PermitCheck

/// `permitcheck lint PACK...`: compile packs and print their diagnostics.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Compile rule packs and report every diagnostic. 编译规则包并报告全部问题。")

    @Argument(help: "Rule packs (.yaml files or folders).")
    var packs: [String]

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "Language of messages: zh or en.")
    var lang: Language = .zh

    func run() throws {
        var failed = false
        var all: [Diagnostic] = []
        var sources: [SourceFile] = []
        for path in packs {
            do {
                let pack = try RulePack.load(path: path)
                if format == "text" { Console.error("\(path): \(pack.reference), \(pack.rules.count) rules — ok\n") }
            } catch {
                failed = true
                all += error.diagnostics
                sources += error.sources
            }
        }
        let renderer = DiagnosticRenderer(sources: sources)
        if format == "json" { Console.out(renderer.json(all)) } else { Console.out(renderer.text(all, language: lang)) }
        if failed { throw ExitStatus.invalidInput }
    }
}
