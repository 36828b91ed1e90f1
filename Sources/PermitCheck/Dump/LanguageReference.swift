/// The generated part of the language reference (Rules/README.md): every
/// name in scope, every field of the filing and registry schema, and every
/// function of the domain library, straight from the tables the checker uses.
package enum LanguageReference {
    package static func markdown() -> String {
        var out = "### Names in scope\n\n| name | type | meaning |\n| --- | --- | --- |\n"
        for (name, root) in Schema.filing.roots {
            out += "| `\(name)` | `\(root.type)` | \(root.doc) |\n"
        }
        out += "| `params.NAME` | as declared | a pack parameter |\n"
        out += "\n### Fields\n\n| field | type | meaning |\n| --- | --- | --- |\n"
        for name in Schema.filing.types.keys.sorted() {
            guard let type = Schema.filing.types[name] else { continue }
            for field in type.fields {
                out += "| `\(name).\(field.name)` | `\(field.field.type)` | \(field.field.doc) |\n"
            }
        }
        out += "\n### Functions\n\n| function | meaning | 说明 |\n| --- | --- | --- |\n"
        for builtin in Library.all {
            out += "| `\(builtin.signature)` | \(builtin.doc.en) | \(builtin.doc.zh) |\n"
        }
        return out
    }
}
