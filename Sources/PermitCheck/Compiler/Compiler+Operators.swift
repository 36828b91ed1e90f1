/// Lowering of operators and comprehensions.
extension Compiler {
    static func unary(_ op: String, _ operand: @escaping Evaluator) -> Evaluator {
        if op == "!" {
            return { c in
                guard case .bool(let b) = try operand(c) else { return .null }
                return .bool(!b)
            }
        }
        return { c in
            guard case .quantity(let v, let u) = try operand(c) else { return .null }
            return .quantity(-v, u)
        }
    }

    static func binary(_ op: String, _ a: @escaping Evaluator, _ b: @escaping Evaluator) -> Evaluator {
        switch op {
        case "&&":
            // Kleene logic: false wins over absent.
            return { c in
                let x = try a(c)
                if case .bool(false) = x { return .bool(false) }
                let y = try b(c)
                if case .bool(false) = y { return .bool(false) }
                if case .bool(true) = x, case .bool(true) = y { return .bool(true) }
                return .null
            }
        case "||":
            return { c in
                let x = try a(c)
                if case .bool(true) = x { return .bool(true) }
                let y = try b(c)
                if case .bool(true) = y { return .bool(true) }
                if case .bool(false) = x, case .bool(false) = y { return .bool(false) }
                return .null
            }
        case "??":
            return { c in
                let x = try a(c)
                return x.isNull ? try b(c) : x
            }
        case "==": return { c in .bool(Equality.equal(try a(c), try b(c))) }
        case "!=": return { c in .bool(!Equality.equal(try a(c), try b(c))) }
        case "<", "<=", ">", ">=":
            let test: @Sendable (Int) -> Bool
            switch op {
            case "<": test = { $0 < 0 }
            case "<=": test = { $0 <= 0 }
            case ">": test = { $0 > 0 }
            default: test = { $0 >= 0 }
            }
            return { c in
                guard let order = try Ordering.compare(try a(c), try b(c)) else { return .null }
                return .bool(test(order))
            }
        case "in", "not in":
            let negate = op == "not in"
            return { c in
                let x = try a(c)
                if x.isNull { return .null }
                guard case .list(let l) = try b(c) else { return .null }
                return .bool(l.contains { Equality.equal(x, $0) } != negate)
            }
        case "+", "-":
            let subtract = op == "-"
            return { c in
                let x = try a(c), y = try b(c)
                if x.isNull || y.isNull { return .null }
                return try Arithmetic.add(x, y, subtract: subtract)
            }
        default:
            let divide = op == "/"
            return { c in
                let x = try a(c), y = try b(c)
                if x.isNull || y.isNull { return .null }
                return try Arithmetic.multiply(x, y, divide: divide)
            }
        }
    }

    /// `collection.name(variable, body)`: a bounded loop over the collection's elements.
    func comprehension(_ e: Expr, _ name: String, _ collection: Expr, _ body: Expr) -> Evaluator {
        guard case .local(let slot)? = checked.refs[e.id] else { return { _ in .null } }
        let source = lower(collection)
        let (f, memos) = lowerBody(of: e, body)
        // Starting the loop invalidates the values hoisted out of its body.
        let items: Evaluator
        if memos.isEmpty {
            items = source
        } else {
            items = { c in
                for m in memos { c.memoized[m] = false }
                return try source(c)
            }
        }
        switch name {
        case "filter":
            return { c in
                guard case .list(let l) = try items(c) else { return .list([]) }
                var out: [Value] = []
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { out.append(x) } }
                return .list(out)
            }
        case "map":
            return { c in
                guard case .list(let l) = try items(c) else { return .list([]) }
                var out: [Value] = []
                out.reserveCapacity(l.count)
                for x in l { c.slots[slot] = x; out.append(try f(c)) }
                return .list(out)
            }
        case "count":
            return { c in
                guard case .list(let l) = try items(c) else { return .number(0) }
                var n = 0
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { n += 1 } }
                return .number(Double(n))
            }
        case "exists", "any":
            return { c in
                guard case .list(let l) = try items(c) else { return .bool(false) }
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { return .bool(true) } }
                return .bool(false)
            }
        case "none":
            return { c in
                guard case .list(let l) = try items(c) else { return .bool(true) }
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { return .bool(false) } }
                return .bool(true)
            }
        case "all":
            return { c in
                guard case .list(let l) = try items(c) else { return .bool(true) }
                for x in l { c.slots[slot] = x; if !Value.isTrue(try f(c)) { return .bool(false) } }
                return .bool(true)
            }
        case "first":
            return { c in
                guard case .list(let l) = try items(c) else { return .null }
                for x in l { c.slots[slot] = x; if Value.isTrue(try f(c)) { return x } }
                return .null
            }
        case "min_by", "max_by":
            let largest = name == "max_by"
            return { c in
                guard case .list(let l) = try items(c) else { return .null }
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
            let unit: Unit
            if case .number(let d?) = checked.types[body.id]?.unwrapped { unit = d.baseUnit } else { unit = .one }
            return aggregate(name, items, f, slot, emptyUnit: unit)
        }
    }

    /// `sum`, `min`, `max`, `avg` over a body evaluated per element (no intermediate list).
    /// `emptyUnit` is the unit of a sum over nothing: zero of the body's static dimension.
    func aggregate(_ name: String, _ items: @escaping Evaluator, _ f: @escaping Evaluator, _ slot: Int, emptyUnit: Unit) -> Evaluator {
        { c in
            guard case .list(let l) = try items(c) else { return .null }
            var total = 0.0, count = 0, unit: Unit?
            var best: Double?
            for x in l {
                c.slots[slot] = x
                guard case .quantity(let v, let u) = try f(c) else { continue }
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
            switch name {
            case "sum": return .quantity(total, unit ?? emptyUnit)
            case "avg": return count == 0 ? .null : .quantity(total / Double(count), unit ?? .one)
            default: return best.map { .quantity($0, unit ?? .one) } ?? .null
            }
        }
    }
}
