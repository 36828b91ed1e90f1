/// Day means (HJ 212-2017 App. D.2.2), month shares (ULE), runs and mass.

/// Day means of pooled series: hourly elements are grouped by local calendar
/// date across every series given (units converted to the first seen), and a
/// day counts when it has at least `minHours` valid hours; P1D elements are day
/// values of their own date. Results are in date order (hourly means before a
/// day value of the same date).
enum DailyMeans {
    static func compute(_ hours: Value, _ ref: Value, _ minHours: Value, _ c: EvalContext) throws -> Value {
        let list = try SeriesLibrary.packed(hours, "daily_means")
        let reference = ref.double, minimum = minHours.double ?? 20
        var unit: Unit?
        var days: [Int: (sum: Double, count: Int)] = [:]
        // Hours usually come in date order: accumulate the current day and fold it into `days` on a change.
        var current = (day: Int.min, sum: 0.0, count: 0)
        var dayValues: [(day: Int, value: Double, unit: Unit)] = []
        try SeriesLibrary.segments(list, c) { s, columns, slice in
            let origin = s.start.localSeconds, step = s.interval.seconds
            let target = unit ?? s.unit
            guard let factor = s.unit.conversion(to: target) else { throw EvaluationError.units(s.unit, target) }
            for p in slice {
                let i = HourPacking.index(p)
                let v = SeriesLibrary.correctedValue(columns, i, reference: reference)
                if v.isNaN { continue }
                let day = Int(((origin + Double(i) * step) / 86_400).rounded(.down))
                if s.interval == .day {
                    dayValues.append((day, v, s.unit))
                    continue
                }
                unit = target
                if day != current.day {
                    if current.count > 0 { days[current.day, default: (0, 0)].sum += current.sum; days[current.day, default: (0, 0)].count += current.count }
                    current = (day, 0, 0)
                }
                current.sum += v * factor
                current.count += 1
            }
        }
        if current.count > 0 { days[current.day, default: (0, 0)].sum += current.sum; days[current.day, default: (0, 0)].count += current.count }
        var out: [(day: Int, order: Int, value: Value)] = []
        for (day, d) in days where Double(d.count) >= minimum {
            out.append((day, 0, .record(DomainRecords.dayMean, [.date(day), .quantity(d.sum / Double(d.count), unit ?? .one), .number(Double(d.count))])))
        }
        for (k, d) in dayValues.enumerated() {
            out.append((d.day, 1 + k, .record(DomainRecords.dayMean, [.date(d.day), .quantity(d.value, d.unit), .number(24)])))
        }
        out.sort { ($0.day, $0.order) < ($1.day, $1.order) }
        return .list(out.map(\.value))
    }
}

enum MonthlyShares {
    static func compute(_ hours: Value, _ ref: Value, _ limit: Value, _ c: EvalContext) throws -> Value {
        let list = try SeriesLibrary.packed(hours, "monthly_shares")
        guard let limitQ = limit.quantity else { return .list([]) }
        let reference = ref.double
        var months: [(key: Int, valid: Int, passing: Int)] = []
        var pollutant = Value.null
        var lastDay = Int.min, lastKey = 0
        try SeriesLibrary.segments(list, c) { s, columns, slice in
            guard let factor = s.unit.conversion(to: limitQ.unit) else { throw EvaluationError.units(s.unit, limitQ.unit) }
            let origin = s.start.localSeconds, step = s.interval.seconds
            for p in slice {
                let i = HourPacking.index(p)
                let v = SeriesLibrary.correctedValue(columns, i, reference: reference)
                if v.isNaN { continue }
                if pollutant.isNull { pollutant = .string(s.pollutant) }
                let day = Int(((origin + Double(i) * step) / 86_400).rounded(.down))
                if day != lastDay { lastDay = day; lastKey = LocalDate(dayNumber: day).monthIndex }
                let key = lastKey
                let passing = Tolerance.order(v * factor, limitQ.value) <= 0 ? 1 : 0
                if let last = months.indices.last, months[last].key == key {
                    months[last].valid += 1
                    months[last].passing += passing
                } else if let k = months.firstIndex(where: { $0.key == key }) {
                    months[k].valid += 1
                    months[k].passing += passing
                } else {
                    months.append((key, 1, passing))
                }
            }
        }
        months.sort { $0.key < $1.key }
        return .list(months.map { m in
            let year = m.key / 12, month = m.key % 12 + 1
            let text = "\(pad(year, 4))-\(pad(month, 2))"
            return .record(DomainRecords.monthShare, [.string(text), .number(Double(m.valid)), .number(Double(m.passing)), .number(Double(m.passing) / Double(m.valid)), pollutant])
        })
    }
}

enum Runs {
    /// Longest run of identical raw values over consecutive elements of one series; ties go to the earliest.
    static func longest(_ hours: Value, _ c: EvalContext) throws -> Value {
        var best: (length: Int, series: Int, index: Int)?
        for run in try runs(hours, c, "longest_run") where run.length > (best?.length ?? 0) { best = run }
        guard let best else { return .null }
        return record(best, c)
    }

    /// Every run of at least `minimum` identical values, in list order.
    static func atLeast(_ hours: Value, _ minimum: Value, _ c: EvalContext) throws -> Value {
        guard let n = minimum.double else { return .null }
        return .list(try runs(hours, c, "identical_runs").filter { Double($0.length) >= n }.map { record($0, c) })
    }

    /// Maximal runs of identical raw values over consecutive elements of one series (an absent value breaks a run).
    static func runs(_ hours: Value, _ c: EvalContext, _ function: String) throws -> [(length: Int, series: Int, index: Int)] {
        let list = try SeriesLibrary.packed(hours, function)
        var out: [(length: Int, series: Int, index: Int)] = []
        var previous: (series: Int, index: Int, value: Double)?
        for p in list {
            let k = HourPacking.series(p), i = HourPacking.index(p)
            let v = c.filing.monitoring[k].values[i]
            if v.isNaN { previous = nil; continue }
            if let p = previous, p.series == k, p.index + 1 == i, p.value == v, let last = out.indices.last {
                out[last].length += 1
            } else {
                out.append((1, k, i))
            }
            previous = (k, i, v)
        }
        return out
    }

    static func record(_ run: (length: Int, series: Int, index: Int), _ c: EvalContext) -> Value {
        let s = c.filing.monitoring[run.series]
        return .record(DomainRecords.run, [
            .number(Double(run.length)), .quantity(s.values[run.index], s.unit),
            .time(s.start.adding(seconds: Double(run.index) * s.interval.seconds)),
            .time(s.start.adding(seconds: Double(run.index + run.length - 1) * s.interval.seconds)),
        ])
    }
}

enum Mass {
    /// Σ concentration × flow × hours, in t: mg/m3 × m3/h × 1e-9, mg/L × m3/h × 1e-6.
    static func emitted(_ hours: Value, _ c: EvalContext) throws -> Value {
        let list = try SeriesLibrary.packed(hours, "mass")
        var total = 0.0
        try SeriesLibrary.segments(list, c) { s, columns, slice in
            guard let flow = columns.flow else { return }
            let scale: Double
            switch s.unit.dimension {
            case .airConcentration: scale = s.unit.factor * 1e-9 * s.interval.hours
            case .waterConcentration: scale = s.unit.factor * 1e-6 * s.interval.hours
            default: throw EvaluationError.notAConcentration(s.unit)
            }
            for p in slice {
                let i = HourPacking.index(p)
                let v = columns.values[i], f = flow[i]
                guard !f.isNaN, !v.isNaN, columns.flags[i] != DataFlag.stopped else { continue }
                total += v * f * scale
            }
        }
        return .quantity(total, .tonne)
    }
}
