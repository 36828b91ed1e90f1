/// A unit of measure from the closed set that filings and rules may use.
///
/// Units are a one-byte index into a static table so that a quantity is two
/// machine words and comparisons need no string work on the hot path.
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    /// Index into ``Unit/table``.
    public let id: UInt8

    private init(_ id: UInt8) { self.id = id }

    package struct Entry: Sendable {
        package let symbol: String
        package let dimension: Dimension
        /// Multiply a value in this unit by `factor` to get the dimension's base unit.
        package let factor: Double
    }

    /// The table of known units. Order is part of the identity of `Unit` values.
    package static let table: [Entry] = [
        Entry(symbol: "", dimension: .none, factor: 1),
        Entry(symbol: "%", dimension: .none, factor: 0.01),
        Entry(symbol: "mg/m3", dimension: .airConcentration, factor: 1),
        Entry(symbol: "ug/m3", dimension: .airConcentration, factor: 1e-3),
        Entry(symbol: "ng/m3", dimension: .airConcentration, factor: 1e-6),
        Entry(symbol: "mg/L", dimension: .waterConcentration, factor: 1),
        Entry(symbol: "kg", dimension: .mass, factor: 1e-3),
        Entry(symbol: "t", dimension: .mass, factor: 1),
        Entry(symbol: "kg/h", dimension: .massRate, factor: 1),
        Entry(symbol: "t/a", dimension: .massRate, factor: 1000.0 / 8760.0),
        Entry(symbol: "m3/h", dimension: .volumeFlow, factor: 1),
        Entry(symbol: "h", dimension: .time, factor: 1),
        Entry(symbol: "min", dimension: .time, factor: 1.0 / 60),
        Entry(symbol: "s", dimension: .time, factor: 1.0 / 3600),
        Entry(symbol: "d", dimension: .time, factor: 24),
        Entry(symbol: "g", dimension: .mass, factor: 1e-6),
    ]

    public static let one = Unit(0)
    public static let percent = Unit(1)
    public static let mgPerM3 = Unit(2)
    public static let ugPerM3 = Unit(3)
    public static let ngPerM3 = Unit(4)
    public static let mgPerL = Unit(5)
    public static let kilogram = Unit(6)
    public static let tonne = Unit(7)
    public static let kgPerHour = Unit(8)
    public static let tonnePerYear = Unit(9)
    public static let m3PerHour = Unit(10)
    public static let hour = Unit(11)
    public static let minute = Unit(12)
    public static let second = Unit(13)
    public static let day = Unit(14)
    public static let gram = Unit(15)

    /// Every unit, in table order.
    public static let all: [Unit] = (0..<table.count).map { Unit(UInt8($0)) }

    /// The units a filing may carry in a `unit` field (filing-v1 "Conventions").
    public static let filingUnits: [Unit] = [
        .mgPerM3, .ugPerM3, .ngPerM3, .mgPerL, .kgPerHour, .kilogram, .tonne,
        .tonnePerYear, .m3PerHour, .percent, .hour,
    ]

    /// Parses a unit symbol exactly as written (`mg/m3`, `ug/m3`, `kg`, `%`…).
    /// `µg/m3` and `μg/m3` are accepted for `ug/m3`, and `m³` for `m3`.
    public init?(symbol: String) {
        // Exact symbols need no normalisation (and no allocation: rules call this per hour).
        if let index = Unit.table.firstIndex(where: { $0.symbol == symbol }) {
            self.init(UInt8(index))
            return
        }
        let normal = String(symbol.map { c -> Character in
            switch c {
            case "µ", "μ": return "u"
            case "³": return "3"
            default: return c
            }
        })
        guard let index = Unit.table.firstIndex(where: { $0.symbol == normal }) else { return nil }
        self.init(UInt8(index))
    }

    /// The symbol as written in filings and rules.
    public var symbol: String { Unit.table[Int(id)].symbol }
    /// What the unit measures.
    public var dimension: Dimension { Unit.table[Int(id)].dimension }
    /// Multiply by this to convert to the dimension's base unit.
    public var factor: Double { Unit.table[Int(id)].factor }
    public var description: String { symbol }

    /// The factor that converts a value in `self` into `other`, or `nil`
    /// when the two measure different things.
    @inline(__always)
    public func conversion(to other: Unit) -> Double? {
        if self == other { return 1 }
        let a = Unit.table[Int(id)], b = Unit.table[Int(other.id)]
        guard a.dimension == b.dimension else { return nil }
        return a.factor / b.factor
    }

    /// Every known symbol, for "did you mean" suggestions.
    public static var symbols: [String] { table.map(\.symbol).filter { !$0.isEmpty } }
}
