/// An expression after checking: the tree plus side tables keyed by node id.
struct CheckedExpr: Sendable {
    let expr: Expr
    /// The inferred type of every node.
    let types: [Int: ValueType]
    /// What each identifier, parameter and call resolved to.
    let refs: [Int: Resolution]
    /// The source text, for `dump` and `explain`.
    let text: String
    /// The expression did not check (its errors are already reported).
    let failed: Bool

    var type: ValueType { types[expr.id] ?? .null }
}

/// What a name in an expression refers to.
enum Resolution: Sendable {
    /// A local slot: a subject binding, a `let` value or a comprehension variable.
    case local(Int)
    /// A pack parameter, by index into the compiled pack's parameter values.
    case param(Int)
    /// A top-level field of the filing (or `filing` / `registry` themselves).
    case root(String)
    /// A domain-library function.
    case function(Builtin)
    /// A field of an object or record.
    case field(Schema.Field)
}

/// Names in scope while checking one rule.
struct Scope {
    private(set) var locals: [String: (type: ValueType, slot: Int)] = [:]
    /// Next free slot; shared by nested scopes so slots never collide.
    private(set) var slotCount = 0
    /// Names whose definitions failed to check: uses stay quiet instead of cascading.
    private(set) var poisoned: Set<String> = []

    mutating func poison(_ name: String) { poisoned.insert(name) }

    mutating func declare(_ name: String, _ type: ValueType) -> Int {
        let slot = slotCount
        slotCount += 1
        locals[name] = (type, slot)
        return slot
    }

    /// A copy with `name` bound to a fresh slot; the caller adopts `slotCount` afterwards.
    func binding(_ name: String, _ type: ValueType) -> (Scope, Int) {
        var inner = self
        let slot = inner.declare(name, type)
        return (inner, slot)
    }

    mutating func reserve(upTo count: Int) { slotCount = max(slotCount, count) }
}
