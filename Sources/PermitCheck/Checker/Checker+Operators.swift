/// Typing of unary and binary operators, with units as types.
extension Checker {
    mutating func unary(_ e: Expr, _ op: String, _ operand: Expr, _ scope: inout Scope) -> ValueType {
        let t = type(operand, &scope)
        if isPoisoned(operand) { return propagate(e) }
        switch (op, t.unwrapped) {
        case ("!", .bool): return record(e, t)
        case ("-", .number): return record(e, t)
        default: return fail(e, CheckerMessages.operands(op, t, t))
        }
    }

    mutating func binary(_ e: Expr, _ op: String, _ a: Expr, _ b: Expr, _ scope: inout Scope) -> ValueType {
        let at = type(a, &scope), bt = type(b, &scope)
        if isPoisoned(a) || isPoisoned(b) { return propagate(e) }
        let optional = at.isOptional || bt.isOptional
        let x = at.unwrapped, y = bt.unwrapped
        func result(_ t: ValueType) -> ValueType { optional ? t.asOptional : t }
        switch op {
        case "??":
            guard let joined = Checker.join(x, bt) else { return fail(b, CheckerMessages.mismatch(expected: "\(x)", found: bt)) }
            return record(e, bt.isOptional ? joined.asOptional : joined.unwrapped)
        case "&&", "||":
            guard x == .bool || at == .null else { return fail(a, CheckerMessages.mismatch(expected: "bool", found: at)) }
            guard y == .bool || bt == .null else { return fail(b, CheckerMessages.mismatch(expected: "bool", found: bt)) }
            return record(e, result(.bool))
        case "==", "!=":
            if at == .null || bt == .null { return record(e, .bool) }
            if let message = comparable(op, x, y, a, b) { return fail(e, message) }
            return record(e, .bool)
        case "<", "<=", ">", ">=":
            if let message = comparable(op, x, y, a, b) { return fail(e, message) }
            switch x {
            case .number, .date, .time, .string: return record(e, result(.bool))
            default: return fail(e, CheckerMessages.operands(op, at, bt))
            }
        case "in", "not in":
            guard case .list(let element) = y else { return fail(b, CheckerMessages.notAList(bt)) }
            if element != .null, Checker.join(x, element.unwrapped) == nil { return fail(e, CheckerMessages.operands(op, at, bt)) }
            return record(e, at.isOptional ? ValueType.bool.asOptional : .bool)
        case "+", "-":
            guard let t = additive(op, x, y) else {
                if case .number(let d1) = x, case .number(let d2) = y, let d1, let d2 { return fail(e, CheckerMessages.units(op, d1, d2)) }
                return fail(e, CheckerMessages.operands(op, at, bt))
            }
            return record(e, result(t))
        case "*", "/":
            guard case .number(let d1) = x, case .number(let d2) = y else { return fail(e, CheckerMessages.operands(op, at, bt)) }
            guard let d1, let d2 else {
                // A unit known only at run time: scaling by a plain number keeps it.
                if (d1 == Dimension.none) || (d2 == Dimension.none) || (op == "/" && d1 == nil && d2 == nil) {
                    return record(e, result(.number(op == "/" && d1 == nil && d2 == nil ? Dimension.none : nil)))
                }
                return record(e, result(.number(nil)))
            }
            guard let (d, _) = op == "*" ? Dimension.product(d1, d2) : Dimension.quotient(d1, d2) else {
                return fail(e, CheckerMessages.units(op, d1, d2))
            }
            return record(e, result(.number(d)))
        default:
            return fail(e, CheckerMessages.operands(op, at, bt))
        }
    }

    /// Why `x op y` cannot be compared, or `nil` when it can.
    func comparable(_ op: String, _ x: ValueType, _ y: ValueType, _ a: Expr, _ b: Expr) -> (String, LocalizedText)? {
        switch (x, y) {
        case (.number(let d1), .number(let d2)):
            if d1 == d2 { return nil }
            if d1 == Dimension.none { return CheckerMessages.bareNumber(op, d2) }
            if d2 == Dimension.none { return CheckerMessages.bareNumber(op, d1) }
            if let d1, let d2 { return CheckerMessages.units(op, d1, d2) }
            return nil
        default:
            return Checker.join(x, y) == nil ? CheckerMessages.operands(op, x, y) : nil
        }
    }

    /// Result of `+`/`-`, or `nil` when the operands do not add.
    func additive(_ op: String, _ x: ValueType, _ y: ValueType) -> ValueType? {
        switch (x, y) {
        case (.number(let d1), .number(let d2)):
            if d1 == d2 { return x }
            if d1 == nil, d2 != Dimension.none { return .number(d2) }
            if d2 == nil, d1 != Dimension.none { return .number(d1) }
            return nil
        case (.date, .number(let d)) where d == .time: return .date
        case (.time, .number(let d)) where d == .time: return .time
        case (.date, .months): return .date
        case (.date, .date) where op == "-": return .number(.time)
        case (.time, .time) where op == "-": return .number(.time)
        case (.string, .string) where op == "+": return .string
        default: return nil
        }
    }
}
