/// Numbers, lists, strings and dates. Functions return null when a required
/// argument is null, so missing data propagates to "insufficient data".
enum GeneralLibrary {
    static let optNum = ValueType.optional(.plain)

    /// Result fits for functions generic in their argument.
    static func sameAsFirstNumber(_ args: [ValueType]) -> Fit {
        guard let a = args.first, a.isNumber else { return .bad(BuiltinMessages.number) }
        return .ok(a)
    }

    static func listAggregate(_ name: String, optional: Bool) -> @Sendable ([ValueType]) -> Fit {
        { args in
            guard let element = args.first?.element else { return .bad(BuiltinMessages.list) }
            if name == "count" { return .ok(.plain) }
            if name != "first" && name != "last" && !element.isNumber {
                return .bad(BuiltinMessages.numbers)
            }
            return .ok(optional ? element.asOptional : element)
        }
    }

    static let all: [Builtin] = [
        Builtin("abs", "abs(x: number) -> number", "绝对值", "absolute value", check: sameAsFirstNumber, impl: .one { x, _ in
            guard case .quantity(let v, let u) = x else { return .null }; return .quantity(abs(v), u)
        }),
        Builtin("round", "round(x: number, digits: number) -> number", "四舍五入到 digits 位小数", "rounded to `digits` decimals (half away from zero)", check: sameAsFirstNumber, impl: .two { x, d, _ in
            guard case .quantity(let v, let u) = x, let digits = d.double else { return .null }
            var scale = 1.0
            guard digits.isFinite else { throw EvaluationError.notRepresentable(digits, "round") }
            for _ in 0..<(try CheckedConversion.integer(min(12, max(0, digits)), in: 0...12, "round")) { scale *= 10 }
            return .quantity((v * scale).rounded() / scale, u)
        }),
        Builtin("count", "count(list) -> number", "元素个数", "number of elements", check: listAggregate("count", optional: false), impl: .one { l, _ in .number(Double(l.elements?.count ?? 0)) }),
        Builtin("size", "size(list) -> number", "元素个数", "number of elements", check: listAggregate("count", optional: false), impl: .one { l, _ in .number(Double(l.elements?.count ?? 0)) }),
        Builtin("sum", "sum(list<number>) -> number", "求和（单位换算到第一个元素的单位）", "sum, in the first element's unit", check: listAggregate("sum", optional: false), impl: .one { l, _ in try Aggregate.sum(l.list ?? []) }),
        Builtin("max", "max(list<number>) -> number?", "最大值（空列表为 null）", "largest element (null when empty)", check: listAggregate("max", optional: true), impl: .one { l, _ in try Aggregate.extreme(l.list ?? [], largest: true) }),
        Builtin("min", "min(list<number>) -> number?", "最小值（空列表为 null）", "smallest element (null when empty)", check: listAggregate("min", optional: true), impl: .one { l, _ in try Aggregate.extreme(l.list ?? [], largest: false) }),
        Builtin("avg", "avg(list<number>) -> number?", "平均值（空列表为 null）", "mean (null when empty)", check: listAggregate("avg", optional: true), impl: .one { l, _ in try Aggregate.mean(l.list ?? []) }),
        Builtin("first", "first(list) -> element?", "第一个元素", "first element (null when empty)", check: listAggregate("first", optional: true), impl: .one { l, _ in l.elements?.first ?? .null }),
        Builtin("last", "last(list) -> element?", "最后一个元素", "last element (null when empty)", check: listAggregate("last", optional: true), impl: .one { l, _ in l.elements?.last ?? .null }),
        Builtin("distinct", "distinct(list) -> list", "去重，保留首次出现的顺序", "the elements without repeats, first occurrences in order", check: { args in
            guard let a = args.first, a.element != nil else { return .bad(BuiltinMessages.list) }
            return .ok(a.unwrapped)
        }, impl: .one { l, _ in .list(Aggregate.distinct(l.list ?? [])) }),
        Builtin("flatten", "flatten(list<list>) -> list", "把列表的列表连成一个列表", "the lists of a list of lists, concatenated", check: { args in
            guard let inner = args.first?.element, let element = inner.unwrapped.element else { return .bad(BuiltinMessages.listOfLists) }
            return .ok(.list(element))
        }, impl: .one { l, _ in .list((l.list ?? []).flatMap { $0.list ?? [] }) }),
        Builtin("date", "date(t: time) -> date", "时间的本地日历日期", "the local calendar date of a time", params: [.optional(.time)], returns: .optional(.date), impl: .one { t, _ in
            t.time.map { .date($0.localDate.dayNumber) } ?? .null
        }),
        Builtin("dates", "dates(a: date, b: date) -> list<date>", "从 a 到 b 的每一个日历日（含两端）", "every calendar date from a to b, both included", params: [.optional(.date), .optional(.date)], returns: .list(.date), impl: .two { a, b, _ in
            guard let a = a.date, let b = b.date, a <= b else { return .list([]) }
            let count = try CheckedConversion.integer(Double(a.days(to: b) + 1), in: 1...CheckedConversion.maxDays, "dates")
            return .list((0..<count).map { .date(a.dayNumber + $0) })
        }),
        Builtin("days_between", "days_between(a: date, b: date) -> number", "从 a 到 b 的天数（b 晚于 a 为正）", "days from a to b (positive when b is later)", params: [.optional(.date), .optional(.date)], returns: optNum, impl: .two { a, b, _ in
            guard let a = a.date, let b = b.date else { return .null }; return .number(Double(a.days(to: b)))
        }),
        Builtin("hours_between", "hours_between(a: time, b: time) -> number", "从 a 到 b 的小时数（可为小数）", "hours from a to b, fractional", params: [.optional(.time), .optional(.time)], returns: optNum, impl: .two { a, b, _ in
            guard let a = a.time, let b = b.time else { return .null }; return .number((b.epochSeconds - a.epochSeconds) / 3600)
        }),
        Builtin("add_months", "add_months(d: date, n: number) -> date", "加上 n 个日历月，日超出时取当月最后一天", "n calendar months later, clamping the day to the month's end", params: [.optional(.date), .plain], returns: .optional(.date), impl: .two { d, n, _ in
            guard let d = d.date, let n = n.double else { return .null }
            return .date(try CheckedConversion.date(d.dayNumber, plusMonths: try CheckedConversion.integer(n, in: CheckedConversion.monthRange, "add_months")))
        }),
        Builtin("days_in_year", "days_in_year(d: date) -> number", "该日期所在年份的天数", "number of days in the date's year", params: [.optional(.date)], returns: optNum, impl: .one { d, _ in
            d.date.map { .number(Double($0.daysInYear)) } ?? .null
        }),
        Builtin("year", "year(d: date) -> number", "年份", "the year", params: [.optional(.date)], returns: optNum, impl: .one { d, _ in d.date.map { .number(Double($0.year)) } ?? .null }),
        Builtin("month", "month(d: date) -> string", "年月 YYYY-MM", "the month as YYYY-MM", params: [.optional(.date)], returns: .optional(.string), impl: .one { d, _ in d.date.map { .string($0.monthText) } ?? .null }),
        Builtin("text", "text(x) -> string", "把值写成供人阅读的文字（数值带单位，日期如 2025-07-01）", "the value as text for people (quantities with their unit, dates as 2025-07-01)", check: { args in
            args.count == 1 ? .ok(.string) : .bad(BuiltinMessages.oneArgument)
        }, impl: .one { v, _ in .string(ValueFormat.text(v, .en)) }),
        Builtin("length", "length(s: string) -> number", "字符串的字符数", "number of characters in a string", params: [.optional(.string)], returns: optNum, impl: .one { s, _ in
            s.string.map { .number(Double($0.count)) } ?? .null
        }),
        Builtin("starts_with", "starts_with(s: string, prefix: string) -> bool", "s 是否以 prefix 开头", "whether s starts with prefix", params: [.optional(.string), .string], returns: .optional(.bool), impl: .two { s, p, _ in
            guard let s = s.string, let p = p.string else { return .null }; return .bool(s.utf8.starts(with: p.utf8))  // bytes, like ==
        }),
        Builtin("join", "join(list<string>, separator: string) -> string", "用分隔符连接字符串", "the strings joined with the separator", params: [.list(.string), .string], returns: .string, impl: .two { l, sep, _ in
            .string((l.list ?? []).compactMap(\.string).joined(separator: sep.string ?? ", "))
        }),
        Builtin("value_in", "value_in(q: quantity, unit: string) -> number", "把量换算到指定单位后的数值", "the quantity's number in the given unit", params: [.optional(.number(nil)), .string], returns: optNum, impl: .two { q, u, _ in
            guard let q = q.quantity, let symbol = u.string else { return .null }
            guard let unit = Unit(symbol: symbol) else { throw EvaluationError.unknownUnit(symbol) }
            guard let converted = q.converted(to: unit) else { throw EvaluationError.units(q.unit, unit) }
            return .number(converted.value)
        }),
    ]
}

/// List aggregates over quantities, converting units to the first element's.
enum Aggregate {
    static func sum(_ list: [Value]) throws -> Value {
        guard case .quantity(_, let unit)? = list.first(where: { !$0.isNull }) else { return .number(0) }
        var total = 0.0
        for item in list {
            guard case .quantity(let v, let u) = item else { continue }
            guard let f = u.conversion(to: unit) else { throw EvaluationError.units(u, unit) }
            total += v * f
        }
        return .quantity(total, unit)
    }

    static func extreme(_ list: [Value], largest: Bool) throws -> Value {
        var best: (Double, Unit)?
        for item in list {
            guard case .quantity(let v, let u) = item else { continue }
            guard let current = best else { best = (v, u); continue }
            guard let f = u.conversion(to: current.1) else { throw EvaluationError.units(u, current.1) }
            if largest ? v * f > current.0 : v * f < current.0 { best = (v * f, current.1) }
        }
        return best.map { .quantity($0.0, $0.1) } ?? .null
    }

    static func mean(_ list: [Value]) throws -> Value {
        let numbers = list.filter { !$0.isNull }
        guard !numbers.isEmpty, case .quantity(let total, let unit) = try sum(numbers) else { return .null }
        return .quantity(total / Double(numbers.count), unit)
    }

    static func distinct(_ list: [Value]) -> [Value] {
        var out: [Value] = []
        for item in list where !out.contains(where: { Equality.equal($0, item) }) { out.append(item) }
        return out
    }
}
