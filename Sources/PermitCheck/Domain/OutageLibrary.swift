/// Outages of automatic monitoring (rules-catalog v2, DQ-OUTAGE-48H and
/// DQ-MANUAL-DURING-OUTAGE; 自控办法 第十五条): runs of outage hours on the
/// pooled hourly timeline of an outlet and pollutant, and whether the manual
/// samples taken during a run are dense enough.
enum OutageLibrary {

    static let all: [Builtin] = [
        Builtin("outage_runs", "outage_runs(outlet: string, pollutant: string, flags: list<string>) -> list<OutageRun>",
                "该排放口、该污染物所有小时（PT1H）序列合并后的连续故障小时段：某小时的全部元素都带 flags 中的标记才算故障小时；其他标记（含 F）或无数据的小时中断连续；按时间顺序",
                "runs of consecutive outage hours on the pooled PT1H timeline of the outlet and pollutant: an hour is an outage hour when every element covering it has one of flags; any other flag (F included) or an uncovered hour ends a run; in time order",
                params: [.string, .string, .list(.string)], returns: .list(.object("OutageRun")),
                impl: .three { o, p, f, c in try runs(o, p, f, c) }),
        Builtin("manual_checks", "manual_checks(runs: list<OutageRun>, maxGapHours: number, minPerDay: number) -> list<ManualCheck>",
                "每个故障段内同一排放口、同一污染物的手工监测：间隔（段起点至首次采样、相邻采样、末次采样至段终点）超过 maxGapHours 小时，或段内完整的日历日采样少于 minPerDay 次，即不合格",
                "for each outage run, the manual samples of its outlet and pollutant: it fails when a gap (run start to first sample, sample to sample, last sample to run end) is longer than maxGapHours hours, or a calendar day wholly inside the run has fewer than minPerDay samples",
                params: [.list(.object("OutageRun")), .plain, .plain], returns: .list(.object("ManualCheck")),
                impl: .three { r, g, d, c in try checks(r, g, d, c) }),
    ]

    /// One element of the pooled timeline: its hour, series and index, and its flag's bit among the outage flags (0: none).
    struct Element {
        var hour: Int
        var series: Int
        var index: Int
        var flags: UInt64
    }

    static func runs(_ outlet: Value, _ pollutant: Value, _ flags: Value, _ c: EvalContext) throws -> Value {
        guard let o = outlet.string, let p = pollutant.string else { return .list([]) }
        var wanted: [UInt8] = []
        for f in flags.list ?? [] { if let s = f.string, s.utf8.count == 1, let b = s.utf8.first, !wanted.contains(b) { wanted.append(b) } }
        // Each flag's bit among the wanted ones (0: not an outage flag).
        var bit = [UInt64](repeating: 0, count: 256)
        for (j, b) in wanted.prefix(64).enumerated() { bit[Int(b)] = 1 << UInt64(j) }
        let members = c.series(outlet: o, pollutant: Pollutant.normalize(p) ?? p).filter { c.filing.monitoring[$0].interval == .hour }
        var elements: [Element] = []
        for k in members {
            let s = c.filing.monitoring[k]
            elements.reserveCapacity(elements.count + s.count)
            let origin = s.start.epochSeconds
            s.withColumns { columns in
                for i in 0..<s.count {
                    let hour = Int(((origin + Double(i) * 3600) / 3600).rounded(.down))
                    elements.append(Element(hour: hour, series: k, index: i, flags: bit[Int(columns.flags[i])]))
                }
            }
        }
        if members.count > 1 { elements.sort { $0.hour != $1.hour ? $0.hour < $1.hour : $0.series < $1.series } }
        var out: [Value] = []
        var current: (start: Element, hours: Int, lastHour: Int, flags: UInt64)?
        func close() {
            guard let r = current else { return }
            let found = wanted.prefix(64).enumerated().filter { r.flags & (1 << UInt64($0.offset)) != 0 }.map(\.element)
            out.append(record(r.start, hours: r.hours, flags: found, c))
            current = nil
        }
        var k = 0
        while k < elements.count {
            // One hour: every element covering it must carry an outage flag.
            let first = elements[k]
            var outage = true, seen: UInt64 = 0
            var end = k
            while end < elements.count, elements[end].hour == first.hour {
                outage = outage && elements[end].flags != 0
                seen |= elements[end].flags
                end += 1
            }
            if outage {
                if let r = current, r.lastHour + 1 == first.hour {
                    current = (r.start, r.hours + 1, first.hour, r.flags | seen)
                } else {
                    close()
                    current = (first, 1, first.hour, seen)
                }
            } else {
                close()
            }
            k = end
        }
        close()
        return .list(out)
    }

    static func record(_ start: Element, hours: Int, flags: [UInt8], _ c: EvalContext) -> Value {
        let s = c.filing.monitoring[start.series]
        let from = s.start.adding(seconds: Double(start.index) * 3600)
        let to = from.adding(seconds: Double(hours) * 3600)
        let firstDay = from.localDate.dayNumber, lastDay = from.adding(seconds: Double(hours - 1) * 3600).localDate.dayNumber
        return .record(DomainRecords.outageRun, [
            .number(Double(hours)), .time(from), .time(to),
            .list(flags.map { .string(String(decoding: [$0], as: UTF8.self)) }),
            .object(ObjectRef(.series, start.series)),
            .list((firstDay...max(firstDay, lastDay)).map { .date($0) }),
        ])
    }

    static func checks(_ runs: Value, _ maxGap: Value, _ minPerDay: Value, _ c: EvalContext) throws -> Value {
        guard let gapLimit = maxGap.double, let perDay = minPerDay.double else { return .list([]) }
        var samplesByKey: [SeriesKey: [Double]] = [:]
        var out: [Value] = []
        for item in runs.list ?? [] {
            guard case .record(let r) = item, r.type == DomainRecords.outageRun.object.name, r.fields.count == 6,
                  let from = r.fields[1].time, let to = r.fields[2].time, case .object(let ref) = r.fields[4] else { continue }
            let s = c.filing.monitoring[Int(ref.a)]
            let key = SeriesKey(outlet: s.outlet, pollutant: s.pollutant)
            let runHours = (to.epochSeconds - from.epochSeconds) / 3600
            guard let reported = c.filing.manualSamples else {
                // Not reported: only a run no longer than the gap allowed passes without samples.
                let fails: Value = Tolerance.order(runHours, gapLimit) > 0 ? .null : .bool(false)
                out.append(.record(DomainRecords.manualCheck, [item, .number(0), .number(runHours), .list([]), fails]))
                continue
            }
            let instants: [Double]
            if let known = samplesByKey[key] {
                instants = known
            } else {
                var set = Set<Double>()
                for m in reported where m.outlet == s.outlet && m.pollutant == s.pollutant { set.insert(m.sampledAt.epochSeconds) }
                instants = set.sorted()
                samplesByKey[key] = instants
            }
            let inRun = instants.filter { $0 >= from.epochSeconds && $0 < to.epochSeconds }
            var previous = from.epochSeconds, largest = 0.0
            for t in inRun + [to.epochSeconds] {
                largest = max(largest, (t - previous) / 3600)
                previous = t
            }
            // Calendar days wholly inside the run, in the offset of its first hour.
            var short: [Value] = []
            let offset = Double(from.offsetSeconds)
            var day = Int(((from.epochSeconds + offset) / 86_400).rounded(.up))
            while Double(day + 1) * 86_400 - offset <= to.epochSeconds {
                let dayStart = Double(day) * 86_400 - offset, dayEnd = dayStart + 86_400
                let n = inRun.reduce(0) { $0 + ($1 >= dayStart && $1 < dayEnd ? 1 : 0) }
                if Double(n) < perDay { short.append(.string(LocalDate(dayNumber: day).description)) }
                day += 1
            }
            let fails = Tolerance.order(largest, gapLimit) > 0 || !short.isEmpty
            out.append(.record(DomainRecords.manualCheck, [item, .number(Double(inRun.count)), .number(largest), .list(short), .bool(fails)]))
        }
        return .list(out)
    }
}
