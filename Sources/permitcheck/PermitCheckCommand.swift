import Foundation
import ArgumentParser
import PermitCheck

/// `permitcheck`: check environmental-permit filings against rule packs.
@main
struct PermitCheckCommand: AsyncParsableCommand {
    /// Exit codes as documented: usage errors 64, our own `ExitCode`s as thrown,
    /// and 70 for anything unexpected (an internal failure, never a finding).
    static func main() async {
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            Console.out(versionText())
            return
        }
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            let code = exitCode(for: error)
            if code == .failure, !(error is ValidationError) {
                Console.error("internal error / 内部错误: \(error)\n")
                exit(withError: ExitCode(70))
            }
            exit(withError: error)
        }
    }

    /// `permitcheck --version`: the engine, then each bundled pack with its
    /// version and content hash (what findings and the audit trail name), so a
    /// report can be traced to the binary that wrote it.
    static func versionText() -> String {
        var out = "permitcheck \(PermitCheckVersion.engine)\n"
        for name in PackFiles.bundledPackNames {
            do {
                let pack = try RulePack.bundled(name)
                out += "  pack \(pack.reference) (bundled, content \(pack.contentHash))\n"
            } catch {
                out += "  pack \(name) (bundled; does not compile: `permitcheck lint \(name)`)\n"
            }
        }
        return out
    }

    static let configuration = CommandConfiguration(
        commandName: "permitcheck",
        abstract: "Check pollutant-discharge-permit filings against rule packs. 按规则包检查排污许可执行报告。",
        version: PermitCheckVersion.engine,
        subcommands: [
            CheckCommand.self, AuditCommand.self, TestCommand.self, LintCommand.self, ExplainCommand.self,
            RulesCommand.self, SchemaCommand.self, ServeCommand.self, DumpCommand.self,
        ]
    )
}

/// Exit codes, as documented in README.md.
enum ExitStatus {
    /// Findings at or above `--fail-on`, or failing pack tests.
    static let findings = ExitCode(1)
    /// A filing or rule pack that cannot be read or compiled.
    static let invalidInput = ExitCode(65)
    /// A usage error (an unknown option value, rule or family).
    static let usage = ExitCode(64)

    /// Prints `message` in both languages (the chosen one first) and returns
    /// the usage status to throw. Not a `ValidationError`, which would print
    /// the root command's usage text after a message that names a rule.
    static func usage(_ message: LocalizedText, language: Language) -> ExitCode {
        let other: Language = language == .zh ? .en : .zh
        Console.error("permitcheck: \(message.text(language))\npermitcheck: \(message.text(other))\n")
        return usage
    }
}

/// Options shared by commands that load packs: the bundled packs by default,
/// `--rules PATH` (repeatable) to add packs or replace a bundled one of the
/// same name, `--pack NAME` to choose which runs.
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A rule pack (.yaml file or folder) to add; repeatable. 追加或替换规则包。")
    var rules: [String] = []

    @Option(help: "The pack to run: cn-national (default), wuhan, or the name of a --rules pack. 选用的规则包。")
    var pack: String?

    @Option(name: .customLong("lang"), help: "Language of messages: zh or en (default: from LANG/LC_ALL). 输出语言。")
    var language: Language?

    /// The chosen language: `--lang`, else Chinese when the locale is Chinese, else English.
    var lang: Language { language ?? Language.fromEnvironment }

    /// The chosen pack, compiled; diagnostics are printed and the command exits 65 on failure.
    func load() throws -> CompiledPack {
        do {
            var loaded: [CompiledPack] = []
            for path in rules { loaded.append(try RulePack.load(path: path)) }
            if let name = pack {
                if let chosen = loaded.last(where: { $0.name == name }) { return chosen }
                guard PackFiles.bundledPackNames.contains(name) else {
                    Console.error("no pack named \(name); bundled: \(PackFiles.bundledPackNames.joined(separator: ", ")) / 没有名为 \(name) 的规则包\n")
                    throw ExitCode(64)
                }
                return try RulePack.bundled(name)
            }
            if loaded.count == 1, let only = loaded.first { return only }
            if let national = loaded.last(where: { $0.name == "cn-national" }) { return national }
            return try RulePack.bundled("cn-national")
        } catch let failure as CompileFailure {
            Console.error(DiagnosticRenderer(sources: failure.sources).text(failure.diagnostics, language: lang))
            throw ExitStatus.invalidInput
        }
    }
}

extension PackOptions {
    /// The rule `id` names in `pack` (exact, or the one id equal ignoring
    /// case); an unknown or ambiguous id is a usage error with "did you mean".
    func rule(_ id: String, in pack: CompiledPack) throws -> CompiledRule {
        do { return try pack.resolveRule(id) } catch { throw ExitStatus.usage(error.message, language: lang) }
    }

    /// `selection` with its ids and families as `pack` writes them; an unknown one is a usage error.
    func resolve(_ selection: RuleSelection, in pack: CompiledPack) throws -> RuleSelection {
        do { return try selection.resolved(in: pack) } catch { throw ExitStatus.usage(error.message, language: lang) }
    }
}

extension Language {
    /// Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` names a Chinese locale.
    static var fromEnvironment: Language {
        let env = ProcessInfo.processInfo.environment
        let locale = env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"] ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
    }
}

extension Language: ExpressibleByArgument {}

extension RulePack {
    /// A path on disk, or the name of a bundled pack when no such path exists.
    static func loadPathOrBundled(_ argument: String) throws(CompileFailure) -> CompiledPack {
        if !FileManager.default.fileExists(atPath: argument), PackFiles.bundledPackNames.contains(argument) {
            return try RulePack.bundled(argument)
        }
        return try RulePack.load(path: argument)
    }
}
