/// One outlet's and one pollutant's monitoring data, stored columnar.
///
/// `values`, `o2` and `flow` are contiguous `Double` arrays in which `NaN`
/// stands for JSON `null` (JSON cannot carry NaN, so the two never mix);
/// `flags` holds one HJ 212-2017 flag byte per element. Series rules run as
/// loops over these arrays.
public struct MonitoringSeries: Sendable {
    public var outlet: String
    /// Canonical pollutant name (HJ 212 codes normalised on reading).
    public var pollutant: String
    public var unit: Unit
    public var start: Timestamp
    public var interval: SeriesInterval
    public var values: [Double]
    /// Measured O2 in percent, or `nil` when the series has no `o2` array.
    public var o2: [Double]?
    /// Flue-gas or water flow in m3/h, or `nil` when absent.
    public var flow: [Double]?
    /// One ASCII flag per element (`N`, `F`, `M`, `S`, `D`, `C`, `T`, `B`).
    public var flags: [UInt8]

    public init(
        outlet: String, pollutant: String, unit: Unit, start: Timestamp, interval: SeriesInterval,
        values: [Double], o2: [Double]? = nil, flow: [Double]? = nil, flags: [UInt8]
    ) {
        self.outlet = outlet; self.pollutant = pollutant; self.unit = unit; self.start = start
        self.interval = interval; self.values = values; self.o2 = o2; self.flow = flow; self.flags = flags
    }

    /// Number of elements.
    public var count: Int { values.count }
}

/// The spacing of a series (ISO 8601 duration); v1 knows `PT1H` and `P1D`.
public enum SeriesInterval: String, Sendable, CaseIterable {
    case hour = "PT1H"
    case day = "P1D"

    /// Seconds per element.
    public var seconds: Double { self == .hour ? 3600 : 86_400 }
    /// Hours each element stands for (EL-CAP counts a day as 24 hours).
    public var hours: Double { self == .hour ? 1 : 24 }
}

/// HJ 212-2017 data flags.
public enum DataFlag {
    public static let normal = UInt8(ascii: "N")
    public static let stopped = UInt8(ascii: "F")
    /// Every flag a series may carry.
    public static let known: Set<UInt8> = Set("NFMSDCTB".utf8)
}
