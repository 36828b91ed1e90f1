import ArgumentParser
import PermitCheck

/// `permitcheck lint PACK...`: compile packs and print their diagnostics.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Compile rule packs and report every diagnostic. 编译规则包并报告全部问题。")

    @Argument(help: "Rule packs: paths (.yaml files or folders) or bundled pack names; default: every bundled pack.")
    var packs: [String] = []

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "Language of messages: zh or en (default: from the locale).")
    var lang: Language = .fromEnvironment

    func run() throws {
        var failed = false
        var all: [Diagnostic] = []
        var sources: [SourceFile] = []
        for path in packs.isEmpty ? PackFiles.bundledPackNames : packs {
            do {
                let pack = try RulePack.loadPathOrBundled(path)
                let warned = pack.warnings.isEmpty ? "ok" : "ok, \(pack.warnings.count) warning(s)"
                if format == "text" { Console.error("\(path): \(pack.reference), \(pack.rules.count) rules — \(warned)\n") }
                all += pack.warnings
                sources += pack.sourceFiles
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
