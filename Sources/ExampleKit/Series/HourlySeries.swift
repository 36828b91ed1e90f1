import PermitCheck

/// One `monitoring[]` element under construction: an outlet's pollutant,
/// hour by hour, with the outlet's O2 and flow and the HJ 212-2017 flags.
///
/// It starts as a plausible baseline (mostly `N`, `F` where the source is
/// stopped, a few calibration `C`, maintenance `M` and fault `D` hours) and
/// the archetypes then place their designed events with the setters, which
/// ignore hours beyond the series so that scaled batches can be shorter.
public struct HourlySeries: Sendable {
    public var outlet: String
    public var pollutant: String
    public var unit: String
    /// `nil` is JSON `null` (no value).
    public var values: [Double?]
    public var o2: [Double?]?
    public var flow: [Double?]?
    public var flags: [UInt8]
    /// Time of the first element (the period's first hour).
    public var start = QuarterClock.seriesStart

    static let normal = UInt8(ascii: "N"), stopped = UInt8(ascii: "F")
    static let calibration = UInt8(ascii: "C"), maintenance = UInt8(ascii: "M"), fault = UInt8(ascii: "D")

    /// The baseline series.
    /// - Parameters:
    ///   - withFlow: include the outlet's `flow` column (the mass-based rules need it).
    ///   - instrumentEvents: scatter calibration/maintenance/fault hours
    ///     (about 1.5 % of running hours, far from the 90 % capture floor).
    public init(outlet: String, pollutant: String, unit: String, level: Level, signal: OutletSignal, seed: UInt64,
                withFlow: Bool = true, instrumentEvents: Bool = true) {
        self.outlet = outlet; self.pollutant = pollutant; self.unit = unit
        var random = SplitMix64(seed: seed, stream: outlet + "/" + pollutant)
        let hours = signal.hours
        let measured = level.walk(count: hours, random: &random)
        values = (0..<hours).map { signal.running[$0] ? measured[$0] : nil }
        o2 = signal.o2.map { column in (0..<hours).map { signal.running[$0] ? column[$0] : nil } }
        flow = withFlow ? (0..<hours).map { signal.running[$0] ? signal.flow[$0] : nil } : nil
        flags = signal.running.map { $0 ? Self.normal : Self.stopped }
        if instrumentEvents { scatterInstrumentEvents(&random) }
    }

    public var count: Int { values.count }

    /// Weekly zero/span calibration at 10:00 (value kept, flag `C`), two
    /// maintenance visits of 3–5 hours (no value, `M`) and rare single
    /// fault hours (`D`) — what a well-run CEMS records in a quarter.
    private mutating func scatterInstrumentEvents(_ random: inout SplitMix64) {
        let firstCalibrationDay = random.below(7)
        for day in stride(from: firstCalibrationDay, to: count / 24, by: 7) {
            let hour = day * 24 + 10
            if flags[hour] == Self.normal { flags[hour] = Self.calibration }
        }
        for _ in 0..<2 where count > 48 {
            let start = random.below(count - 8), length = 3 + random.below(3)
            for hour in start..<(start + length) where flags[hour] == Self.normal {
                flags[hour] = Self.maintenance
                values[hour] = nil
            }
        }
        for hour in 0..<count where flags[hour] == Self.normal && random.chance(0.003) {
            flags[hour] = Self.fault
            values[hour] = nil
        }
    }

    /// Sets one hour to a valid reading (flag `N`), optionally with its O2.
    public mutating func set(_ hour: Int, value: Double?, o2 newO2: Double? = nil, flag: Character = "N") {
        guard hour >= 0, hour < count else { return }
        values[hour] = value
        flags[hour] = flag.asciiValue ?? Self.normal
        if let newO2, o2 != nil { o2?[hour] = newO2 }
    }

    /// Flags every hour of `range` (clamped) with `flag`; `clearValue` removes the readings.
    public mutating func mark(_ range: Range<Int>, _ flag: Character, clearValue: Bool) {
        for hour in range.clamped(to: 0..<count) {
            flags[hour] = flag.asciiValue ?? Self.normal
            if clearValue { values[hour] = nil }
        }
    }

    /// Writes `value` as a valid reading into every hour of `range` and
    /// makes sure the hours either side differ, so the run is exactly as long
    /// as designed (DQ-FLATLINE reports the longest run).
    public mutating func flatline(_ range: Range<Int>, value: Double) {
        let range = range.clamped(to: 0..<count)
        guard !range.isEmpty else { return }
        for hour in range { set(hour, value: value) }
        for neighbour in [range.lowerBound - 1, range.upperBound] where neighbour >= 0 && neighbour < count {
            if values[neighbour] == value { values[neighbour] = ((value + 0.3) * 10).rounded() / 10 }
        }
    }

    /// The filing-v1 `monitoring[]` object.
    public var json: JSONValue {
        var object: JSONObject = [
            "outlet": .string(outlet), "pollutant": .string(pollutant), "unit": .string(unit),
            "start": .string(start), "interval": "PT1H",
            "values": Self.column(values),
        ]
        if let o2 { object["o2"] = Self.column(o2) }
        if let flow { object["flow"] = Self.column(flow) }
        object["flags"] = .string(String(decoding: flags, as: UTF8.self))
        return .object(object)
    }

    static func column(_ elements: [Double?]) -> JSONValue {
        .array(elements.map { $0.map(JSONValue.number) ?? .null })
    }
}
