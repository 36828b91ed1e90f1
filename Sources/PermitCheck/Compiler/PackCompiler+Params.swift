/// Compiling parameters: one literal, effective-dated values, or table rows
/// (rules-catalog, "Effective-dated parameters"). A parameter with a single
/// open value is a constant; one whose value or rows change with the date gets
/// a ``ParamSchedule`` that the engine reads on each rule's reference date.
extension PackCompiler {
    /// One value or row after checking, with what documentation shows of it.
    struct DatedValue {
        var key: String?
        var range: DateRange
        var value: Value
        var type: ValueType
        var text: String
        var source: String?
        var status: ParamStatus?
        var node: YAMLNode
    }

    mutating func compileParams(_ params: [ParamSyntax], owners: [String: String], packName: String) {
        for p in params {
            if p.retired != nil { continue }
            let isTable = p.rows != nil
            let written: [DatedValueSyntax]
            if let values = p.values ?? p.rows {
                written = values
            } else if let node = p.value {
                written = [DatedValueSyntax(key: nil, value: node, node: node)]
            } else {
                diagnostics.add(Diagnostic(CompilerMessages.paramWithoutValue(p.name), at: p.nameNode.location, length: p.name.count))
                continue
            }
            var values: [DatedValue] = []
            for w in written {
                guard let (value, type) = Constant.evaluate(w.value, file: p.file) else {
                    diagnostics.add(Diagnostic(CompilerMessages.paramNotLiteral(p.name), at: w.value.location, length: w.value.scalar?.count ?? 1))
                    continue
                }
                let what = w.key.map { "`\(p.name)` row `\($0.text)`" } ?? "`\(p.name)`"
                guard let range = dateRange(from: w.from, until: w.until, what: what) else { continue }
                values.append(DatedValue(
                    key: w.key?.text, range: range, value: value, type: type, text: w.value.scalar ?? ValueFormat.text(value, .en),
                    source: w.source ?? p.source, status: status(w.status) ?? p.status, node: w.from ?? w.until ?? w.value))
            }
            guard !values.isEmpty || written.isEmpty, let type = joinedType(p.name, values, isTable: isTable) else { continue }
            checkOverlaps(p.name, values)
            if !isTable, let covers = coversFrom { checkGaps(p.name, p.nameNode, values, from: covers) }
            register(p, values, type: type, isTable: isTable, setBy: owners[p.name] ?? packName)
        }
    }

    /// The parameter's type: every value's, or `table<row>` over every row's.
    mutating func joinedType(_ name: String, _ values: [DatedValue], isTable: Bool) -> ValueType? {
        var type: ValueType = .null
        for v in values {
            guard let joined = Checker.join(type, v.type) else {
                diagnostics.add(Diagnostic(LawMessages.valueTypes(name, type, v.type), at: v.node.location, length: v.node.scalar?.count ?? 1))
                return nil
            }
            type = type == .null ? v.type : joined
        }
        return isTable ? .table(type) : type
    }

    /// Two values (or two rows of one key) in force on a common date.
    mutating func checkOverlaps(_ name: String, _ values: [DatedValue]) {
        for (i, a) in values.enumerated() {
            for b in values[(i + 1)...] where a.key == b.key && a.range.overlaps(b.range) {
                let start = max(a.range.from?.dayNumber ?? Int.min, b.range.from?.dayNumber ?? Int.min)
                let date = start == Int.min ? (b.range.until ?? a.range.until ?? LocalDate(dayNumber: 0)) : LocalDate(dayNumber: start)
                let what = a.key.map { "`\(name)` (row `\($0)`)" } ?? "`\(name)`"
                diagnostics.add(Diagnostic(LawMessages.valuesOverlap(what, date), at: b.node.location, length: b.node.scalar?.count ?? 1))
            }
        }
    }

    /// A scalar needs a value on every date from `coversFrom` on.
    mutating func checkGaps(_ name: String, _ node: YAMLNode, _ values: [DatedValue], from covers: LocalDate) {
        for gap in DateCoverage.gaps(values.map(\.range), from: covers) {
            diagnostics.add(Diagnostic(LawMessages.gap(name, gap.from, gap.until), at: node.location, length: name.count))
        }
    }

    mutating func register(_ p: ParamSyntax, _ values: [DatedValue], type: ValueType, isTable: Bool, setBy: String) {
        let dated = values.contains { $0.range != .always }
        let constant: Value
        var schedule: ParamSchedule?
        if isTable, !dated {
            var rows: [String: Value] = [:]
            for v in values { if let k = v.key { rows[k] = v.value } }
            constant = .table(rows)
        } else if !isTable, values.count == 1, !dated {
            constant = values[0].value
        } else {
            let s = ParamSchedule(entries: values.map { .init(key: $0.key, range: $0.range, value: $0.value) }, isTable: isTable)
            schedule = s
            // Documentation and `params` outside a rule see the latest value.
            let latest = values.map { $0.range.until?.dayNumber ?? Int.max }.max() ?? 0
            constant = s.value(on: LocalDate(dayNumber: latest == Int.max ? (values.compactMap { $0.range.from?.dayNumber }.max() ?? 0) : latest))
        }
        paramTable[p.name] = (type, paramValues.count)
        paramValues.append(constant)
        if let schedule { paramSchedules[paramValues.count - 1] = schedule }
        let shown = values.first { $0.range.until == nil } ?? values.last
        parameters.append(Parameter(
            name: p.name,
            valueText: isTable || values.count != 1 ? (p.value?.scalar ?? ValueFormat.text(constant, .en)) : (shown?.text ?? ""),
            type: type.description, doc: p.doc, source: shown?.source ?? p.source, status: shown?.status ?? p.status, setBy: setBy,
            values: values.map { ParameterValue(key: $0.key, valueText: $0.text, from: $0.range.from, until: $0.range.until, source: $0.source, status: $0.status, value: $0.value) }))
    }

    /// `from`/`until` of a document, value or row; `nil` after reporting a bad date or `from` after `until`.
    mutating func dateRange(from: YAMLNode?, until: YAMLNode?, what: String) -> DateRange? {
        var ok = true
        func read(_ node: YAMLNode?, _ key: String) -> LocalDate? {
            guard let node, !node.isNull else { return nil }
            guard let text = node.scalar, let d = LocalDate(text) else {
                report(LawMessages.badDate(key, node.scalar ?? ""), node)
                ok = false
                return nil
            }
            return d
        }
        let f = read(from, "from"), u = read(until, "until")
        guard ok else { return nil }
        if let f, let u, f > u, let node = from {
            report(LawMessages.fromAfterUntil(what, f, u), node)
            return nil
        }
        return DateRange(from: f, until: u)
    }

    /// A status written `C`, `S` or `U` (or spelt out); reports anything else.
    mutating func status(_ written: (text: String, node: YAMLNode)?) -> ParamStatus? {
        guard let written else { return nil }
        guard let s = ParamStatus(word: written.text) else {
            report(LawMessages.badStatus(written.text), written.node)
            return nil
        }
        return s
    }
}

/// Which dates a set of ranges leaves uncovered.
enum DateCoverage {
    /// The uncovered stretches from `start` on, each `from…until` (`until` nil: open).
    static func gaps(_ ranges: [DateRange], from start: LocalDate) -> [(from: LocalDate, until: LocalDate?)] {
        let sorted = ranges.sorted { ($0.from?.dayNumber ?? Int.min) < ($1.from?.dayNumber ?? Int.min) }
        var cursor = start.dayNumber
        var gaps: [(from: LocalDate, until: LocalDate?)] = []
        for r in sorted {
            if let end = r.until?.dayNumber, end < cursor { continue }
            if let f = r.from?.dayNumber, f > cursor {
                gaps.append((LocalDate(dayNumber: cursor), LocalDate(dayNumber: f - 1)))
            }
            guard let end = r.until?.dayNumber else { return gaps }
            cursor = max(cursor, end + 1)
        }
        gaps.append((LocalDate(dayNumber: cursor), nil))
        return gaps
    }
}
