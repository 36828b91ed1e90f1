/// Loop-invariant hoisting: inside `xs.filter(h, corrected(h, outlet.referenceO2) > limit.quantity)`,
/// `outlet.referenceO2` and `limit.quantity` do not depend on `h`, so they are
/// computed once per run of the loop instead of once per element.
///
/// Hoisting is lazy, so it never changes what a rule means: a hoisted value is
/// computed the first time the loop body reaches it (a branch never taken is
/// never evaluated, and cannot raise an evaluation error), then reused until
/// the loop starts again.
extension Compiler {
    /// One enclosing comprehension while its body is lowered.
    final class LoopScope {
        /// The loop's variable and every slot bound by comprehensions in its body.
        let bound: Set<Int>
        /// Memo slots to invalidate each time the loop starts.
        var memos: [Int] = []

        init(bound: Set<Int>) { self.bound = bound }
    }

    /// Slots `e` reads that are not bound inside `e` (recorded for every node).
    @discardableResult
    func freeSlots(_ e: Expr) -> Set<Int> {
        var slots: Set<Int> = []
        switch e.kind {
        case .identifier:
            if case .local(let s)? = checked.refs[e.id] { slots = [s] }
        case .list(let items): for item in items { slots.formUnion(freeSlots(item)) }
        case .member(let base, _, _):
            slots = freeSlots(base)
            if isDatedRead(e) { slots.insert(Compiler.actDaySlot) }
        case .index(let a, let b): slots = freeSlots(a).union(freeSlots(b))
        case .call(_, let args, _): for arg in args { slots.formUnion(freeSlots(arg)) }
        case .comprehension(_, let collection, _, let body):
            var inner = freeSlots(body)
            if case .local(let s)? = checked.refs[e.id] { inner.remove(s) }
            if elementDate(collection) != nil { inner.remove(Compiler.actDaySlot) }
            slots = freeSlots(collection).union(inner)
        case .unary(_, let a): slots = freeSlots(a)
        case .binary(_, let a, let b): slots = freeSlots(a).union(freeSlots(b))
        case .conditional(let a, let b, let c): slots = freeSlots(a).union(freeSlots(b)).union(freeSlots(c))
        default: break
        }
        free[e.id] = slots
        return slots
    }

    /// Slots bound by comprehensions anywhere inside `e`.
    func boundSlots(_ e: Expr) -> Set<Int> {
        var slots: Set<Int> = []
        switch e.kind {
        case .comprehension(_, let collection, _, let body):
            if case .local(let s)? = checked.refs[e.id] { slots.insert(s) }
            if elementDate(collection) != nil { slots.insert(Compiler.actDaySlot) }
            slots.formUnion(boundSlots(collection))
            slots.formUnion(boundSlots(body))
        case .list(let items): for item in items { slots.formUnion(boundSlots(item)) }
        case .member(let base, _, _): slots = boundSlots(base)
        case .index(let a, let b), .binary(_, let a, let b): slots = boundSlots(a).union(boundSlots(b))
        case .call(_, let args, _): for arg in args { slots.formUnion(boundSlots(arg)) }
        case .unary(_, let a): slots = boundSlots(a)
        case .conditional(let a, let b, let c): slots = boundSlots(a).union(boundSlots(b)).union(boundSlots(c))
        default: break
        }
        return slots
    }

    /// Literals, slot reads and parameters cost nothing to evaluate again.
    func isTrivial(_ e: Expr) -> Bool {
        switch e.kind {
        case .number, .string, .bool, .null, .date, .time, .months, .identifier: return true
        case .member:
            if case .param? = checked.refs[e.id] { return true }
            return false
        default: return false
        }
    }

    /// A memoised evaluator for `e` when it is invariant in the outermost
    /// possible enclosing loop; `nil` to lower it in place.
    func hoist(_ e: Expr) -> Evaluator? {
        guard !loops.isEmpty, !isTrivial(e) else { return nil }
        let reads = free[e.id] ?? []
        guard let k = loops.firstIndex(where: { $0.bound.isDisjoint(with: reads) }) else { return nil }
        let loop = loops[k]
        let saved = loops
        loops = Array(loops[..<k])
        let inner = lowerInPlace(e)
        loops = saved
        let slot = nextSlot
        nextSlot += 1
        loop.memos.append(slot)
        return { c in
            if c.memoized[slot] { return c.slots[slot] }
            let value = try inner(c)
            c.slots[slot] = value
            c.memoized[slot] = true
            return value
        }
    }

    /// Lowers a comprehension's body inside a new loop scope; returns the body
    /// and the memo slots the loop must invalidate when it starts.
    func lowerBody(of e: Expr, _ body: Expr, dated: Bool = false) -> (Evaluator, [Int]) {
        var bound = boundSlots(body)
        if case .local(let s)? = checked.refs[e.id] { bound.insert(s) }
        if dated { bound.insert(Compiler.actDaySlot); datedLoopDepth += 1 }
        let loop = LoopScope(bound: bound)
        loops.append(loop)
        let f = lower(body)
        loops.removeLast()
        if dated { datedLoopDepth -= 1 }
        return (f, loop.memos)
    }
}
