/// The annual-cap account (rules-catalog v2, EL-CAP and "EL-CAP and 条例
/// 第二十一条"): per outlet an hour timeline of the period, each hour counted
/// (a series measures it), stopped (`F`: neither) or missing; the mass of the
/// counted hours and the running total that decides the act date.
enum CapAccount {

    static let all: [Builtin] = [
        Builtin("cap_account", "cap_account(pollutant: string, cap: quantity<mass>, countedFlags: list<string>) -> CapAccount",
                "年度许可排放量核算：每个排放口按报告期逐小时计（本地日期在报告期内）；标记属于 countedFlags 且实测浓度与流量均有值的小时计入，F 小时既不计入也不算缺失，其余（含无数据覆盖的小时）为缺失；同一小时多条序列时取申报顺序中第一条可计入的序列；按时间顺序累加，记录首次超过 cap 的小时的本地日期",
                "the period's mass account of a pollutant: per outlet, every hour of the period on the offset of its first series; an hour counts when some series has a flag in countedFlags with measured value and flow (the first such series in filing order), F hours are neither, all other hours (uncovered included) are missing; the running total in order of instant gives the date the cap is first exceeded",
                params: [.string, .optional(.number(.mass)), .list(.string)], returns: .object("CapAccount"),
                impl: .three { p, cap, flags, c in try compute(p, cap, flags, c) }),
    ]

    /// A counted hour, for the running total.
    struct Counted {
        var instant: Double
        var series: Int
        var mass: Double
        var day: Int
    }

    static func compute(_ pollutant: Value, _ cap: Value, _ flags: Value, _ c: EvalContext) throws -> Value {
        guard let p = pollutant.string else { return .null }
        let name = Pollutant.normalize(p) ?? p
        var counted = Set<UInt8>()
        for f in flags.list ?? [] { if let s = f.string, s.utf8.count == 1, let b = s.utf8.first { counted.insert(b) } }
        // Series of the pollutant, grouped by outlet in order of first appearance.
        var outlets: [String] = [], groups: [String: [Int]] = [:]
        for (k, s) in c.filing.monitoring.enumerated() where s.pollutant == name {
            if groups[s.outlet] == nil { outlets.append(s.outlet) }
            groups[s.outlet, default: []].append(k)
        }
        var hours: [Counted] = []
        var countedHours = 0, missingHours = 0, stoppedWithFlow = 0
        for outlet in outlets {
            let members = groups[outlet] ?? []
            guard let first = members.first else { continue }
            let timeline = try PeriodHours(c.filing.period, offset: c.filing.monitoring[first].start.offsetSeconds)
            let tally = try account(members, timeline, counted: counted, c)
            countedHours += tally.counted
            missingHours += tally.missing
            stoppedWithFlow += tally.stoppedWithFlow
            hours += tally.hours
        }
        if outlets.count > 1 { hours.sort { $0.instant != $1.instant ? $0.instant < $1.instant : $0.series < $1.series } }
        var limit: Double?
        if case .quantity(let v, let u) = cap, let f = u.conversion(to: .tonne) { limit = v * f }
        var total = 0.0
        var crossing = Value.null
        for h in hours {
            total += h.mass
            if crossing.isNull, let limit, Tolerance.order(total, limit) > 0 { crossing = .date(h.day) }
        }
        var unmonitored: [Value] = []
        for o in c.filing.permit.outlets where o.limits.contains(where: { $0.pollutant == name }) && c.series(outlet: o.id, pollutant: name).isEmpty {
            if !unmonitored.contains(where: { $0.string == o.id }) { unmonitored.append(.string(o.id)) }
        }
        let judged = countedHours + missingHours
        return .record(DomainRecords.capAccount, [
            .quantity(total, .tonne), .number(Double(countedHours)), .number(Double(missingHours)),
            judged == 0 ? .null : .number(Double(missingHours) / Double(judged)), .number(Double(stoppedWithFlow)),
            .list(unmonitored), crossing,
        ])
    }

    /// One outlet's hours: slot states 0 uncovered, 1 covered but not counted, 2 stopped (F), 3 counted.
    static func account(_ members: [Int], _ timeline: PeriodHours, counted: Set<UInt8>, _ c: EvalContext)
        throws -> (counted: Int, missing: Int, stoppedWithFlow: Int, hours: [Counted]) {
        var state = [UInt8](repeating: 0, count: timeline.count)
        var flowWhileStopped = [Bool](repeating: false, count: timeline.count)
        var mass = [Double](repeating: 0, count: timeline.count)
        var holder = [Int](repeating: 0, count: timeline.count)
        var counts = [Bool](repeating: false, count: 256)
        for b in counted { counts[Int(b)] = true }
        let stopped = DataFlag.stopped
        for k in members {
            let s = c.filing.monitoring[k]
            let scale: Double
            switch s.unit.dimension {
            case .airConcentration: scale = s.unit.factor * 1e-9
            case .waterConcentration: scale = s.unit.factor * 1e-6
            default: throw EvaluationError.notAConcentration(s.unit)
            }
            let range = timeline.candidateElements(of: s)
            s.withColumns { columns in
                for i in range {
                    let flag = columns.flags[i], v = columns.values[i], f = columns.flow?[i] ?? .nan
                    if counts[Int(flag)], !v.isNaN, !f.isNaN {
                        let m = v * f * scale
                        timeline.forEachSlot(of: s, i) { slot in
                            guard state[slot] != 3 else { return }
                            state[slot] = 3; mass[slot] = m; holder[slot] = k
                        }
                    } else if flag == stopped {
                        let withFlow = !f.isNaN && f > 0
                        timeline.forEachSlot(of: s, i) { slot in
                            if state[slot] < 2 { state[slot] = 2 }
                            if withFlow { flowWhileStopped[slot] = true }
                        }
                    } else {
                        timeline.forEachSlot(of: s, i) { slot in if state[slot] == 0 { state[slot] = 1 } }
                    }
                }
            }
        }
        var tally = (counted: 0, missing: 0, stoppedWithFlow: 0, hours: [Counted]())
        for slot in 0..<timeline.count {
            switch state[slot] {
            case 3:
                tally.counted += 1
                tally.hours.append(Counted(instant: timeline.start + Double(slot) * 3600, series: holder[slot], mass: mass[slot], day: timeline.day(slot)))
            case 2:
                if flowWhileStopped[slot] { tally.stoppedWithFlow += 1 }
            default:
                tally.missing += 1
            }
        }
        return tally
    }
}
