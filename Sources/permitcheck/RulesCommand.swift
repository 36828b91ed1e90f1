import ArgumentParser
import PermitCheck

/// `permitcheck rules list|show ID|doc`: the catalog of a pack.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Show the rule catalog of a pack. 查看规则包目录。",
        subcommands: [List.self, Show.self, Doc.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per rule: id, severity, family, title.")
        @OptionGroup var pack: PackOptions

        func run() throws {
            let compiled = try pack.load()
            for r in compiled.rules {
                let severity = r.fixedSeverity?.rawValue ?? "varies"
                Console.out("\(r.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(severity.padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.family.padding(toLength: 20, withPad: " ", startingAt: 0)) \(r.title.text(pack.lang))\n")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One rule in full: title, severity, parameters with status and source, basis.")
        @OptionGroup var pack: PackOptions
        @Argument(help: "Rule id (case does not matter where only one id matches). 规则号。") var id: String

        func run() throws {
            let compiled = try pack.load()
            let r = try pack.rule(id, in: compiled)
            var out = "\(r.id) — \(r.title.zh) / \(r.title.en)\n"
            out += "  pack: \(compiled.reference)\n  family: \(r.family)\n  severity: \(r.fixedSeverity?.rawValue ?? r.severityText)\n"
            out += "  acts: \(r.acts.rawValue)" + (r.appliesFrom.map { " (applies from \($0))" } ?? "") + "\n"
            if r.basis.isEmpty { out += "  basis: — (a data check)\n" }
            for group in r.basis.byRange {
                out += "  basis \(group.range): \(group.entries.joined(separator: "; "))\n"
            }
            for name in r.parameterNames {
                guard let p = compiled.parameters.first(where: { $0.name == name }) else { continue }
                let dated = p.values.count > 1 || p.values.contains { $0.from != nil || $0.until != nil }
                if dated {
                    out += "  param \(p.name) (set by \(p.setBy)):\n"
                    for v in p.values {
                        let value = (v.key.map { "\($0): " } ?? "") + v.valueText
                        out += "    \(DateRangeText.text(v.from, v.until)): \(value) [\(v.status?.letter ?? "—")] source: \(v.source ?? "—")\n"
                    }
                } else {
                    out += "  param \(p.name) = \(p.valueText) [\(p.status?.letter ?? "—")] source: \(p.source ?? "—") (set by \(p.setBy))\n"
                }
                if let doc = p.doc { out += "    \(doc.text(pack.lang))\n" }
            }
            Console.out(out)
        }
    }

    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The catalog as Markdown (rules, then parameters with status and source).")
        @OptionGroup var pack: PackOptions

        func run() throws {
            Console.out(CatalogDocument.markdown(try pack.load()))
        }
    }
}
