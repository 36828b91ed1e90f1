/// A manual monitoring result (手工监测, `manualSamples[]`, catalog v2): one of
/// the permit's plan, or one taken while automatic monitoring was down.
public struct ManualSample: Sendable {
    public var outlet: String
    /// Canonical pollutant name (HJ 212 codes normalised on reading).
    public var pollutant: String
    public var sampledAt: Timestamp
    /// The result in `unit`; `nil` when below the detection limit or not reported.
    public var value: Double?
    public var unit: Unit

    public init(outlet: String, pollutant: String, sampledAt: Timestamp, value: Double? = nil, unit: Unit) {
        self.outlet = outlet; self.pollutant = pollutant; self.sampledAt = sampledAt; self.value = value; self.unit = unit
    }

    /// The result with its unit, when there is one.
    public var quantity: Quantity? { value.map { Quantity($0, unit) } }
}
