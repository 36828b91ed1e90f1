/// The hours of the filing's period on one UTC offset's wall clock, from the
/// start of `period.from` to the end of `period.to` (rules-catalog, EL-CAP:
/// "in the offset of its first series"), as slots 0, 1, … of one hour each.
/// Series elements map onto slots by instant, so several series of one outlet
/// meet on one timeline.
struct PeriodHours {
    /// Epoch seconds of the start of `period.from` in the offset.
    let start: Double
    /// Number of hours (24 per day of the period).
    let count: Int
    /// Day number of `period.from`.
    let firstDay: Int
    let offset: Int

    init(_ period: Period, offset: Int) throws(EvaluationError) {
        let days = period.to.dayNumber - period.from.dayNumber + 1
        guard days <= CheckedConversion.maxDays else { throw EvaluationError.notRepresentable(Double(days), "period") }
        firstDay = period.from.dayNumber
        self.offset = offset
        start = Double(period.from.dayNumber) * 86_400 - Double(offset)
        count = max(0, days) * 24
    }

    /// The slot of the hour an instant falls in, or `nil` outside the period.
    @inline(__always)
    func slot(_ epoch: Double) -> Int? {
        let x = (epoch - start) / 3600
        guard x >= 0, x < Double(count) else { return nil }
        return Int(x)
    }

    /// The first and one-past-last slot of the local days `from…to` (clamped to the period).
    func slots(days from: Int, _ to: Int) -> Range<Int> {
        let lower = max(0, (from - firstDay) * 24), upper = min(count, (to - firstDay + 1) * 24)
        return lower..<max(lower, upper)
    }

    /// The instant a slot starts.
    func time(_ slot: Int) -> Timestamp { Timestamp(epochSeconds: start + Double(slot) * 3600, offsetSeconds: offset) }

    /// The local date of a slot.
    func day(_ slot: Int) -> Int { firstDay + slot / 24 }

    /// Calls `body(slot)` for every slot an element covers: one hour for PT1H,
    /// 24 for P1D (EL-CAP and STOP-UNDECLARED count a day as its 24 hours).
    @inline(__always)
    func forEachSlot(of s: MonitoringSeries, _ i: Int, _ body: (Int) -> Void) {
        let begin = s.start.epochSeconds + Double(i) * s.interval.seconds
        if s.interval == .hour {
            if let k = slot(begin) { body(k) }
            return
        }
        for j in 0..<24 { if let k = slot(begin + Double(j) * 3600) { body(k) } }
    }

    /// The element index range of `s` whose elements may touch the period (a superset; slots decide).
    func candidateElements(of s: MonitoringSeries) -> Range<Int> {
        let step = s.interval.seconds
        let lo = (start - s.start.epochSeconds) / step - 1, hi = (start + Double(count) * 3600 - s.start.epochSeconds) / step + 1
        let lower = lo <= 0 ? 0 : (lo >= Double(s.count) ? s.count : Int(lo))
        let upper = hi <= 0 ? 0 : (hi >= Double(s.count) ? s.count : Int(hi))
        return lower..<max(lower, upper)
    }
}

/// Which stoppages apply to an outlet (rules-catalog, "EXEC-REPORT-CONTENT and
/// STOP-*": its `outlets`, or every permitted outlet when `outlets` is absent).
extension Stoppage {
    func applies(to outlet: String, permitted: Bool) -> Bool {
        guard let outlets else { return permitted }
        return outlets.contains(outlet)
    }
}
