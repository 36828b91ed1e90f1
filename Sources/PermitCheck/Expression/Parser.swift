/// Parses expression text into an ``Expr`` tree, collecting every error.
///
/// Precedence, loosest first: `?:`, `||`/`or`, `&&`/`and`, comparisons and
/// `in`/`not in`, `??`, `+ -`, `* /`, unary `! - not`, postfix (`.`, `?.`,
/// `[ ]`, calls).
///
/// The parser keeps ``InputLimits``: it counts how deeply its own calls nest
/// (brackets, prefix operators, `??` and `?:` chains) and how deep and large
/// the tree grows (flat chains such as `a + b + c` are built by loops but
/// make a deep tree that every later phase recurses along). Past a limit it
/// reports once and stops, so no hostile text can overflow the stack.
struct Parser {
    /// Comprehension names: `xs.name(x, body)`.
    static let comprehensions: Set<String> = ["filter", "map", "all", "exists", "count", "sum", "min", "max", "avg", "first", "any", "none", "min_by", "max_by"]

    private var tokens: [Token]
    private var p = 0
    private var nextID = 0
    /// Calls of the recursive rules now open.
    private var nesting = 0
    /// Set once a limit is exceeded: the rest of the text is skipped and no
    /// further error is reported.
    private var abandoned = false
    private(set) var errors: [(code: String, message: LocalizedText, range: Range<Int>)] = []

    init(_ text: String) {
        let length = text.unicodeScalars.count
        guard length <= InputLimits.expressionLength else {
            tokens = [Token(kind: .end, range: length..<length)]
            abandoned = true
            errors = [(LimitMessages.expressionTooLong.0, LimitMessages.expressionTooLong.1, 0..<1)]
            return
        }
        var lexer = Lexer(text)
        tokens = lexer.tokens()
        errors = lexer.errors.map { (ExpressionMessages.code, $0.message, $0.range) }
    }

    /// Parses the whole text as one expression.
    mutating func parse() -> Expr {
        let e = conditional()
        if case .end = peek.kind {} else {
            fail(ExpressionMessages.trailingText, peek.range)
        }
        return e
    }

    private var peek: Token { tokens[min(p, tokens.count - 1)] }
    private mutating func advance() -> Token { let t = peek; if p < tokens.count - 1 { p += 1 }; return t }

    private func isSymbol(_ s: String) -> Bool { peek.kind == .symbol(s) }
    private func isKeyword(_ s: String) -> Bool { peek.kind == .keyword(s) }

    private mutating func make(_ kind: ExprKind, _ range: Range<Int>, anchor: Int? = nil) -> Expr {
        nextID += 1
        var e = Expr(id: nextID, kind: kind, range: range, anchor: anchor ?? range.lowerBound)
        e.depth = 1 + (kind.children.map(\.depth).max() ?? 0)
        if e.depth > InputLimits.expressionDepth { abandon(LimitMessages.expressionTooDeep, at: e.anchor) }
        if nextID > InputLimits.expressionNodes { abandon(LimitMessages.expressionTooMany, at: e.anchor) }
        return e
    }

    private mutating func fail(_ message: LocalizedText, _ range: Range<Int>) {
        if abandoned || errors.last?.range.lowerBound == range.lowerBound { return }
        errors.append((ExpressionMessages.code, message, range))
    }

    /// Reports an exceeded limit once and skips to the end of the text, so
    /// every loop and recursion unwinds at once.
    private mutating func abandon(_ limit: (String, LocalizedText), at offset: Int) {
        guard !abandoned else { return }
        abandoned = true
        errors.append((limit.0, limit.1, offset..<(offset + 1)))
        p = tokens.count - 1
    }

    /// Enters a recursive rule; `false` (and the parse abandoned) past the depth limit.
    private mutating func enter() -> Bool {
        nesting += 1
        if nesting > InputLimits.expressionDepth { abandon(LimitMessages.expressionTooDeep, at: peek.range.lowerBound) }
        return !abandoned
    }

    /// The placeholder of an abandoned parse.
    private mutating func abandonedNode() -> Expr {
        nextID += 1
        return Expr(id: nextID, kind: .null, range: peek.range, anchor: peek.range.lowerBound)
    }

    private mutating func expect(_ symbol: String) {
        if isSymbol(symbol) { _ = advance(); return }
        fail(ExpressionMessages.expected(symbol), peek.range)
    }

    private mutating func conditional() -> Expr {
        defer { nesting -= 1 }
        guard enter() else { return abandonedNode() }
        let condition = or()
        guard isSymbol("?") else { return condition }
        _ = advance()
        let yes = conditional()
        expect(":")
        let no = conditional()
        return make(.conditional(condition, yes, no), condition.range.lowerBound..<no.range.upperBound)
    }

    private mutating func or() -> Expr {
        var left = and()
        while isSymbol("||") || isKeyword("or") {
            let at = advance().range.lowerBound
            let right = and()
            left = make(.binary("||", left, right), left.range.lowerBound..<right.range.upperBound, anchor: at)
        }
        return left
    }

    private mutating func and() -> Expr {
        var left = comparison()
        while isSymbol("&&") || isKeyword("and") {
            let at = advance().range.lowerBound
            let right = comparison()
            left = make(.binary("&&", left, right), left.range.lowerBound..<right.range.upperBound, anchor: at)
        }
        return left
    }

    private mutating func comparison() -> Expr {
        let left = coalesce()
        var op: String?
        let at = peek.range.lowerBound
        if case .symbol(let s) = peek.kind, ["==", "!=", "<", "<=", ">", ">="].contains(s) { op = s; _ = advance() }
        else if isKeyword("in") { op = "in"; _ = advance() }
        else if isKeyword("not"), p + 1 < tokens.count, tokens[p + 1].kind == .keyword("in") { op = "not in"; _ = advance(); _ = advance() }
        guard let op else { return left }
        let right = coalesce()
        return make(.binary(op, left, right), left.range.lowerBound..<right.range.upperBound, anchor: at)
    }

    private mutating func coalesce() -> Expr {
        let left = additive()
        guard isSymbol("??") else { return left }
        let at = advance().range.lowerBound
        defer { nesting -= 1 }
        guard enter() else { return abandonedNode() }
        let right = coalesce()
        return make(.binary("??", left, right), left.range.lowerBound..<right.range.upperBound, anchor: at)
    }

    private mutating func additive() -> Expr {
        var left = multiplicative()
        while case .symbol(let s) = peek.kind, s == "+" || s == "-" {
            let at = advance().range.lowerBound
            let right = multiplicative()
            left = make(.binary(s, left, right), left.range.lowerBound..<right.range.upperBound, anchor: at)
        }
        return left
    }

    private mutating func multiplicative() -> Expr {
        var left = unary()
        while case .symbol(let s) = peek.kind, s == "*" || s == "/" {
            let at = advance().range.lowerBound
            let right = unary()
            left = make(.binary(s, left, right), left.range.lowerBound..<right.range.upperBound, anchor: at)
        }
        return left
    }

    private mutating func unary() -> Expr {
        let start = peek.range.lowerBound
        let op: String
        if isSymbol("!") || isKeyword("not") { op = "!" } else if isSymbol("-") { op = "-" } else { return postfix(primary()) }
        _ = advance()
        defer { nesting -= 1 }
        guard enter() else { return abandonedNode() }
        let e = unary()
        return make(.unary(op, e), start..<e.range.upperBound)
    }

    private mutating func postfix(_ base: Expr) -> Expr {
        var e = base
        while true {
            if isSymbol(".") || isSymbol("?.") {
                let optional = isSymbol("?.")
                _ = advance()
                let nameToken = advance()
                guard case .identifier(let name) = nameToken.kind else {
                    fail(ExpressionMessages.nameAfterDot, nameToken.range)
                    return e
                }
                if isSymbol("(") {
                    e = call(name, receiver: e, start: e.range.lowerBound, anchor: nameToken.range.lowerBound)
                } else {
                    e = make(.member(e, name: name, optional: optional), e.range.lowerBound..<nameToken.range.upperBound, anchor: nameToken.range.lowerBound)
                }
            } else if isSymbol("[") {
                _ = advance()
                let index = conditional()
                let close = peek.range.upperBound
                expect("]")
                e = make(.index(e, index), e.range.lowerBound..<close)
            } else {
                return e
            }
        }
    }

    /// Arguments of a call; a comprehension when the name is one and the shape fits.
    private mutating func call(_ name: String, receiver: Expr?, start: Int, anchor: Int? = nil) -> Expr {
        expect("(")
        var args: [Expr] = receiver.map { [$0] } ?? []
        if !isSymbol(")") {
            repeat {
                if isSymbol(",") { _ = advance() }
                args.append(conditional())
            } while isSymbol(",")
        }
        let end = peek.range.upperBound
        expect(")")
        if Parser.comprehensions.contains(name), args.count == 3, case .identifier(let variable) = args[1].kind {
            return make(.comprehension(name: name, collection: args[0], variable: variable, body: args[2]), start..<end, anchor: anchor)
        }
        return make(.call(name: name, args: args, method: receiver != nil), start..<end, anchor: anchor)
    }

    private mutating func primary() -> Expr {
        let t = advance()
        switch t.kind {
        case .number(let v): return make(.number(v, unit: nil), t.range)
        case .quantity(let v, let unit): return make(.number(v, unit: unit), t.range)
        case .months(let n): return make(.months(n), t.range)
        case .string(let s): return make(.string(s), t.range)
        case .date(let d): return make(.date(d), t.range)
        case .time(let time): return make(.time(time), t.range)
        case .keyword("true"): return make(.bool(true), t.range)
        case .keyword("false"): return make(.bool(false), t.range)
        case .keyword("null"): return make(.null, t.range)
        case .identifier(let name):
            if isSymbol("(") { return call(name, receiver: nil, start: t.range.lowerBound) }
            return make(.identifier(name), t.range)
        case .symbol("("):
            let e = conditional()
            expect(")")
            return e
        case .symbol("["):
            var items: [Expr] = []
            if !isSymbol("]") {
                repeat {
                    if isSymbol(",") { _ = advance() }
                    items.append(conditional())
                } while isSymbol(",")
            }
            let end = peek.range.upperBound
            expect("]")
            return make(.list(items), t.range.lowerBound..<end)
        case .end:
            fail(ExpressionMessages.incomplete, t.range)
            return make(.null, t.range)
        default:
            fail(ExpressionMessages.unexpectedToken, t.range)
            return make(.null, t.range)
        }
    }
}
