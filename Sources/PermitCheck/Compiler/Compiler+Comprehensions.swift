/// Lowering of comprehensions: bounded loops over a list, each element bound
/// to a slot. Over hours, the body runs as an hour kernel when it can
/// (`Compiler+Kernels.swift`); otherwise, and whenever a kernel cannot be
/// prepared, the general loop runs.
extension Compiler {
    typealias Loop = @Sendable (Elements, EvalContext) throws -> Value

    func comprehension(_ e: Expr, _ name: String, _ collection: Expr, _ body: Expr) -> Evaluator {
        guard case .local(let slot)? = checked.refs[e.id] else { return { _ in .null } }
        let source = lower(collection)
        // Over dated elements, a dated parameter in the body reads the element's date.
        let dateOf = elementDate(collection)
        let readsActDay = dateOf != nil && free[body.id]?.contains(Compiler.actDaySlot) == true
        let (lowered, memos) = lowerBody(of: e, body, dated: dateOf != nil)
        let f = readsActDay ? dateOf.map { Compiler.dated(lowered, slot: slot, $0) } ?? lowered : lowered
        let general = loop(name, slot, f, body)
        let overHours = checked.types[collection.id]?.unwrapped == .list(.object("Hour"))
        let fast = overHours && !readsActDay ? kernelLoop(name, body, slot) : nil
        let empty = Compiler.emptyResult(name)
        return { c in
            // Starting the loop invalidates the values hoisted out of its body.
            for m in memos { c.memoized[m] = false }
            guard let items = try source(c).elements else { return empty }
            if let fast, let result = try fast(items, c) { return result }
            return try general(items, c)
        }
    }

    /// What a loop over nothing (an absent list) gives.
    static func emptyResult(_ name: String) -> Value {
        switch name {
        case "filter", "map": return .list([])
        case "count": return .number(0)
        case "exists", "any": return .bool(false)
        case "none", "all": return .bool(true)
        default: return .null
        }
    }

    /// The general loop: the body evaluated per element through the slot.
    func loop(_ name: String, _ slot: Int, _ f: @escaping Evaluator, _ body: Expr) -> Loop {
        switch name {
        case "filter":
            return { l, c in
                var kept: [Int] = []
                for (k, x) in l.enumerated() { c.slots[slot] = x; if Value.isTrue(try f(c)) { kept.append(k) } }
                return l.subset(kept)
            }
        case "map":
            return { l, c in
                var out: [Value] = []
                out.reserveCapacity(l.count)
                for x in l { c.slots[slot] = x; out.append(try f(c)) }
                return .list(out)
            }
        case "count":
            return { l, c in
                var n = 0
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { n += 1 } }
                return .number(Double(n))
            }
        case "exists", "any", "none":
            let found: Bool = name != "none"
            return { l, c in
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { return .bool(found) } }
                return .bool(!found)
            }
        case "all":
            return { l, c in
                for x in l { c.slots[slot] = x; if !Value.isTrue(try f(c)) { return .bool(false) } }
                return .bool(true)
            }
        case "first":
            return { l, c in
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { return x } }
                return .null
            }
        case "min_by", "max_by":
            let largest = name == "max_by"
            return { l, c in
                var best: (item: Value, key: Value)?
                for x in l {
                    c.slots[slot] = x
                    let key = try f(c)
                    if key.isNull { continue }
                    guard let current = best else { best = (x, key); continue }
                    // Ties keep the earlier element.
                    if let order = try Ordering.compare(key, current.key), largest ? order > 0 : order < 0 { best = (x, key) }
                }
                return best?.item ?? .null
            }
        default:
            var unit = Unit.one
            if case .number(let d?) = checked.types[body.id]?.unwrapped { unit = d.baseUnit }
            return aggregate(name, slot, f, emptyUnit: unit)
        }
    }

    /// `sum`, `min`, `max`, `avg` over a body evaluated per element (no intermediate list).
    /// `emptyUnit` is the unit of a sum over nothing: zero of the body's static dimension.
    func aggregate(_ name: String, _ slot: Int, _ f: @escaping Evaluator, emptyUnit: Unit) -> Loop {
        { l, c in
            var total = Accumulator(name)
            for x in l {
                c.slots[slot] = x
                guard case .quantity(let v, let u) = try f(c) else { continue }
                try total.add(v, u)
            }
            return total.result(emptyUnit: emptyUnit)
        }
    }
}

/// Sum, count, minimum and maximum in the unit of the first value seen.
struct Accumulator {
    let name: String
    var total = 0.0, count = 0, unit: Unit?, best: Double?

    init(_ name: String) { self.name = name }

    @inline(__always)
    mutating func add(_ v: Double, _ u: Unit) throws {
        let target = unit ?? u
        unit = target
        guard let factor = u.conversion(to: target) else { throw EvaluationError.units(u, target) }
        let value = v * factor
        total += value
        count += 1
        if let b = best {
            if name == "max" ? value > b : value < b { best = value }
        } else {
            best = value
        }
    }

    func result(emptyUnit: Unit) -> Value {
        switch name {
        case "sum": return .quantity(total, unit ?? emptyUnit)
        case "avg": return count == 0 ? .null : .quantity(total / Double(count), unit ?? .one)
        default: return best.map { .quantity($0, unit ?? .one) } ?? .null
        }
    }
}
