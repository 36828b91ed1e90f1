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
                guard let l = try b(c).elements else { return .null }
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
}
