/// Resolves names and infers types and units for expressions, against the
/// filing schema, the pack's parameters and the domain library.
///
/// The checker never mutates the tree: it returns a ``CheckedExpr`` whose side
/// tables the compiler reads. Every problem becomes a diagnostic with its
/// position inside the expression; checking goes on after an error (the
/// failing node gets the type `null`, which suppresses cascades), in every
/// operand, argument and branch, and past syntax errors the parser recovered
/// from (``Parser/damaged``), so independent mistakes are reported together.
struct Checker {
    let schema: Schema
    /// Parameter name → (type, index into the compiled pack's values).
    let params: [String: (type: ValueType, index: Int)]

    var types: [Int: ValueType] = [:]
    var refs: [Int: Resolution] = [:]
    var diagnostics = DiagnosticSink()
    var source: ExprSource
    /// Marks nodes whose errors are already reported, so parents stay quiet.
    var poisoned: Set<Int> = []
    /// Nodes the parser built around a syntax error (``Parser/damaged``).
    var damaged: Set<Int> = []

    init(schema: Schema, params: [String: (type: ValueType, index: Int)], source: ExprSource) {
        self.schema = schema
        self.params = params
        self.source = source
    }

    /// Parses and checks `text`; `scope.slotCount` grows with comprehension variables.
    static func check(
        _ source: ExprSource, schema: Schema, params: [String: (type: ValueType, index: Int)], scope: inout Scope
    ) -> (CheckedExpr, [Diagnostic]) {
        var parser = Parser(source.text)
        let expr = parser.parse()
        var checker = Checker(schema: schema, params: params, source: source)
        // A comma inside a YAML flow mapping `{ … }` ends the value and leaves a parenthesis open.
        // Only a plain scalar can be cut so, and the mistake then shows at the end of the text.
        let opened = source.text.filter { $0 == "(" || $0 == "[" }.count, closed = source.text.filter { $0 == ")" || $0 == "]" }.count
        let hint = opened > closed && source.plain ? ExpressionMessages.flowMappingHint : nil
        let length = source.text.unicodeScalars.count
        for error in parser.errors {
            let cut = error.code == ExpressionMessages.code && error.range.lowerBound >= length
            checker.report((error.code, error.message), error.range, suggestion: cut ? hint : nil)
        }
        // Past a syntax error the tree is still checked, so a mistake elsewhere in
        // the expression is reported too; the nodes around the error raise nothing.
        // A tree cut short by an exceeded limit is not.
        checker.damaged = parser.damaged
        if !parser.exceededLimit { _ = checker.type(expr, &scope) }
        let failed = !parser.errors.isEmpty || checker.isPoisoned(expr)
        let checked = CheckedExpr(expr: expr, types: checker.types, refs: checker.refs, text: source.text, failed: failed)
        return (checked, checker.diagnostics.all)
    }

    mutating func report(_ d: (String, LocalizedText), _ range: Range<Int>, suggestion: String? = nil) {
        let location = source.locate(range.lowerBound)
        diagnostics.add(Diagnostic(code: d.0, message: d.1, at: location, length: max(1, range.count), suggestion: suggestion))
    }

    /// Reports and returns the poisoned type.
    mutating func fail(_ e: Expr, _ d: (String, LocalizedText), suggestion: String? = nil) -> ValueType {
        let length: Int
        switch e.kind {
        case .member(_, let name, _): length = name.unicodeScalars.count
        case .call(let name, _, _), .comprehension(let name, _, _, _): length = name.unicodeScalars.count
        case .binary(let op, _, _): length = op.unicodeScalars.count
        default: length = e.range.count
        }
        report(d, e.anchor..<(e.anchor + max(1, length)), suggestion: suggestion)
        poisoned.insert(e.id)
        return record(e, .null)
    }

    func isPoisoned(_ e: Expr) -> Bool { poisoned.contains(e.id) }

    /// Marks `e` as failed because a child failed; reports nothing more.
    mutating func propagate(_ e: Expr) -> ValueType {
        poisoned.insert(e.id)
        return record(e, .null)
    }

    mutating func record(_ e: Expr, _ t: ValueType) -> ValueType {
        types[e.id] = t
        return t
    }

    mutating func type(_ e: Expr, _ scope: inout Scope) -> ValueType {
        if damaged.contains(e.id) { return recovered(e, &scope) }
        switch e.kind {
        case .number(_, let unit):
            guard let unit else { return record(e, .plain) }
            guard let u = Unit(symbol: unit) else {
                return fail(e, CheckerMessages.unknownUnit(unit), suggestion: Suggestion.didYouMean(unit, in: Unit.symbols))
            }
            return record(e, .number(u.dimension))
        case .string: return record(e, .string)
        case .bool: return record(e, .bool)
        case .null: return record(e, .null)
        case .date: return record(e, .date)
        case .time: return record(e, .time)
        case .months: return record(e, .months)
        case .identifier(let name): return identifier(e, name, scope)
        case .list(let items): return list(e, items, &scope)
        case .member(let base, let name, let optional): return member(e, base, name, optional, &scope)
        case .index(let base, let position): return index(e, base, position, &scope)
        case .call(let name, let args, _): return call(e, name, args, &scope)
        case .comprehension(let name, let collection, let variable, let body):
            return comprehension(e, name, collection, variable, body, &scope)
        case .unary(let op, let operand): return unary(e, op, operand, &scope)
        case .binary(let op, let a, let b): return binary(e, op, a, b, &scope)
        case .conditional(let c, let a, let b): return conditional(e, c, a, b, &scope)
        }
    }

    mutating func identifier(_ e: Expr, _ name: String, _ scope: Scope) -> ValueType {
        if scope.poisoned.contains(name) { return propagate(e) }
        if let local = scope.locals[name] {
            refs[e.id] = .local(local.slot)
            return record(e, local.type)
        }
        if let root = schema.root(name) {
            refs[e.id] = .root(name)
            return record(e, root.type)
        }
        if name == "params" {
            return fail(e, CheckerMessages.bareParams)
        }
        let candidates = Array(scope.locals.keys) + schema.roots.map(\.name) + ["params"]
        return fail(e, CheckerMessages.undefinedName(name), suggestion: Suggestion.didYouMean(name, in: candidates))
    }

    mutating func list(_ e: Expr, _ items: [Expr], _ scope: inout Scope) -> ValueType {
        var element: ValueType?
        for item in items {
            let t = type(item, &scope)
            if isPoisoned(item) { continue }
            guard let current = element else { element = t; continue }
            guard let joined = Checker.join(current, t) else {
                return fail(item, CheckerMessages.mismatch(expected: "\(current)", found: t))
            }
            element = joined
        }
        return record(e, .list(element ?? .null))
    }

    mutating func member(_ e: Expr, _ base: Expr, _ name: String, _ optional: Bool, _ scope: inout Scope) -> ValueType {
        if case .identifier("params") = base.kind, scope.locals["params"] == nil {
            guard let param = params[name] else {
                return fail(e, CheckerMessages.undefinedParam(name), suggestion: Suggestion.didYouMean(name, in: params.keys))
            }
            refs[e.id] = .param(param.index)
            return record(e, param.type)
        }
        let baseType = type(base, &scope)
        if isPoisoned(base) { return propagate(e) }
        if baseType.isOptional && !optional {
            return fail(e, CheckerMessages.optionalAccess(name, baseType))
        }
        switch baseType.unwrapped {
        case .object(let typeName):
            guard let objectType = schema.types[typeName], let field = objectType.field(name) else {
                let fields = schema.types[typeName]?.fields.map(\.name) ?? []
                return fail(e, CheckerMessages.undefinedField(name, on: baseType.unwrapped), suggestion: Suggestion.didYouMean(name, in: fields))
            }
            refs[e.id] = .field(field)
            return record(e, baseType.isOptional ? field.type.asOptional : field.type)
        case .table(let element):
            return record(e, element.asOptional)
        default:
            return fail(e, CheckerMessages.undefinedField(name, on: baseType))
        }
    }

    mutating func index(_ e: Expr, _ base: Expr, _ index: Expr, _ scope: inout Scope) -> ValueType {
        let baseType = type(base, &scope), indexType = type(index, &scope)
        if isPoisoned(base) || isPoisoned(index) { return propagate(e) }
        switch baseType.unwrapped {
        case .list(let element):
            guard ValueType.plain.accepts(indexType.unwrapped) else { return fail(index, CheckerMessages.mismatch(expected: "number", found: indexType)) }
            return record(e, element.asOptional)
        case .table(let element):
            guard indexType.unwrapped == .string else { return fail(index, CheckerMessages.mismatch(expected: "string", found: indexType)) }
            return record(e, element.asOptional)
        default:
            return fail(base, CheckerMessages.mismatch(expected: "list or table", found: baseType))
        }
    }

    mutating func conditional(_ e: Expr, _ c: Expr, _ a: Expr, _ b: Expr, _ scope: inout Scope) -> ValueType {
        let ct = type(c, &scope), at = type(a, &scope), bt = type(b, &scope)
        if isPoisoned(c) || isPoisoned(a) || isPoisoned(b) { return propagate(e) }
        guard ct.unwrapped == .bool else { return fail(c, CheckerMessages.mismatch(expected: "bool", found: ct)) }
        guard let joined = Checker.join(at, bt) else { return fail(b, CheckerMessages.mismatch(expected: "\(at)", found: bt)) }
        return record(e, ct.isOptional ? joined.asOptional : joined)
    }

    /// The common type of two branches or list items, or `nil` when none exists.
    static func join(_ a: ValueType, _ b: ValueType) -> ValueType? {
        if a == b { return a }
        if a == .null { return b.asOptional }
        if b == .null { return a.asOptional }
        let optional = a.isOptional || b.isOptional
        let x = a.unwrapped, y = b.unwrapped
        var joined: ValueType?
        switch (x, y) {
        case (.number(let d1), .number(let d2)):
            if d1 == d2 { joined = x } else if d1 == nil || d2 == nil { joined = .number(nil) }
        case (.list(.null), .list), (.list, .list(.null)):
            // An empty list literal takes the other side's element type.
            joined = x == .list(.null) ? y : x
        case (.list(let e1), .list(let e2)):
            joined = join(e1, e2).map { .list($0) }
        default:
            joined = x == y ? x : nil
        }
        guard let joined else { return nil }
        return optional ? joined.asOptional : joined
    }
}
