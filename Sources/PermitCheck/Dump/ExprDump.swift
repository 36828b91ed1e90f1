/// Printed forms of each pipeline stage, for tests and debugging:
/// *syntax* (the tree as parsed), *checked* (with every node's type) and
/// *compiled* (with every name resolved to a slot, parameter, field or builtin).
package enum DumpStage: String, Sendable, CaseIterable {
    case syntax, checked, compiled
}

enum ExprDump {
    static func render(_ e: Expr, _ stage: DumpStage, _ checked: CheckedExpr?) -> String {
        let body = node(e, stage, checked)
        guard stage == .checked, let t = checked?.types[e.id] else { return body }
        return "\(body) : \(t)"
    }

    private static func node(_ e: Expr, _ stage: DumpStage, _ c: CheckedExpr?) -> String {
        func r(_ x: Expr) -> String { render(x, stage, c) }
        switch e.kind {
        case .number(let v, let unit): return unit.map { "\(NumberFormat.plain(v)) \($0)" } ?? NumberFormat.plain(v)
        case .string(let s): return jsonString(s)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .date(let d): return d.description
        case .time(let t): return t.description
        case .months(let m): return "\(m)mo"
        case .identifier(let name):
            guard stage == .compiled else { return name }
            switch c?.refs[e.id] {
            case .local(let slot)?: return "(slot \(slot) \(name))"
            case .root(let root)?: return "(root \(root))"
            default: return name
            }
        case .list(let items): return "[" + items.map(r).joined(separator: " ") + "]"
        case .member(let base, let name, let optional):
            if stage == .compiled, case .param(let index)? = c?.refs[e.id] { return "(param \(index) \(name))" }
            let op = optional ? "?." : "."
            if stage == .compiled, case .field(let f)? = c?.refs[e.id], case .record(let position) = f.access {
                return "(record-field \(position) \(name) \(r(base)))"
            }
            return "(\(op)\(name) \(r(base)))"
        case .index(let base, let index): return "(index \(r(base)) \(r(index)))"
        case .call(let name, let args, _):
            let head = stage == .compiled ? (name == "has" ? "has" : "builtin \(name)/\(args.count)") : name
            return "(\(head)" + args.map { " " + r($0) }.joined() + ")"
        case .comprehension(let name, let collection, let variable, let body):
            var bound = variable
            if stage == .compiled, case .local(let slot)? = c?.refs[e.id] { bound = "slot \(slot) \(variable)" }
            return "(\(name) \(r(collection)) [\(bound)] \(r(body)))"
        case .unary(let op, let operand): return "(\(op) \(r(operand)))"
        case .binary(let op, let a, let b): return "(\(op) \(r(a)) \(r(b)))"
        case .conditional(let x, let a, let b): return "(if \(r(x)) \(r(a)) \(r(b)))"
        }
    }
}

extension CompiledRule {
    /// The rule at one stage: each role (`for.x`, `let.x`, `when`, `evidence.x`) on a line.
    package func dump(_ stage: DumpStage) -> String {
        checked.map { "\($0.role): \(ExprDump.render($0.expr.expr, stage, $0.expr))" }.joined(separator: "\n") + "\n"
    }
}

/// Parses one expression and prints its syntax tree (or the parse errors).
package func dumpSyntax(_ text: String) -> String {
    var parser = Parser(text)
    let e = parser.parse()
    if let error = parser.errors.first { return "error at \(error.range.lowerBound): \(error.message.en)" }
    return ExprDump.render(e, .syntax, nil)
}
