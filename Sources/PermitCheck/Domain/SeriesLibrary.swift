/// Series functions: tight loops over a filing's columnar monitoring arrays.
///
/// A list of hours is a list of `.object(ObjectRef(.hour, series, index))`;
/// these functions read the `Double` arrays directly instead of going through
/// per-hour field access.
enum SeriesLibrary {
    static let hours = ValueType.list(.object("Hour"))
    static let optNum = ValueType.optional(.plain)

    static let all: [Builtin] = [
        Builtin("hourly", "hourly(outlet: string, pollutant: string) -> list<Hour>",
                "该排放口、该污染物所有小时（PT1H）序列的全部元素，按序合并",
                "every element of the outlet's PT1H series of the pollutant, pooled in filing order",
                params: [.string, .string], returns: hours, impl: .two { o, p, c in elements(o, p, c, only: .hour) }),
        Builtin("daily", "daily(outlet: string, pollutant: string) -> list<Hour>",
                "该排放口、该污染物所有日（P1D）序列的元素", "every element of the outlet's P1D series of the pollutant",
                params: [.string, .string], returns: hours, impl: .two { o, p, c in elements(o, p, c, only: .day) }),
        Builtin("elements", "elements(outlet: string, pollutant: string) -> list<Hour>",
                "该排放口、该污染物所有序列的全部元素", "every element of every series of the outlet and pollutant",
                params: [.string, .string], returns: hours, impl: .two { o, p, c in elements(o, p, c, only: nil) }),
        Builtin("elements_of", "elements_of(pollutant: string) -> list<Hour>",
                "所有排放口该污染物全部序列的元素（含未许可的排放口）", "every element of every series of the pollutant, at any outlet (permitted or not)",
                params: [.string], returns: hours, impl: .one { p, c in elementsOf(p, c) }),
        Builtin("valid", "valid(hours: list<Hour>, refO2: number?) -> list<Hour>",
                "有效小时：标记 N、有数值；有基准氧含量时 O2 存在且 0 ≤ O2 < 21",
                "valid hours: flag N, a value, and where refO2 is given an O2 reading with 0 ≤ O2 < 21",
                params: [hours, optNum], returns: hours, impl: .two { h, ref, c in try valid(h, ref, c) }),
        Builtin("corrected", "corrected(hour: Hour, refO2: number?) -> quantity?",
                "折算到基准氧含量的浓度（无基准氧含量时为实测值）", "the value corrected to refO2 (the measured value when refO2 is null)",
                params: [.object("Hour"), optNum], returns: .optional(.number(nil)), impl: .two { h, ref, c in corrected(h, ref, c) }),
        Builtin("operating", "operating(hours: list<Hour>) -> list<Hour>",
                "运行小时：标记不是 F（停运）", "operating hours: flag other than F (source stopped)",
                params: [hours], returns: hours, impl: .one { h, c in try keep(h, c) { _, s, i in s.flags[i] != DataFlag.stopped } }),
        Builtin("in_period", "in_period(hours: list<Hour>) -> list<Hour>",
                "本地日期在报告期内的小时", "hours whose local date lies within the filing's period",
                params: [hours], returns: hours, impl: .one { h, c in try inPeriod(h, c) }),
        Builtin("daily_means", "daily_means(hours: list<Hour>, refO2: number?, minHours: number) -> list<DayMean>",
                "按本地日历日求有效小时折算浓度均值，有效小时数不少于 minHours 的日才计入；日序列元素直接作为日均值",
                "calendar-day means of valid corrected hours, for days with at least minHours valid hours; P1D elements are day values as they are",
                params: [hours, optNum, .plain], returns: .list(.object("DayMean")), impl: .three { h, ref, n, c in try DailyMeans.compute(h, ref, n, c) }),
        Builtin("monthly_shares", "monthly_shares(hours: list<Hour>, refO2: number?, limit: quantity) -> list<MonthShare>",
                "按日历月统计有效小时中折算浓度不高于限值的比例", "per calendar month, the share of valid hours whose corrected value is at or under the limit",
                params: [hours, optNum, .optional(.number(nil))], returns: .list(.object("MonthShare")), impl: .three { h, ref, l, c in try MonthlyShares.compute(h, ref, l, c) }),
        Builtin("longest_run", "longest_run(hours: list<Hour>) -> Run?",
                "连续相同实测值的最长一段（无效小时中断连续）", "the longest run of consecutive identical measured values (an hour not in the list breaks a run)",
                params: [hours], returns: .optional(.object("Run")), impl: .one { h, c in try Runs.longest(h, c) }),
        Builtin("identical_runs", "identical_runs(hours: list<Hour>, min: number) -> list<Run>",
                "所有不短于 min 的连续相同实测值段（无效小时中断连续）", "every run of at least min consecutive identical measured values (an hour not in the list breaks a run)",
                params: [hours, .plain], returns: .list(.object("Run")), impl: .two { h, n, c in try Runs.atLeast(h, n, c) }),
        Builtin("mass", "mass(hours: list<Hour>) -> quantity<mass>",
                "排放量：实测浓度 × 流量 × 时长（吨），跳过缺值和停运小时", "mass emitted: measured concentration × flow × duration, in t, over hours with both and flag other than F",
                params: [hours], returns: .number(.mass), impl: .one { h, c in try Mass.emitted(h, c) }),
    ]

    /// Elements of the outlet's and pollutant's series, optionally of one interval.
    static func elements(_ outlet: Value, _ pollutant: Value, _ c: EvalContext, only: SeriesInterval?) -> Value {
        guard let o = outlet.string, let p = pollutant.string else { return .hours([]) }
        var out: [UInt64] = []
        for k in c.series(outlet: o, pollutant: Pollutant.normalize(p) ?? p) {
            let s = c.filing.monitoring[k]
            if let only, s.interval != only { continue }
            out.reserveCapacity(out.count + s.count)
            for i in 0..<s.count { out.append(HourPacking.pack(k, i)) }
        }
        return .hours(out)
    }

    /// Every element of every series of one pollutant.
    static func elementsOf(_ pollutant: Value, _ c: EvalContext) -> Value {
        guard let p = pollutant.string else { return .hours([]) }
        let name = Pollutant.normalize(p) ?? p
        var out: [UInt64] = []
        for (k, s) in c.filing.monitoring.enumerated() where s.pollutant == name {
            out.reserveCapacity(out.count + s.count)
            for i in 0..<s.count { out.append(HourPacking.pack(k, i)) }
        }
        return .hours(out)
    }

    /// The packed hours of a `list<Hour>` value.
    @inline(__always)
    static func packed(_ hours: Value, _ function: String) throws -> [UInt64] {
        switch hours {
        case .hours(let h): return h
        case .list(let l):
            return try l.map { item in
                guard case .object(let r) = item, r.kind == .hour else { throw EvaluationError.shape(function) }
                return HourPacking.pack(Int(r.a), Int(r.b))
            }
        default: throw EvaluationError.shape(function)
        }
    }

    /// The hours for which `keep(series, index)` holds, series by series.
    @inline(__always)
    static func keep(_ hours: Value, _ c: EvalContext, _ keep: (MonitoringSeries, HourColumns, Int) -> Bool) throws -> Value {
        let list = try packed(hours, "hours")
        var out: [UInt64] = []
        out.reserveCapacity(list.count)
        try segments(list, c) { series, columns, slice in
            for p in slice where keep(series, columns, HourPacking.index(p)) { out.append(p) }
        }
        return .hours(out)
    }

    /// Runs `body` once per run of consecutive items from one series, with the
    /// series and its columns borrowed once (not copied per hour).
    @inline(__always)
    static func segments(_ list: [UInt64], _ c: EvalContext, _ body: (MonitoringSeries, HourColumns, ArraySlice<UInt64>) throws -> Void) throws {
        try forEachSegment(list) { k, slice in
            let series = c.filing.monitoring[k]
            try series.withColumns { try body(series, $0, slice) }
            return true
        }
    }

    /// The value corrected to `reference` over borrowed columns; NaN without a usable O2.
    @inline(__always)
    static func correctedValue(_ s: HourColumns, _ i: Int, reference: Double?) -> Double {
        let v = s.values[i]
        guard let reference else { return v }
        guard let o2 = s.o2 else { return .nan }
        return OxygenCorrection.corrected(v, o2: o2[i], reference: reference)
    }

    /// The valid-hour filter, specialised for the two cases (reference O2 or
    /// none) so the loop tests only bytes and doubles: the hottest series loop.
    static func valid(_ hours: Value, _ ref: Value, _ c: EvalContext) throws -> Value {
        let list = try packed(hours, "valid")
        var out: [UInt64] = []
        out.reserveCapacity(list.count)
        let normal = DataFlag.normal
        if ref.double != nil {
            try segments(list, c) { _, s, slice in
                guard let o2 = s.o2 else { return }
                for p in slice {
                    let i = HourPacking.index(p), x = o2[i]
                    if s.flags[i] == normal, !s.values[i].isNaN, x >= 0, x < 21 { out.append(p) }
                }
            }
        } else {
            try segments(list, c) { _, s, slice in
                for p in slice {
                    let i = HourPacking.index(p)
                    if s.flags[i] == normal, !s.values[i].isNaN { out.append(p) }
                }
            }
        }
        return .hours(out)
    }

    static func inPeriod(_ hours: Value, _ c: EvalContext) throws -> Value {
        let from = Double(c.filing.period.from.dayNumber) * 86_400, to = Double(c.filing.period.to.dayNumber + 1) * 86_400
        return try keep(hours, c) { s, _, i in
            let local = s.start.localSeconds + Double(i) * s.interval.seconds
            return local >= from && local < to
        }
    }

    /// One element's value corrected to `ref` (measured when `ref` is null); null without a usable O2.
    static func corrected(_ hour: Value, _ ref: Value, _ c: EvalContext) -> Value {
        guard case .object(let r) = hour, r.kind == .hour else { return .null }
        let s = c.filing.monitoring[Int(r.a)]
        let v = s.withColumns { correctedValue($0, Int(r.b), reference: ref.double) }
        return v.isNaN ? .null : .quantity(v, s.unit)
    }
}
