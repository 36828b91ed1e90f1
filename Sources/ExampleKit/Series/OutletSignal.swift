/// What one outlet's stack does hour by hour, shared by every pollutant
/// measured there: whether the source runs, the flue-gas (or water) flow,
/// and the measured O2.
///
/// A CEMS reads all pollutants of a stack against the same O2 analyser and
/// flow meter, so these columns are generated once per outlet; stopping the
/// source (flag `F`) stops every series of the outlet at once.
public struct OutletSignal: Sendable {
    public let hours: Int
    /// `false` where the source is stopped (flag `F`, no readings).
    public private(set) var running: [Bool]
    /// Measured O2 in percent; `nil` for outlets without a reference O2.
    public private(set) var o2: [Double]?
    public private(set) var flow: [Double]

    /// - Parameter stops: hour ranges in which the source is stopped; parts
    ///   beyond `hours` are ignored, so the same plan scales to short batches.
    public init(hours: Int, seed: UInt64, outlet: String, o2: Level?, flow: Level, stops: [Range<Int>] = []) {
        self.hours = hours
        var random = SplitMix64(seed: seed, stream: outlet + "/signal")
        self.flow = flow.walk(count: hours, random: &random)
        self.o2 = o2.map { $0.walk(count: hours, random: &random) }
        running = Array(repeating: true, count: hours)
        for stop in stops { self.stop(stop) }
    }

    /// Marks the source stopped during `range` (clamped to the series).
    public mutating func stop(_ range: Range<Int>) {
        for i in range.clamped(to: 0..<hours) { running[i] = false }
    }

    /// Stops the source every day in the given local hours (a plant that does not run nights).
    public mutating func stopDaily(hours dailyHours: Set<Int>) {
        for i in 0..<hours where dailyHours.contains(i % 24) { running[i] = false }
    }

    /// Overrides the measured O2 at one hour (ignored beyond the series or without O2).
    public mutating func setO2(_ value: Double, at hour: Int) {
        guard hour >= 0, hour < hours, o2 != nil else { return }
        o2?[hour] = value
    }

}
