/// A run-time value of the rule language. Sixteen bytes of payload at most, so
/// values move without heap traffic; lists share storage copy-on-write.
package enum Value: Sendable {
    case null
    case bool(Bool)
    /// Every number is a quantity; plain numbers carry ``Unit/one``.
    case quantity(Double, Unit)
    case string(String)
    /// A calendar date as its day number (days since 1970-01-01).
    case date(Int)
    case time(Timestamp)
    /// A calendar duration in months (`1mo`).
    case months(Int)
    case list([Value])
    /// A list of series elements (`list<Hour>`), packed as `series << 32 | index`:
    /// series pipelines pass these between tight loops without a `Value` per hour.
    case hours([UInt64])
    /// A node of the filing or registry, by position (see ``ObjectRef``).
    case object(ObjectRef)
    /// A value computed by the domain library (a day mean, a run…).
    case record(Record)
    /// A small table keyed by strings (a pack parameter).
    case table([String: Value])

    /// A plain number.
    @inline(__always)
    static func number(_ value: Double) -> Value { .quantity(value, .one) }

    var isNull: Bool { if case .null = self { return true }; return false }

    /// The elements of a list value, however it is stored.
    var elements: Elements? {
        switch self {
        case .list(let l): return Elements(storage: .values(l))
        case .hours(let h): return Elements(storage: .hours(h))
        default: return nil
        }
    }

    /// True only for `true`: absent and false both fail a filter.
    @inline(__always)
    static func isTrue(_ v: Value) -> Bool { if case .bool(true) = v { return true }; return false }
}
