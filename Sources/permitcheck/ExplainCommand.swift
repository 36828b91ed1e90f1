import ArgumentParser
import Foundation
import PermitCheck

/// `permitcheck explain FILING --rule ID [--subject POINTER]`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a rule reached its result for a filing. 逐步展示规则对一份申报的判定过程。")

    @OptionGroup var pack: PackOptions

    @Argument(help: "The filing (JSON).")
    var filing: String

    @Option(help: "Rule id.")
    var rule: String

    @Option(help: "Only this subject (JSON Pointer).")
    var subject: String?

    @Option(help: "Registry (registry-v1 JSON).")
    var registry: String?

    func run() throws {
        let compiled = try pack.load()
        let rule = try pack.rule(self.rule, in: compiled).id
        guard let data = FileManager.default.contents(atPath: filing) else {
            Console.error("cannot read \(filing) / 无法读取 \(filing)\n")
            throw ExitStatus.invalidInput
        }
        let engine = Engine(pack: compiled)
        let value: Filing
        switch ItemChecker(engine: engine).decode(BatchItem(source: filing, line: nil, content: .document([UInt8](data)))) {
        case .filing(let decoded): value = decoded
        case .inputError(let record):
            var text = TextWriter(language: pack.lang)
            Console.error(text.add(.inputError(record)))
            throw ExitStatus.invalidInput
        }
        let reference = try RegistryFile.load(registry, language: pack.lang)
        guard let explanation = engine.explain(value, registry: reference, rule: rule, subject: subject) else {
            throw ExitStatus.usage(LocalizedText(zh: "规则包 \(compiled.reference) 中没有规则 \(rule)", en: "no rule \(rule) in \(compiled.reference)"), language: pack.lang)
        }
        var out = "\(explanation.rule) — \(explanation.title.text(pack.lang)) (\(compiled.reference))\n"
        for step in explanation.law {
            out += "  \(step.role): \(step.expression)" + (step.value == "—" ? "" : " = \(step.value)") + "\n"
        }
        if explanation.subjects.isEmpty { out += pack.lang == .zh ? "没有检查对象（不适用）\n" : "no subjects (not applicable)\n" }
        for s in explanation.subjects {
            out += "\n● \(s.pointer.isEmpty ? "(filing)" : s.pointer) → \(s.outcome)\n"
            for step in s.steps {
                out += "  \(step.role): \(step.expression)\n      = \(step.value)\n"
            }
        }
        if let failure = explanation.failure { out += "\n✗ \(failure.text(pack.lang))\n" }
        Console.out(out)
    }
}
