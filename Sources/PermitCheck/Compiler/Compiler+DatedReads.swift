/// Dated parameters in hour and window rules (rules-catalog, "Effective-dated
/// parameters": "Hour, event and window rules use the value in force on each
/// act's date").
///
/// An hour rule judges many acts in one filing, so one value per filing is
/// wrong whenever a value changes inside the period. Inside a comprehension
/// over elements that carry a date — hours, day means, runs, windows — a
/// dated `params.x` reads the value in force on the element's date; outside,
/// it reads the one value in force over the whole period, and is an
/// evaluation error when there is none (never a guess).
///
/// The element's date is its first field of date or time type among `date`,
/// `to`, `time`, `from`: an hour's date, a day's date, and a run's or a
/// window's last date (a continuing act is complete when it ends).
extension Compiler {
    /// The pseudo-slot of "the act date in scope": read by dated parameter
    /// reads, bound by comprehensions over dated elements, so hoisting never
    /// moves a dated read out of the loop that gives it its date.
    static let actDaySlot = -1

    typealias DateOf = @Sendable (Value, EvalContext) -> Int?

    /// Whether `e` is a dated parameter read of this rule.
    func isDatedRead(_ e: Expr) -> Bool {
        if case .param(let index)? = checked.refs[e.id] { return datedReads[index] != nil }
        return false
    }

    /// The read of dated parameter `index`: on the act date in scope, else the
    /// one value over the period.
    func datedRead(_ schedule: ParamSchedule, name: String) -> Evaluator {
        { c in
            if let day = c.actDay { return schedule.value(on: LocalDate(dayNumber: day)) }
            let period = c.filing.period
            guard let value = schedule.uniformValue(from: period.from, to: period.to) else {
                throw EvaluationError.paramChanges(name, period.from, period.to)
            }
            return value
        }
    }

    /// How to read the date of an element of `collection`, when its elements
    /// carry one and the rule has dated reads.
    func elementDate(_ collection: Expr) -> DateOf? {
        guard !datedReads.isEmpty, case .object(let name)? = checked.types[collection.id]?.unwrapped.element?.unwrapped,
              let type = schema.types[name] else { return nil }
        for fieldName in ["date", "to", "time", "from"] {
            guard let field = type.field(fieldName), [.date, .time].contains(field.type.unwrapped) else { continue }
            switch field.access {
            case .model(let read):
                return { x, c in
                    guard case .object(let ref) = x else { return nil }
                    return Compiler.day(read(ref, c))
                }
            case .record(let position):
                return { x, _ in
                    guard case .record(let r) = x, position < r.fields.count else { return nil }
                    return Compiler.day(r.fields[position])
                }
            }
        }
        return nil
    }

    /// The body evaluated with the element's date as the act date in scope.
    static func dated(_ body: @escaping Evaluator, slot: Int, _ dateOf: @escaping DateOf) -> Evaluator {
        { c in
            let saved = c.actDay
            c.actDay = dateOf(c.slots[slot], c) ?? saved
            defer { c.actDay = saved }
            return try body(c)
        }
    }

    static func day(_ value: Value) -> Int? {
        switch value {
        case .date(let d): return d
        case .time(let t): return t.localDate.dayNumber
        default: return nil
        }
    }
}
