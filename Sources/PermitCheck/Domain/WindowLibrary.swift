/// Monitoring duties by calendar window (rules-catalog v2, SELF-MON-FREQ and
/// AUTOMON-REQUIRED): the windows of a manual plan item's frequency that lie
/// wholly inside the period, with the samples each holds, and whether a
/// series overlaps the period at all.
enum WindowLibrary {

    static let all: [Builtin] = [
        Builtin("sampling_windows", "sampling_windows(item: PlanItem) -> list<SampleWindow>",
                "手工监测项目按频次划分的时段（日、ISO 周、月、季、半年、年），只取完整落在报告期内的时段；每段的手工采样次数（同一时刻只计一次）及是否被适用于该排放口的已申报停产完整覆盖",
                "the windows of the item's frequency (day, ISO week, month, quarter, half-year, year) lying wholly inside the period, each with its manual samples of the outlet and pollutant (equal sampledAt once) and whether a declared stoppage applying to the outlet covers it wholly",
                params: [.optional(.object("PlanItem"))], returns: .list(.object("SampleWindow")), impl: .one { i, c in windows(i, c) }),
        Builtin("overlaps_period", "overlaps_period(series: Series) -> bool",
                "序列是否有元素的本地日期落在报告期内", "whether some element of the series has its local date in the period",
                params: [.optional(.object("Series"))], returns: .optional(.bool), impl: .one { s, c in overlaps(s, c) }),
    ]

    static func windows(_ item: Value, _ c: EvalContext) -> Value {
        guard case .object(let ref) = item, ref.kind == .planItem else { return .list([]) }
        let outlet = c.filing.permit.outlets[Int(ref.a)]
        guard let plan = outlet.monitoringPlan, Int(ref.b) < plan.count, let frequency = plan[Int(ref.b)].frequency else { return .list([]) }
        let pollutant = plan[Int(ref.b)].pollutant
        let period = c.filing.period
        // Local dates of the distinct sampling instants.
        var sampleDays: [Int]?
        if let samples = c.filing.manualSamples {
            var seen = Set<Double>(), days: [Int] = []
            for m in samples where m.outlet == outlet.id && m.pollutant == pollutant && seen.insert(m.sampledAt.epochSeconds).inserted {
                days.append(m.sampledAt.localDate.dayNumber)
            }
            sampleDays = days
        }
        let stops = (c.filing.stoppages ?? []).filter { $0.applies(to: outlet.id, permitted: true) }
        var out: [Value] = []
        var day = period.from.dayNumber
        while day <= period.to.dayNumber {
            let w = span(of: day, frequency.per)
            if w.from >= period.from.dayNumber, w.to <= period.to.dayNumber {
                let samples = sampleDays.map { days in Value.number(Double(days.reduce(0) { $0 + ($1 >= w.from && $1 <= w.to ? 1 : 0) })) } ?? .null
                let stopped = stops.contains { s in
                    guard s.from.epochSeconds <= Double(w.from) * 86_400 - Double(s.from.offsetSeconds) else { return false }
                    guard let to = s.to else { return true }
                    return to.epochSeconds >= Double(w.to + 1) * 86_400 - Double(to.offsetSeconds)
                }
                out.append(.record(DomainRecords.sampleWindow, [.string(w.label), .date(w.from), .date(w.to), samples, .bool(stopped)]))
            }
            day = w.to + 1
        }
        return .list(out)
    }

    /// The window of `per` holding `day`: first and last day and label.
    static func span(of day: Int, _ per: FrequencyPeriod) -> (from: Int, to: Int, label: String) {
        let date = LocalDate(dayNumber: day)
        let y = date.year, m = date.month
        func months(_ first: Int, _ count: Int) -> (Int, Int) {
            let start = CivilCalendar.dayNumber(year: y, month: first, day: 1)
            return (start, LocalDate(dayNumber: start).adding(months: count).dayNumber - 1)
        }
        switch per {
        case .day:
            return (day, day, date.description)
        case .week:
            let weekday = ((day + 3) % 7 + 7) % 7  // Monday 0; 1970-01-01 was a Thursday
            let monday = day - weekday, thursday = monday + 3
            let isoYear = LocalDate(dayNumber: thursday).year
            let week = (thursday - CivilCalendar.dayNumber(year: isoYear, month: 1, day: 1)) / 7 + 1
            return (monday, monday + 6, "\(pad(isoYear, 4))-W\(pad(week, 2))")
        case .month:
            let (a, b) = months(m, 1)
            return (a, b, date.monthText)
        case .quarter:
            let q = (m - 1) / 3
            let (a, b) = months(q * 3 + 1, 3)
            return (a, b, "\(pad(y, 4))-Q\(q + 1)")
        case .halfYear:
            let h = (m - 1) / 6
            let (a, b) = months(h * 6 + 1, 6)
            return (a, b, "\(pad(y, 4))-H\(h + 1)")
        case .year:
            let (a, b) = months(1, 12)
            return (a, b, pad(y, 4))
        }
    }

    static func overlaps(_ series: Value, _ c: EvalContext) -> Value {
        guard case .object(let ref) = series, ref.kind == .series, Int(ref.a) < c.filing.monitoring.count else { return .null }
        let s = c.filing.monitoring[Int(ref.a)]
        guard s.count > 0 else { return .bool(false) }
        let first = s.start.localDate, last = s.start.adding(seconds: Double(s.count - 1) * s.interval.seconds).localDate
        return .bool(first <= c.filing.period.to && last >= c.filing.period.from)
    }
}

/// The libraries of catalog v2's monitoring duties, registered together.
enum MonitoringDutyLibraries {
    static let all: [Builtin] = CapAccount.all + OutageLibrary.all + StoppageLibrary.all + WindowLibrary.all
}
