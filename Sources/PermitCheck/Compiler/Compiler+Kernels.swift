/// Hour kernels: a comprehension over `list<Hour>` whose body reads only the
/// element's columns (`h.value`, `h.o2`, `h.flow`, `h.flag`,
/// `corrected(h, …)`), loop invariants, arithmetic, comparisons and logic is
/// compiled into a closure over raw `Double` columns, so `filter`, `count`,
/// `exists`, `all`, `sum`, `max`… run as tight loops with no `Value` per element.
/// Anything else keeps the general evaluator.
extension Compiler {
    /// A builder for a numeric body, or `nil` when the body is outside the kernel subset.
    func numberKernel(_ e: Expr, _ h: Int) -> NumberKernelBuilder? {
        if !(free[e.id] ?? []).contains(h) {
            guard case .number? = checked.types[e.id]?.unwrapped else { return nil }
            let invariant = lower(e)
            return { c, _ in
                switch try invariant(c) {
                case .quantity(let v, let u): return NumberKernel(unit: u, at: { _, _ in v })
                case .null: return NumberKernel(unit: .one, at: { _, _ in .nan })
                default: throw KernelUnavailable()
                }
            }
        }
        switch e.kind {
        case .member(let base, let name, _):
            guard case .identifier = base.kind, case .local(h)? = checked.refs[base.id] else { return nil }
            switch name {
            case "value": return { _, unit in NumberKernel(unit: unit, at: { s, i in s.values[i] }) }
            case "o2": return { _, _ in NumberKernel(unit: .one, at: { s, i in s.o2?[i] ?? .nan }) }
            case "flow": return { _, _ in NumberKernel(unit: .m3PerHour, at: { s, i in s.flow?[i] ?? .nan }) }
            default: return nil
            }
        case .call("corrected", let args, _) where args.count == 2:
            guard case .identifier = args[0].kind, case .local(h)? = checked.refs[args[0].id],
                  !(free[args[1].id] ?? []).contains(h) else { return nil }
            let reference = lower(args[1])
            return { c, unit in
                let ref = try reference(c).double
                return NumberKernel(unit: unit, at: { s, i in SeriesLibrary.correctedValue(s, i, reference: ref) })
            }
        case .call("value_in", let args, _) where args.count == 2:
            guard let inner = numberKernel(args[0], h), !(free[args[1].id] ?? []).contains(h) else { return nil }
            let target = lower(args[1])
            return { c, unit in
                let k = try inner(c, unit)
                guard let symbol = try target(c).string, let to = Unit(symbol: symbol), let f = k.unit.conversion(to: to) else { throw KernelUnavailable() }
                let at = k.at
                return NumberKernel(unit: .one, at: { s, i in at(s, i) * f })
            }
        case .unary("-", let a):
            guard let inner = numberKernel(a, h) else { return nil }
            return { c, unit in let k = try inner(c, unit); let at = k.at; return NumberKernel(unit: k.unit, at: { s, i in -at(s, i) }) }
        case .binary(let op, let a, let b) where ["+", "-", "*", "/"].contains(op):
            guard let x = numberKernel(a, h), let y = numberKernel(b, h) else { return nil }
            return { c, unit in try Compiler.arithmetic(op, try x(c, unit), try y(c, unit)) }
        default:
            return nil
        }
    }

    /// `+ - * /` on prepared kernels; only unit combinations that need no dimension algebra.
    static func arithmetic(_ op: String, _ x: NumberKernel, _ y: NumberKernel) throws -> NumberKernel {
        let a = x.at, b = y.at
        switch op {
        case "+", "-":
            guard let f = y.unit.conversion(to: x.unit) else { throw KernelUnavailable() }
            let unit = x.unit == .one ? y.unit : x.unit
            let g = x.unit == .one ? 1.0 : f
            return op == "+" ? NumberKernel(unit: unit, at: { s, i in a(s, i) + b(s, i) * g })
                : NumberKernel(unit: unit, at: { s, i in a(s, i) - b(s, i) * g })
        case "*":
            guard x.unit == .one || y.unit == .one else { throw KernelUnavailable() }
            return NumberKernel(unit: x.unit == .one ? y.unit : x.unit, at: { s, i in a(s, i) * b(s, i) })
        default:
            guard y.unit == .one else { throw KernelUnavailable() }
            return NumberKernel(unit: x.unit, at: { s, i in a(s, i) / b(s, i) })
        }
    }

    /// A builder for a boolean body, or `nil` when the body is outside the kernel subset.
    func truthKernel(_ e: Expr, _ h: Int) -> TruthKernelBuilder? {
        if !(free[e.id] ?? []).contains(h) {
            guard checked.types[e.id]?.unwrapped == .bool else { return nil }
            let invariant = lower(e)
            return { c, _ in
                let t: Int8
                switch try invariant(c) {
                case .bool(true): t = 1
                case .bool(false): t = 0
                default: t = -1
                }
                return { _, _ in t }
            }
        }
        switch e.kind {
        case .unary("!", let a):
            guard let inner = truthKernel(a, h) else { return nil }
            return { c, u in let k = try inner(c, u); return { s, i in let t = k(s, i); return t < 0 ? t : 1 - t } }
        case .binary("&&", let a, let b):
            guard let x = truthKernel(a, h), let y = truthKernel(b, h) else { return nil }
            return { c, u in
                let p = try x(c, u), q = try y(c, u)
                return { s, i in let l = p(s, i); if l == 0 { return 0 }; let r = q(s, i); return r == 0 ? 0 : (l == 1 && r == 1 ? 1 : -1) }
            }
        case .binary("||", let a, let b):
            guard let x = truthKernel(a, h), let y = truthKernel(b, h) else { return nil }
            return { c, u in
                let p = try x(c, u), q = try y(c, u)
                return { s, i in let l = p(s, i); if l == 1 { return 1 }; let r = q(s, i); return r == 1 ? 1 : (l == 0 && r == 0 ? 0 : -1) }
            }
        case .binary(let op, let a, let b) where op == "==" || op == "!=":
            return flagTest(op, a, b, h) ?? presenceTest(op, a, b, h) ?? comparison(op, a, b, h)
        case .binary(let op, let a, let b) where ["<", "<=", ">", ">="].contains(op):
            return comparison(op, a, b, h)
        default:
            return nil
        }
    }

    /// `h.flag == "N"` as a byte comparison.
    func flagTest(_ op: String, _ a: Expr, _ b: Expr, _ h: Int) -> TruthKernelBuilder? {
        guard case .member(let base, "flag", _) = a.kind, case .local(h)? = checked.refs[base.id],
              case .string(let text) = b.kind, text.utf8.count == 1, let byte = text.utf8.first else { return nil }
        let equal: Int8 = op == "==" ? 1 : 0
        return { _, _ in { s, i in s.flags[i] == byte ? equal : 1 - equal } }
    }

    /// `x == null` / `x != null` on a kernel number.
    func presenceTest(_ op: String, _ a: Expr, _ b: Expr, _ h: Int) -> TruthKernelBuilder? {
        guard case .null = b.kind, let x = numberKernel(a, h) else { return nil }
        let absent: Int8 = op == "==" ? 1 : 0
        return { c, u in let k = try x(c, u).at; return { s, i in k(s, i).isNaN ? absent : 1 - absent } }
    }

    /// Comparisons with the catalog's tolerance; the unit factor is fixed per series.
    func comparison(_ op: String, _ a: Expr, _ b: Expr, _ h: Int) -> TruthKernelBuilder? {
        guard let x = numberKernel(a, h), let y = numberKernel(b, h) else { return nil }
        let test: @Sendable (Int) -> Bool
        switch op {
        case "<": test = { $0 < 0 }
        case "<=": test = { $0 <= 0 }
        case ">": test = { $0 > 0 }
        case ">=": test = { $0 >= 0 }
        case "==": test = { $0 == 0 }
        default: test = { $0 != 0 }
        }
        return { c, u in
            let p = try x(c, u), q = try y(c, u)
            guard let f = q.unit.conversion(to: p.unit) else { throw KernelUnavailable() }
            let l = p.at, r = q.at
            return { s, i in
                let v = l(s, i), w = r(s, i)
                if v.isNaN || w.isNaN { return -1 }
                return test(Tolerance.order(v, w * f)) ? 1 : 0
            }
        }
    }
}
