/// Typing of calls into the domain library, `has()`, and comprehensions.
extension Checker {
    mutating func call(_ e: Expr, _ name: String, _ args: [Expr], _ scope: inout Scope) -> ValueType {
        let argTypes = args.map { type($0, &scope) }
        // An unknown name is a mistake of its own, whatever its arguments hold.
        if name != "has", Library.byName[name] == nil { return undefinedFunction(e, name) }
        if args.contains(where: isPoisoned) { return propagate(e) }
        if name == "has" {
            guard args.count == 1 else { return fail(e, CheckerMessages.arity("has", "1")) }
            return record(e, .bool)
        }
        guard let candidates = Library.byName[name] else { return undefinedFunction(e, name) }
        let fitting = candidates.filter { $0.arity == args.count }
        guard !fitting.isEmpty else {
            return fail(e, CheckerMessages.arity(name, candidates.map(\.signature).joined(separator: " | ")))
        }
        var reasons: [LocalizedText] = []
        for builtin in fitting {
            switch builtin.check(argTypes) {
            case .ok(let t):
                refs[e.id] = .function(builtin)
                return record(e, t)
            case .bad(let why):
                reasons.append(why)
            }
        }
        let why = reasons.first ?? LocalizedText(zh: "", en: "")
        return fail(e, CheckerMessages.argument(name, why), suggestion: fitting.map(\.signature).joined(separator: " | "))
    }

    mutating func comprehension(_ e: Expr, _ name: String, _ collection: Expr, _ variable: String, _ body: Expr, _ scope: inout Scope) -> ValueType {
        let ct = type(collection, &scope)
        if isPoisoned(collection) { return blindBody(e, variable, body, &scope) }
        guard case .list(let element) = ct else {
            if ct.isOptional, ct.element != nil {
                _ = fail(collection, CheckerMessages.mismatch(expected: "list", found: ct), suggestion: "write `(… ?? [])` to range over nothing when absent")
            } else {
                _ = fail(collection, CheckerMessages.notAList(ct))
            }
            return blindBody(e, variable, body, &scope)
        }
        var (inner, slot) = scope.binding(variable, element)
        refs[e.id] = .local(slot)
        let bt = type(body, &inner)
        scope.reserve(upTo: inner.slotCount)
        if isPoisoned(body) { return propagate(e) }
        switch name {
        case "filter", "all", "exists", "any", "none", "count", "first":
            guard bt.unwrapped == .bool else { return fail(body, CheckerMessages.mismatch(expected: "bool", found: bt)) }
            switch name {
            case "filter": return record(e, ct)
            case "count": return record(e, .plain)
            case "first": return record(e, element.asOptional)
            default: return record(e, .bool)
            }
        case "map":
            return record(e, .list(bt))
        case "min_by", "max_by":
            switch bt.unwrapped {
            case .number, .string, .date, .time: return record(e, element.asOptional)
            default: return fail(body, CheckerMessages.mismatch(expected: "number, string, date or time", found: bt))
            }
        case "sum", "min", "max", "avg":
            guard bt.isNumber else { return fail(body, CheckerMessages.mismatch(expected: "number", found: bt)) }
            return record(e, name == "sum" ? bt.unwrapped : bt.unwrapped.asOptional)
        default:
            return fail(e, CheckerMessages.undefinedFunction(name))
        }
    }
}
