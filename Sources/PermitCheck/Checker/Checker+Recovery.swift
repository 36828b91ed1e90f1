/// Checking goes on past a mistake: the parts of a node that cannot be typed
/// are still checked, so every independent mistake of an expression is
/// reported at once, and nothing that depends on the failed part is.
extension Checker {
    /// A node the parser built around a syntax error: its parts are checked
    /// (their mistakes are their own), the node itself is not — a call keeps
    /// only the check of its name, since its arguments may not be the ones meant.
    mutating func recovered(_ e: Expr, _ scope: inout Scope) -> ValueType {
        switch e.kind {
        case .call(let name, let args, _):
            if Parser.comprehensions.contains(name), args.count >= 2, case .identifier(let variable) = args[1].kind {
                // `xs.filter(x, …` cut short: `x` is the variable, not a name to look up.
                _ = type(args[0], &scope)
                var (inner, _) = scope.binding(variable, .null)
                inner.poison(variable)
                for arg in args.dropFirst(2) { _ = type(arg, &inner) }
                scope.reserve(upTo: inner.slotCount)
                return propagate(e)
            }
            for arg in args { _ = type(arg, &scope) }
            let known = name == "has" || Parser.comprehensions.contains(name) || Library.byName[name] != nil
            if !known { return undefinedFunction(e, name) }
        case .comprehension(_, let collection, let variable, let body):
            _ = type(collection, &scope)
            return blindBody(e, variable, body, &scope)
        case .member(let base, _, _):
            // `params.` without a name was reported by the parser; `params` alone is not a second mistake.
            if case .identifier("params") = base.kind, scope.locals["params"] == nil { break }
            _ = type(base, &scope)
        default:
            for child in e.kind.children { _ = type(child, &scope) }
        }
        return propagate(e)
    }

    /// The body of a comprehension whose collection failed: checked with the
    /// variable's type unknown (its uses stay quiet), then the node fails too.
    mutating func blindBody(_ e: Expr, _ variable: String, _ body: Expr, _ scope: inout Scope) -> ValueType {
        var (inner, _) = scope.binding(variable, .null)
        inner.poison(variable)
        _ = type(body, &inner)
        scope.reserve(upTo: inner.slotCount)
        return propagate(e)
    }

    /// `name(…)` names no function of the library.
    mutating func undefinedFunction(_ e: Expr, _ name: String) -> ValueType {
        let names = Array(Library.byName.keys) + ["has"]
        return fail(e, CheckerMessages.undefinedFunction(name), suggestion: Suggestion.didYouMean(name, in: names))
    }
}
