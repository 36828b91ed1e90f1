/// How one generated quantity behaves over the hours: where it sits, how
/// much it wanders, and the bounds it never leaves.
///
/// Example files must trip exactly the rules they are designed for, so the
/// baseline is bounded (`range`) well inside the permit limits; findings come
/// only from events placed on purpose.
public struct Level: Sendable {
    /// Typical value (multiplied by the daily profile).
    public var base: Double
    /// Standard deviation of the hour-to-hour wandering.
    public var spread: Double
    /// Hard bounds of the baseline.
    public var range: ClosedRange<Double>
    /// Rounding: 1 → tenths, 0 → whole numbers, −2 → hundreds.
    public var decimals: Int
    /// AR(1) coefficient: how much of the last hour's deviation carries over.
    public var persistence: Double
    /// Multiplier per local hour of the day.
    public var profile: DailyProfile

    public init(_ base: Double, spread: Double, range: ClosedRange<Double>, decimals: Int = 1,
                persistence: Double = 0.8, profile: DailyProfile = .flat) {
        self.base = base; self.spread = spread; self.range = range; self.decimals = decimals
        self.persistence = persistence; self.profile = profile
    }

    /// The smallest step the rounding keeps (0.1 for tenths, 100 for hundreds).
    public var quantum: Double {
        var q = 1.0
        if decimals > 0 { for _ in 0..<decimals { q /= 10 } } else { for _ in 0..<(-decimals) { q *= 10 } }
        return q
    }

    /// `value` rounded as this level prints. Dividing by a power of ten (not
    /// multiplying by 0.1) gives the double nearest the decimal, so `38.2`
    /// prints as `38.2`.
    public func rounded(_ value: Double) -> Double {
        if decimals >= 0 {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            return (value * scale).rounded() / scale
        }
        return (value / quantum).rounded() * quantum
    }

    /// `count` hourly values: an AR(1) walk around `base × profile`, clamped
    /// and rounded. No two neighbours are equal (a tie is nudged one quantum
    /// towards the middle), so a baseline never contains an accidental
    /// flatline (DQ-FLATLINE); only injected ones exist.
    public func walk(count: Int, random: inout SplitMix64) -> [Double] {
        let innovation = spread * (1 - persistence * persistence).squareRoot()
        let middle = (range.lowerBound + range.upperBound) / 2
        var deviation = spread * random.noise()
        var previous = Double.nan
        var out: [Double] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            deviation = persistence * deviation + innovation * random.noise()
            var value = rounded(min(max(base * profile.factor(hour: i % 24) + deviation, range.lowerBound), range.upperBound))
            if value == previous { value = rounded(value + (value >= middle ? -quantum : quantum)) }
            out.append(value)
            previous = value
        }
        return out
    }
}

/// A multiplier for each local hour of the day (load following, shifts).
public struct DailyProfile: Sendable {
    public var factors: [Double]

    public init(_ factors: [Double]) { self.factors = factors.count == 24 ? factors : Array(repeating: 1, count: 24) }

    public func factor(hour: Int) -> Double { factors[hour % 24] }

    /// Continuous processes (sintering, coke ovens): no daily rhythm.
    public static let flat = DailyProfile(Array(repeating: 1, count: 24))

    /// A grid-following power unit: low load at night, peaks late morning and evening.
    public static let gridLoad = DailyProfile([
        0.78, 0.74, 0.72, 0.71, 0.72, 0.76, 0.84, 0.92, 0.98, 1.04, 1.08, 1.08,
        1.04, 1.02, 1.04, 1.06, 1.08, 1.10, 1.12, 1.12, 1.08, 1.00, 0.92, 0.84,
    ])

    /// Day-shift manufacturing: busier 08:00–18:00.
    public static let dayShift = DailyProfile([
        0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.90, 0.98, 1.08, 1.12, 1.14, 1.12,
        1.04, 1.08, 1.12, 1.14, 1.10, 1.04, 0.96, 0.92, 0.90, 0.88, 0.86, 0.85,
    ])
}
