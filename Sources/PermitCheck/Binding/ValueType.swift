/// The static type of an expression, as the checker infers it.
///
/// `.number(dimension)` covers plain numbers (`.none`) and quantities; a `nil`
/// dimension means the unit arrives with the data (a limit in `mg/m3` or
/// `mg/L`) and is checked when the rule runs. `.optional` marks values that
/// may be absent: arithmetic and comparisons on them give an absent result,
/// which a rule's condition reads as "insufficient data", never as a pass.
package indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case number(Dimension?)
    case bool
    case string
    case date
    case time
    case months
    case list(ValueType)
    case object(String)
    case table(ValueType)
    case optional(ValueType)
    case null

    static let plain = ValueType.number(Dimension.none)

    /// The type without its optional wrapper.
    var unwrapped: ValueType {
        if case .optional(let t) = self { return t.unwrapped }
        return self
    }

    var isOptional: Bool {
        switch self {
        case .optional, .null: return true
        default: return false
        }
    }

    /// `self` made optional (idempotent).
    var asOptional: ValueType {
        switch self {
        case .optional, .null: return self
        default: return .optional(self)
        }
    }

    /// Element type of a list.
    var element: ValueType? {
        if case .list(let e) = unwrapped { return e }
        return nil
    }

    var isNumber: Bool { if case .number = unwrapped { return true }; return false }

    package var description: String {
        switch self {
        case .number(let d):
            guard let d else { return "quantity" }
            return d == .none ? "number" : "quantity<\(d.rawValue)>"
        case .bool: return "bool"
        case .string: return "string"
        case .date: return "date"
        case .time: return "time"
        case .months: return "months"
        case .list(let e): return "list<\(e)>"
        case .object(let name): return name
        case .table(let e): return "table<\(e)>"
        case .optional(let t): return "\(t)?"
        case .null: return "null"
        }
    }

    /// Whether a value of type `other` can stand where `self` is expected.
    func accepts(_ other: ValueType) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (.optional, .null): return true
        case (.optional(let a), .optional(let b)): return a.accepts(b)
        case (.optional(let a), _): return a.accepts(other)
        case (.number(nil), .number): return true
        case (.number, .number(nil)): return true
        case (.list(let a), .list(let b)): return a.accepts(b)
        case (.list, .null): return false
        default: return false
        }
    }
}
