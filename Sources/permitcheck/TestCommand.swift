import ArgumentParser
import PermitCheck

/// `permitcheck test PACK...`: run the test cases that live with the rules.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule-pack tests. 运行规则包自带的测试用例。")

    @Argument(help: "Rule packs: paths (.yaml files or folders) or bundled pack names; default: every bundled pack.")
    var packs: [String] = []

    @Option(help: "Language of messages: zh or en (default: from the locale).")
    var lang: Language = .fromEnvironment

    @Option(help: "Output format: text, or junit (JUnit XML for CI). 输出格式。")
    var format: TestFormat = .text

    func run() throws {
        var failures = 0
        var summaries: [PackTestSummary] = []
        for path in packs.isEmpty ? PackFiles.bundledPackNames : packs {
            let pack: CompiledPack
            do {
                pack = try RulePack.loadPathOrBundled(path)
            } catch {
                Console.error(DiagnosticRenderer(sources: error.sources).text(error.diagnostics, language: lang))
                throw ExitStatus.invalidInput
            }
            let summary = PackTester.run(pack)
            if format == .text { Console.out(TestReport.text(summary, language: lang)) }
            summaries.append(summary)
            failures += summary.failed.count
        }
        if format == .junit { Console.out(PackTestJUnit.xml(summaries, language: lang)) }
        if failures > 0 { throw ExitStatus.findings }
    }
}

/// `permitcheck test --format` values.
enum TestFormat: String, ExpressibleByArgument, CaseIterable {
    case text, junit
}

/// Text summary of a pack's tests: a line per rule, each failure with its differences.
enum TestReport {
    static func text(_ s: PackTestSummary, language: Language) -> String {
        var out = "\(s.pack)\n"
        var rules: [String] = []
        for r in s.results where !rules.contains(r.rule) { rules.append(r.rule) }
        for rule in rules {
            let cases = s.results.filter { $0.rule == rule }
            let failed = cases.filter { !$0.passed }
            out += "  \(failed.isEmpty ? "PASS" : "FAIL") \(rule) (\(cases.count - failed.count)/\(cases.count))\n"
            for f in failed {
                out += "    ✗ \(f.name) — \(f.location)\n"
                for p in f.problems { out += "      \(p.text(language))\n" }
            }
        }
        let zh = language == .zh
        if !s.rulesWithoutFiringCase.isEmpty {
            out += zh ? "  缺少触发用例的规则：" : "  rules without a firing case: "
            out += s.rulesWithoutFiringCase.joined(separator: ", ") + "\n"
        }
        if !s.rulesWithoutPassingCase.isEmpty {
            out += zh ? "  缺少通过用例的规则：" : "  rules without a passing case: "
            out += s.rulesWithoutPassingCase.joined(separator: ", ") + "\n"
        }
        let passed = s.results.count - s.failed.count
        out += "\(passed) passed, \(s.failed.count) failed\n"
        return out
    }
}
