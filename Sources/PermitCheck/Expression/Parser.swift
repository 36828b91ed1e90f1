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
///
/// Short of a limit, the parser recovers so that one expression can report
/// several independent mistakes: a closing bracket nothing opened is reported
/// and dropped before parsing; inside `( … )`, `[ … ]` and argument lists an
/// item that does not end at `,` or the closing bracket is reported once and
/// skipped to the next `,` or the bracket at its own level; a missing operand
/// becomes a placeholder without consuming the `)`, `]`, `,` or `:` that ends
/// it. Nodes built around a syntax error are listed in ``damaged``: the
/// checker types their parts (and reports their own errors) but nothing that
/// depends on the missing piece, so no error cascades from a recovery.
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
    /// Nodes that stand for, or contain, text the parser could not read: a
    /// missing operand's placeholder, a call, list or index whose brackets
    /// held a syntax error. Their types are unknown and raise no error.
    private(set) var damaged: Set<Int> = []
    /// A limit was exceeded: the tree is cut short and must not be checked.
    var exceededLimit: Bool { abandoned }

    init(_ text: String) {
        let length = text.unicodeScalars.count
        guard length <= InputLimits.expressionLength else {
            tokens = [Token(kind: .end, range: length..<length)]
            abandoned = true
            errors = [(LimitMessages.expressionTooLong.0, LimitMessages.expressionTooLong.1, 0..<1)]
            return
        }
        var lexer = Lexer(text)
        let lexed = lexer.tokens()
        let (kept, stray) = Parser.dropStrayClosers(lexed)
        tokens = kept
        errors = (lexer.errors + stray).sorted { $0.range.lowerBound < $1.range.lowerBound }
            .prefix(InputLimits.expressionErrors).map { (ExpressionMessages.code, $0.message, $0.range) }
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
        if abandoned || errors.count >= InputLimits.expressionErrors || errors.contains(where: { $0.range.lowerBound == range.lowerBound }) { return }
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
        damaged.insert(nextID)
        return Expr(id: nextID, kind: .null, range: peek.range, anchor: peek.range.lowerBound)
    }

    /// Stands where an operand could not be read; its type is unknown.
    private mutating func placeholder(_ range: Range<Int>) -> Expr {
        let e = make(.null, range)
        damaged.insert(e.id)
        return e
    }

    private var atEnd: Bool { peek.kind == .end }

    /// Tokens that cannot start an operand but end one or join two: a missing
    /// operand before one of them is reported without consuming it, so the
    /// bracket, list or operator loop it belongs to takes it (`f(a, )`,
    /// `(a + )`, `a && && b` are one mistake each).
    private var atOperandEnd: Bool {
        switch peek.kind {
        case .symbol(let s): return Parser.operandEnds.contains(s)
        case .keyword(let k): return k == "and" || k == "or" || k == "in"
        default: return false
        }
    }

    private static let operandEnds: Set<String> = [
        ")", "]", ",", ":", "?", "??", "||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "*", "/",
    ]

    /// Skips to the next `closer` (or `,` when `commas`) at this bracket level,
    /// or to the end, after an item that did not end where it should.
    private mutating func skip(to closer: String, commas: Bool = true) {
        var depth = 0
        while !atEnd {
            if case .symbol(let s) = peek.kind {
                if depth == 0, s == closer || (commas && s == ",") { return }
                if s == "(" || s == "[" { depth += 1 }
                if s == ")" || s == "]" {
                    // A closer of an outer bracket ends the skip too: the outer list takes it.
                    if depth == 0 { return }
                    depth -= 1
                }
            }
            _ = advance()
        }
    }

    /// Comma-separated items up to `closer` (which it consumes). Returns the
    /// offset past the closer and whether a syntax error arose in between.
    private mutating func items(_ into: inout [Expr], closer: String) -> (end: Int, damaged: Bool) {
        let before = errors.count
        var resynchronised = false
        if !isSymbol(closer) {
            repeat {
                if isSymbol(",") { _ = advance() }
                let start = errors.count
                into.append(conditional())
                if abandoned { break }
                if !isSymbol(",") && !isSymbol(closer) && !atEnd {
                    if errors.count == start { fail(ExpressionMessages.expectedEither(",", closer), peek.range) }
                    skip(to: closer)
                    resynchronised = true
                }
            } while isSymbol(",")
        }
        let end = peek.range.upperBound
        if isSymbol(closer) {
            _ = advance()
        } else if !resynchronised {
            fail(ExpressionMessages.expected(closer), peek.range)
        }
        return (end, errors.count > before)
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
                guard case .identifier(let name) = peek.kind else {
                    // An operator, bracket, keyword or the end stays for the rule
                    // after: `x. > 1` is one mistake, not two.
                    let bad = peek
                    fail(ExpressionMessages.nameAfterDot, bad.range)
                    switch bad.kind {
                    case .symbol, .keyword, .end: break
                    default: _ = advance()
                    }
                    let node = make(.member(e, name: "", optional: optional), e.range.lowerBound..<bad.range.lowerBound, anchor: bad.range.lowerBound)
                    damaged.insert(node.id)
                    return node
                }
                let nameToken = advance()
                if isSymbol("(") {
                    e = call(name, receiver: e, start: e.range.lowerBound, anchor: nameToken.range.lowerBound)
                } else {
                    e = make(.member(e, name: name, optional: optional), e.range.lowerBound..<nameToken.range.upperBound, anchor: nameToken.range.lowerBound)
                }
            } else if isSymbol("[") {
                _ = advance()
                let before = errors.count
                let index = conditional()
                if abandoned { return e }
                if !isSymbol("]") && !atEnd {
                    if errors.count == before { fail(ExpressionMessages.expected("]"), peek.range) }
                    skip(to: "]", commas: false)
                }
                let close = peek.range.upperBound
                if isSymbol("]") { _ = advance() } else if errors.count == before { fail(ExpressionMessages.expected("]"), peek.range) }
                e = make(.index(e, index), e.range.lowerBound..<close)
                if errors.count > before { damaged.insert(e.id) }
            } else {
                return e
            }
        }
    }

    /// Arguments of a call; a comprehension when the name is one and the shape fits.
    private mutating func call(_ name: String, receiver: Expr?, start: Int, anchor: Int? = nil) -> Expr {
        expect("(")
        var args: [Expr] = receiver.map { [$0] } ?? []
        let (end, broken) = items(&args, closer: ")")
        let node: Expr
        if Parser.comprehensions.contains(name), args.count == 3, case .identifier(let variable) = args[1].kind {
            node = make(.comprehension(name: name, collection: args[0], variable: variable, body: args[2]), start..<end, anchor: anchor)
        } else {
            node = make(.call(name: name, args: args, method: receiver != nil), start..<end, anchor: anchor)
        }
        // The arguments read may not be the arguments meant: the checker
        // still judges the name, never the count or the types.
        if broken { damaged.insert(node.id) }
        return node
    }

    private mutating func primary() -> Expr {
        if atOperandEnd {
            // A missing operand: `f(a, )`, `(a + )`, `c ? : b`. The token stays for its list or operator.
            fail(ExpressionMessages.unexpectedToken, peek.range)
            return placeholder(peek.range.lowerBound..<peek.range.lowerBound)
        }
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
            let before = errors.count
            let e = conditional()
            if abandoned { return e }
            if !isSymbol(")") && !atEnd {
                // `(a b)`: report once (unless `a` did), then resume after the bracket.
                if errors.count == before { fail(ExpressionMessages.expected(")"), peek.range) }
                skip(to: ")", commas: false)
                if isSymbol(")") { _ = advance() }
                damaged.insert(e.id)
                return e
            }
            expect(")")
            return e
        case .symbol("["):
            var list: [Expr] = []
            let (end, broken) = items(&list, closer: "]")
            let node = make(.list(list), t.range.lowerBound..<end)
            if broken { damaged.insert(node.id) }
            return node
        case .invalid:
            // The lexer reported it (a bad date, time or month count).
            return placeholder(t.range)
        case .end:
            fail(ExpressionMessages.incomplete, t.range)
            return placeholder(t.range)
        default:
            fail(ExpressionMessages.unexpectedToken, t.range)
            return placeholder(t.range)
        }
    }
}
