/// Reads that record themselves in the subject's ``Trace``: a binding's or
/// named value's slot adds the trace of what computed it; a parameter sets its
/// bit; a table read by key sets the row's bit, so a finding names the row it
/// used (`uleLimits[sintering-head]`), not the whole table.
extension Compiler {
    static func tracedSlot(_ slot: Int) -> Evaluator {
        { c in
            let t = c.slotTraces[slot]
            if !t.isEmpty { c.trace.formUnion(t) }
            return c.slots[slot]
        }
    }

    static func traced(_ bit: Int, _ read: @escaping Evaluator) -> Evaluator {
        let mask: UInt64 = 1 << UInt64(bit)
        return { c in
            c.trace.params |= mask
            return try read(c)
        }
    }

    /// `params.table[key]` with the row's bit set (none when the key has no
    /// row): `nil` when `base` is not a traced table parameter.
    func tracedRow(_ base: Expr, _ index: Expr) -> Evaluator? {
        guard case .member = base.kind, case .param(let p)? = checked.refs[base.id], let tracing,
              tracing.whole[p] != nil, tracing.rows[p] != nil else { return nil }
        let rows = tracing.rows[p] ?? [:]
        let table = paramRead(p), key = lower(index)
        return { c in
            let k = try key(c)
            // A key with no row reads nothing: the rule goes on without a value from the table.
            if let bit = k.string.flatMap({ rows[$0] }) { c.trace.params |= 1 << UInt64(bit) }
            guard case .table(let t) = try table(c), case .string(let name) = k else { return .null }
            return t[name] ?? .null
        }
    }
}
