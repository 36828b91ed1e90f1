/// A number with its unit. Comparison converts; it never compares raw numbers
/// of different units.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    public var value: Double
    public var unit: Unit

    public init(_ value: Double, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// This quantity expressed in `unit`, or `nil` when the dimensions differ.
    @inline(__always)
    public func converted(to unit: Unit) -> Quantity? {
        guard let factor = self.unit.conversion(to: unit) else { return nil }
        return Quantity(value * factor, unit)
    }

    /// The value in the dimension's base unit (mg/m3, mg/L, t, kg/h, m3/h, h).
    @inline(__always)
    public var baseValue: Double { value * unit.factor }

    public var description: String {
        unit == .one ? NumberFormat.plain(value) : "\(NumberFormat.plain(value)) \(unit.symbol)"
    }
}
