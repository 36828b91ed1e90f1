/// Stoppages against the monitoring data (rules-catalog v2, STOP-UNDECLARED,
/// STOP-CONTRADICTED, EXEC-REPORT-CONTENT and their precise readings).
enum StoppageLibrary {

    static let all: [Builtin] = [
        Builtin("stopped_months", "stopped_months(outlet: string) -> list<StoppedMonth>",
                "报告期内完整的自然月中，该排放口全部序列（任意污染物，合并，日序列元素按 24 小时计）覆盖每一个小时且全部标记为 F（停运）的月份",
                "the calendar months wholly inside the period in which every hour is covered by an element of the outlet's series (any pollutant, pooled; a P1D element covers its 24 hours) and every such element is flagged F",
                params: [.string], returns: .list(.object("StoppedMonth")), impl: .one { o, c in try stoppedMonths(o, c) }),
        Builtin("stop_contradictions", "stop_contradictions(stoppage: Stoppage) -> StopContradiction",
                "停产期间（from 起含、to 止不含；to 为空时至报告期末日结束，按 from 的时区）其适用排放口的小时序列中标记 N 且流量大于 0 的小时（每个排放口同一小时只计一次）",
                "the hours in the stoppage (from inclusive, to exclusive; to null: the end of period.to in the offset of from) of the outlets it applies to that are flagged N with a flow above 0, each hour once per outlet, over their PT1H series",
                params: [.object("Stoppage")], returns: .object("StopContradiction"), impl: .one { s, c in try contradictions(s, c) }),
        Builtin("covers_period", "covers_period(stoppage: Stoppage) -> bool",
                "停产覆盖整个报告期：from 不晚于报告期首日开始，且 to 为空或不早于报告期末日结束",
                "whether the stoppage covers the whole period: from at or before the start of period.from, and to null or at or after the end of period.to",
                params: [.optional(.object("Stoppage"))], returns: .optional(.bool), impl: .one { s, c in coversPeriod(s, c) }),
    ]

    static func stoppage(_ value: Value, _ c: EvalContext) -> Stoppage? {
        guard case .object(let ref) = value, ref.kind == .stoppage, let list = c.filing.stoppages, Int(ref.a) < list.count else { return nil }
        return list[Int(ref.a)]
    }

    static func stoppedMonths(_ outlet: Value, _ c: EvalContext) throws -> Value {
        guard let id = outlet.string else { return .list([]) }
        let members = c.filing.monitoring.indices.filter { c.filing.monitoring[$0].outlet == id }
        guard let first = members.first else { return .list([]) }
        let timeline = try PeriodHours(c.filing.period, offset: c.filing.monitoring[first].start.offsetSeconds)
        // 0 uncovered, 1 covered and every element F so far, 2 some element not F.
        var state = [UInt8](repeating: 0, count: timeline.count)
        let stopped = DataFlag.stopped
        for k in members {
            let s = c.filing.monitoring[k]
            for i in timeline.candidateElements(of: s) {
                let f = s.flags[i] == stopped
                timeline.forEachSlot(of: s, i) { slot in
                    if !f { state[slot] = 2 } else if state[slot] == 0 { state[slot] = 1 }
                }
            }
        }
        var out: [Value] = []
        let period = c.filing.period
        var start = LocalDate(year: period.from.year, month: period.from.month, day: 1) ?? period.from
        while start <= period.to {
            let next = start.adding(months: 1)
            if start >= period.from, next.dayNumber - 1 <= period.to.dayNumber,
               timeline.slots(days: start.dayNumber, next.dayNumber - 1).allSatisfy({ state[$0] == 1 }) {
                let from = timeline.time((start.dayNumber - timeline.firstDay) * 24), to = timeline.time((next.dayNumber - timeline.firstDay) * 24)
                out.append(.record(DomainRecords.stoppedMonth, [.string(start.monthText), .time(from), .time(to)]))
            }
            start = next
        }
        return .list(out)
    }

    static func contradictions(_ value: Value, _ c: EvalContext) throws -> Value {
        guard let stop = stoppage(value, c) else { return .null }
        let from = stop.from.epochSeconds
        let end = stop.to?.epochSeconds ?? Double(c.filing.period.to.dayNumber + 1) * 86_400 - Double(stop.from.offsetSeconds)
        let permitted = c.filing.permit.outlets.map(\.id)
        var listed: [String] = []
        for id in stop.outlets ?? permitted where !listed.contains(id) { listed.append(id) }
        // Permit order, then outlets the permit lacks in the order listed.
        let outlets = permitted.filter { listed.contains($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            + listed.filter { !permitted.contains($0) }
        var hours = 0, observed = 0
        var contradicting: [Value] = []
        var first: Timestamp?
        var days = Set<Int>()
        let normal = DataFlag.normal
        for id in outlets {
            var seen = Set<Int>()
            for s in c.filing.monitoring where s.outlet == id && s.interval == .hour {
                guard let flow = s.flow else { continue }
                let origin = s.start.epochSeconds
                let lo = (from - origin) / 3600, hi = (end - origin) / 3600
                let lower = lo <= 0 ? 0 : (lo >= Double(s.count) ? s.count : Int(lo.rounded(.up)))
                let upper = hi <= 0 ? 0 : (hi >= Double(s.count) ? s.count : Int(hi.rounded(.up)))
                for i in lower..<max(lower, upper) {
                    let t = origin + Double(i) * 3600
                    guard t >= from, t < end else { continue }
                    observed += 1
                    let f = flow[i]
                    guard s.flags[i] == normal, !f.isNaN, f > 0 else { continue }
                    let hour = Int((t / 3600).rounded(.down))
                    guard seen.insert(hour).inserted else { continue }
                    let start = s.start.adding(seconds: Double(i) * 3600)
                    if first.map({ start < $0 }) ?? true { first = start }
                    days.insert(start.localDate.dayNumber)
                }
            }
            hours += seen.count
            if !seen.isEmpty { contradicting.append(.string(id)) }
        }
        return .record(DomainRecords.stopContradiction, [
            .number(Double(hours)), .list(contradicting), first.map { .time($0) } ?? .null,
            .list(days.sorted().map { .date($0) }), .number(Double(observed)),
        ])
    }

    static func coversPeriod(_ value: Value, _ c: EvalContext) -> Value {
        guard let stop = stoppage(value, c) else { return .null }
        let period = c.filing.period
        let start = Double(period.from.dayNumber) * 86_400 - Double(stop.from.offsetSeconds)
        guard stop.from.epochSeconds <= start else { return .bool(false) }
        guard let to = stop.to else { return .bool(true) }
        return .bool(to.epochSeconds >= Double(period.to.dayNumber + 1) * 86_400 - Double(to.offsetSeconds))
    }
}
