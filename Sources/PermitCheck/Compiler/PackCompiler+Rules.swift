/// Compiling one rule: subjects, named values, condition, evidence, severity, message.
extension PackCompiler {
    mutating func compileRule(_ rule: RuleSyntax) -> CompiledRule? {
        let before = diagnostics.all.count
        var scope = Scope()
        // A `for` or `let` entry that is not an expression was reported by the reader: its uses stay quiet.
        for name in rule.unreadable { scope.poison(name) }
        var checked: [(role: String, expr: CheckedExpr)] = []
        var bindings: [(String, Int, CheckedExpr)] = []
        for (name, syntax) in rule.bindings {
            let c = check(syntax, &scope)
            defer { if c.failed { scope.poison(name) } }
            checked.append(("for.\(name)", c))
            let t = c.type
            let element: ValueType
            if let e = t.element, !t.isOptional { element = e }
            else if case .object = t.unwrapped { element = t.unwrapped }
            else {
                if t != .null { report(CompilerMessages.forNotIterable(name, t), syntax.node) }
                element = .null
            }
            bindings.append((name, scope.declare(name, element), c))
        }
        let entries = basisEntries(rule)
        let family = actFamily(rule, hasBasis: !rule.basis.isEmpty)
        let applies = appliesFrom(rule)
        checkBasisCoverage(rule, entries, appliesFrom: applies)
        // An event's date is known from its subject: checked before the
        // named values, so dated parameters can be read on it.
        var actDates: CheckedExpr?
        if family.readsParamsOnActDate { actDates = checkActDates(rule, family, &scope) }
        var lets: [(String, Int, CheckedExpr)] = []
        for (name, syntax) in rule.lets {
            let c = check(syntax, &scope)
            defer { if c.failed { scope.poison(name) } }
            checked.append(("let.\(name)", c))
            lets.append((name, scope.declare(name, c.type), c))
        }
        if !family.readsParamsOnActDate { actDates = checkActDates(rule, family, &scope) }
        if let a = actDates { checked.append(("actDates", a)) }
        var medium: CheckedExpr?
        if let m = rule.medium {
            let c = check(m, &scope)
            if c.type.unwrapped != .string, c.type != .null { report(LawMessages.mediumType(c.type), m.node) }
            checked.append(("medium", c))
            medium = c
        }
        let when = check(rule.when, &scope)
        checked.append(("when", when))
        if when.type.unwrapped != .bool, when.type != .null {
            report(CompilerMessages.whenNotBool(when.type), rule.when.node)
        }
        var evidence: [(String, CheckedExpr)] = []
        for (name, syntax) in rule.evidence {
            let c = check(syntax, &scope)
            checked.append(("evidence.\(name)", c))
            evidence.append((name, c))
        }
        let (fixed, severity) = compileSeverity(rule.severity, &scope)
        let message = rule.message.map { (zh: template($0.zh, &scope), en: template($0.en, &scope)) }
        guard diagnostics.all.count == before || !diagnostics.all[before...].contains(where: { $0.severity == .error }) else { return nil }
        let schema = self.schema
        var slots = scope.slotCount
        let dated = family.readsParamsPerElement ? datedReads() : [:]
        var readOnce: Set<String> = []
        let lower = { (c: CheckedExpr) in Compiler.compile(c, schema: schema, slots: &slots, datedReads: dated, readOnce: &readOnce) }
        let compiledBindings = bindings.map { ($0.0, $0.1, lower($0.2)) }
        let compiledLets = lets.map { ($0.0, $0.1, lower($0.2)) }
        let compiledWhen = lower(when), compiledActDates = actDates.map(lower)
        // Evidence and messages read a dated value on the finding's last act date: only the
        // reads above decide whether a filing across a change can be judged.
        for name in readOnce.sorted() { report(LawMessages.datedReadOnce(rule.id, name), rule.idNode, .warning) }
        let read = parameterIndices(checked.map(\.expr) + (message.map { ($0.zh + $0.en).compactMap(\.1) } ?? []))
        return CompiledRule(
            id: rule.id, family: rule.family, title: rule.title, basis: entries, acts: family, appliesFrom: applies, doc: rule.doc,
            fixedSeverity: fixed, severityText: rule.severity.text, parameterNames: parameterNames(checked.map(\.expr)),
            severity: severity.map(lower),
            bindings: compiledBindings,
            at: (rule.at ?? "").split(separator: ".").map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined(),
            lets: compiledLets,
            when: compiledWhen, actDates: compiledActDates, medium: medium.map(lower),
            datedParams: read.filter { paramSchedules[$0] != nil }, evidence: evidence.map { ($0.0, lower($0.1)) },
            message: message.map { (zh: lowerTemplate($0.zh, dated, &slots), en: lowerTemplate($0.en, dated, &slots)) },
            slotCount: slots, tests: rule.tests, directory: rule.directory, checked: checked)
    }

    /// A fixed severity word, or an expression that yields one.
    mutating func compileSeverity(_ syntax: ExprSyntax, _ scope: inout Scope) -> (Severity?, CheckedExpr?) {
        if let fixed = Severity(rawValue: syntax.text) { return (fixed, nil) }
        // A single word that names nothing in scope is a misspelt severity, not an expression.
        let word = syntax.text
        if Self.isWord(word), scope.locals[word] == nil, schema.root(word) == nil {
            let valid = Severity.allCases.map(\.rawValue)
            diagnostics.add(Diagnostic(SyntaxMessages.badValue("severity", valid), at: syntax.node.location,
                                       length: word.unicodeScalars.count, suggestion: Suggestion.didYouMean(word, in: valid)))
            return (nil, nil)
        }
        let c = check(syntax, &scope)
        if c.type.unwrapped != .string, c.type != .null {
            report(CompilerMessages.severityNotAWord, syntax.node)
        }
        return (nil, c)
    }

    /// Letters, digits and `_`, starting with a letter: the shape of a severity word.
    static func isWord(_ text: String) -> Bool {
        func letter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = text.unicodeScalars.first, letter(first) else { return false }
        return text.unicodeScalars.allSatisfy { letter($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Splits `text {expr} text` into parts, checking each hole.
    mutating func template(_ t: ExprTemplate, _ scope: inout Scope) -> [(String?, CheckedExpr?)] {
        guard let text = t.node.scalar else { return [] }
        let scalars = Array(text.unicodeScalars)
        let map = ScalarMap(node: t.node, source: t.file)
        var parts: [(String?, CheckedExpr?)] = []
        var literal = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let ch = scalars[i]
            if ch == "{" || ch == "}", i + 1 < scalars.count, scalars[i + 1] == ch { literal.append(ch); i += 2; continue }
            guard ch == "{" else { literal.append(ch); i += 1; continue }
            guard let close = scalars[(i + 1)...].firstIndex(of: "}") else {
                report(CompilerMessages.unclosedHole, t.node)
                break
            }
            if !literal.isEmpty { parts.append((String(literal), nil)); literal = String.UnicodeScalarView() }
            let start = i + 1
            let hole = String(String.UnicodeScalarView(scalars[start..<close]))
            let source = ExprSource(text: hole, locate: { map.location(ofOffset: start + $0) })
            let (c, found) = Checker.check(source, schema: schema, params: paramTable, scope: &scope)
            diagnostics.add(contentsOf: found)
            parts.append((nil, c))
            i = close + 1
        }
        if !literal.isEmpty { parts.append((String(literal), nil)) }
        return parts
    }

    func lowerTemplate(_ parts: [(String?, CheckedExpr?)], _ dated: [Int: (schedule: ParamSchedule, name: String)],
                       _ slots: inout Int) -> [TemplatePart] {
        parts.map { part in
            // Messages read dated values on the finding's last act date: never a read once.
            var messageReads: Set<String> = []
            if let c = part.1 { return .value(Compiler.compile(c, schema: schema, slots: &slots, datedReads: dated, readOnce: &messageReads)) }
            return .text(part.0 ?? "")
        }
    }

    /// Checks `actDates:` against the family: required where the dates are not
    /// the period's, a date or time (or a list of them for hours and windows).
    mutating func checkActDates(_ rule: RuleSyntax, _ family: ActFamily, _ scope: inout Scope) -> CheckedExpr? {
        guard let syntax = rule.actDates else {
            if family.needsDates, !rule.basis.isEmpty || rule.acts != nil { report(LawMessages.actDatesNeeded(family), rule.acts?.node ?? rule.idNode) }
            return nil
        }
        guard family.needsDates else {
            report(LawMessages.actDatesNotUsed(family), syntax.node)
            return nil
        }
        let c = check(syntax, &scope)
        let t = c.type.unwrapped
        let single: Set<ValueType> = [.date, .time]
        let fits = single.contains(t) || (family.takesList && t.element.map { single.contains($0.unwrapped) } == true)
        if !fits, c.type != .null, !c.failed { report(LawMessages.actDatesType(family, c.type), syntax.node) }
        return c
    }

    /// The pack's dated parameters with their names, for rules that read them per act date.
    func datedReads() -> [Int: (schedule: ParamSchedule, name: String)] {
        var out: [Int: (schedule: ParamSchedule, name: String)] = [:]
        for (name, entry) in paramTable { if let schedule = paramSchedules[entry.index] { out[entry.index] = (schedule, name) } }
        return out
    }

    /// Indices of the parameters the expressions read.
    func parameterIndices(_ exprs: [CheckedExpr]) -> [Int] {
        var seen: Set<Int> = []
        for e in exprs {
            for case .param(let index) in e.refs.values { seen.insert(index) }
        }
        return seen.sorted()
    }

    /// Names of the parameters the expressions read, in first-use order.
    func parameterNames(_ exprs: [CheckedExpr]) -> [String] {
        let byIndex = Dictionary(paramTable.map { ($0.value.index, $0.key) }, uniquingKeysWith: { a, _ in a })
        var names: [String] = []
        for e in exprs {
            for case .param(let index) in e.refs.sorted(by: { $0.key < $1.key }).map(\.value) {
                if let n = byIndex[index], !names.contains(n) { names.append(n) }
            }
        }
        return names
    }
}
