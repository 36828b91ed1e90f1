/// Lowers checked expressions into closure trees (``Evaluator``), once.
///
/// Every name is resolved here: locals become slot reads, fields become
/// direct reads of the model, calls bind the builtin's fixed-arity
/// implementation. Nothing on the evaluation path looks a name up or walks
/// the syntax tree. Inside comprehensions, subexpressions that do not depend
/// on the loop are hoisted (`Compiler+Hoisting.swift`).
final class Compiler {
    let checked: CheckedExpr
    let schema: Schema
    /// Next free slot: hoisted values take slots after the checker's.
    var nextSlot: Int
    /// Slots each node reads that are not bound inside it.
    var free: [Int: Set<Int>] = [:]
    /// Enclosing comprehensions, outermost first.
    var loops: [LoopScope] = []
    /// Dated parameters read per act date (hour and window rules), with their
    /// names for messages; empty for every other rule (`Compiler+DatedReads.swift`).
    let datedReads: [Int: (schedule: ParamSchedule, name: String)]
    /// Comprehensions over dated elements around the node being lowered.
    var datedLoopDepth = 0
    /// Dated parameters read where no element gives a date.
    var readOnce: Set<String> = []
    /// The rule's traced reads (``Trace``), or `nil` outside a rule.
    let tracing: ParamTracing?

    init(checked: CheckedExpr, schema: Schema, nextSlot: Int, datedReads: [Int: (schedule: ParamSchedule, name: String)] = [:],
         tracing: ParamTracing? = nil) {
        self.checked = checked
        self.schema = schema
        self.nextSlot = nextSlot
        self.datedReads = datedReads
        self.tracing = tracing
    }

    /// Compiles `checked`; `slots` grows by the slots hoisted values need, and
    /// `readOnce` by the dated parameters read outside any dated element.
    static func compile(_ checked: CheckedExpr, schema: Schema, slots: inout Int,
                        datedReads: [Int: (schedule: ParamSchedule, name: String)] = [:],
                        readOnce: inout Set<String>, tracing: ParamTracing? = nil) -> Evaluator {
        let compiler = Compiler(checked: checked, schema: schema, nextSlot: slots, datedReads: datedReads, tracing: tracing)
        _ = compiler.freeSlots(checked.expr)
        let evaluator = compiler.lower(checked.expr)
        slots = compiler.nextSlot
        readOnce.formUnion(compiler.readOnce)
        return evaluator
    }

    static func compile(_ checked: CheckedExpr, schema: Schema, slots: inout Int) -> Evaluator {
        var ignored: Set<String> = []
        return compile(checked, schema: schema, slots: &slots, readOnce: &ignored)
    }

    /// Lowers `e`, hoisting it out of enclosing loops when it does not depend on them.
    func lower(_ e: Expr) -> Evaluator {
        if let hoisted = hoist(e) { return hoisted }
        return lowerInPlace(e)
    }

    func lowerInPlace(_ e: Expr) -> Evaluator {
        switch e.kind {
        case .number(let v, let unit):
            let value = Value.quantity(v, unit.flatMap { Unit(symbol: $0) } ?? .one)
            return { _ in value }
        case .string(let s): let value = Value.string(s); return { _ in value }
        case .bool(let b): let value = Value.bool(b); return { _ in value }
        case .null: return { _ in .null }
        case .date(let d): let value = Value.date(d.dayNumber); return { _ in value }
        case .time(let t): let value = Value.time(t); return { _ in value }
        case .months(let m): let value = Value.months(m); return { _ in value }
        case .identifier: return identifier(e)
        case .list(let items):
            let parts = items.map(lower)
            return { c in .list(try parts.map { try $0(c) }) }
        case .member(let base, _, _): return member(e, base)
        case .index(let base, let index):
            if let row = tracedRow(base, index) { return row }
            return Compiler.index(lower(base), lower(index))
        case .call(let name, let args, _): return call(e, name, args)
        case .comprehension(let name, let collection, _, let body): return comprehension(e, name, collection, body)
        case .unary(let op, let operand): return Compiler.unary(op, lower(operand))
        case .binary(let op, let a, let b): return Compiler.binary(op, lower(a), lower(b))
        case .conditional(let c, let a, let b):
            let cond = lower(c), yes = lower(a), no = lower(b)
            return { ctx in
                switch try cond(ctx) {
                case .bool(true): return try yes(ctx)
                case .bool(false): return try no(ctx)
                default: return .null
                }
            }
        }
    }

    func identifier(_ e: Expr) -> Evaluator {
        switch checked.refs[e.id] {
        case .local(let slot)?:
            if tracing?.slots.contains(slot) == true { return Compiler.tracedSlot(slot) }
            return { c in c.slots[slot] }
        case .root(let name)?:
            guard let root = schema.root(name) else { return { _ in .null } }
            let read = root.read
            return { c in read(c) }
        default: return { _ in .null }
        }
    }

    func member(_ e: Expr, _ base: Expr) -> Evaluator {
        switch checked.refs[e.id] {
        case .param(let index)?:
            if let bit = tracing?.whole[index] { return Compiler.traced(bit, paramRead(index)) }
            return paramRead(index)
        case .field(let field)?:
            let object = lower(base)
            switch field.access {
            case .model(let read):
                return { c in
                    guard case .object(let ref) = try object(c) else { return .null }
                    return read(ref, c)
                }
            case .record(let position):
                return { c in
                    guard case .record(let r) = try object(c), position < r.fields.count else { return .null }
                    return r.fields[position]
                }
            }
        default:
            // A table row by key: `params.table.key`.
            guard case .member(_, let name, _) = e.kind else { return { _ in .null } }
            if case .param(let p)? = checked.refs[base.id], let tracing, tracing.rows[p] != nil {
                let table = paramRead(p)
                let read: Evaluator = { c in
                    guard case .table(let t) = try table(c) else { return .null }
                    return t[name] ?? .null
                }
                // A key with no row reads nothing.
                return tracing.rows[p]?[name].map { Compiler.traced($0, read) } ?? read
            }
            let object = lower(base)
            return { c in
                guard case .table(let t) = try object(c) else { return .null }
                return t[name] ?? .null
            }
        }
    }

    /// The value of parameter `index` in scope, without tracing.
    func paramRead(_ index: Int) -> Evaluator {
        if let dated = datedReads[index] {
            if datedLoopDepth == 0 { readOnce.insert(dated.name) }
            return datedRead(dated.schedule, name: dated.name)
        }
        return { c in c.params[index] }
    }

    static func index(_ base: @escaping Evaluator, _ index: @escaping Evaluator) -> Evaluator {
        { c in
            switch (try base(c), try index(c)) {
            case (let list, .quantity(let i, _)) where list.elements != nil:
                guard let l = list.elements else { return .null }
                guard let k = Int(exactly: i), k >= 0, k < l.count else { return .null }
                return l[k]
            case (.table(let t), .string(let key)):
                return t[key] ?? .null
            default:
                return .null
            }
        }
    }

    func call(_ e: Expr, _ name: String, _ args: [Expr]) -> Evaluator {
        let parts = args.map(lower)
        if name == "has", let arg = parts.first {
            return { c in .bool(!(try arg(c)).isNull) }
        }
        guard case .function(let builtin)? = checked.refs[e.id] else { return { _ in .null } }
        switch (builtin.impl, parts.count) {
        case (.one(let f), 1):
            let a = parts[0]
            return { c in try f(try a(c), c) }
        case (.two(let f), 2):
            let a = parts[0], b = parts[1]
            return { c in try f(try a(c), try b(c), c) }
        case (.three(let f), 3):
            let a = parts[0], b = parts[1], d = parts[2]
            return { c in try f(try a(c), try b(c), try d(c), c) }
        default:
            return { _ in .null }
        }
    }
}
