/// A run-time value of the rule language. Sixteen bytes of payload at most, so
/// values move without heap traffic; lists share storage copy-on-write.
public enum Value: Sendable {
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

/// A computed object: a named tuple of values whose layout the checker knows.
public final class Record: Sendable {
    /// The schema type name, e.g. `DayMean`.
    let type: String
    let fields: [Value]

    init(type: String, fields: [Value]) {
        self.type = type
        self.fields = fields
    }
}

/// A node of the filing or registry named by its kind and up to three indices,
/// e.g. limit `j` of outlet `i`. Field access reads the model directly, and
/// the node's JSON Pointer (a finding's subject) follows from the indices.
public struct ObjectRef: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case filing, enterprise, period, permit, outlet, limit, cap, series, hour
        case facility, bypass, opening, ule, uleSource, hazardousWaste
        case openingStock, generated, utilized, stored, transfer, receiver, transporter
        case registry, wasteLicense, transportLicense, uleEntry, approval
    }

    public let kind: Kind
    public let a: Int32
    public let b: Int32
    public let c: Int32

    init(_ kind: Kind, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        self.kind = kind
        self.a = Int32(truncatingIfNeeded: a)
        self.b = Int32(truncatingIfNeeded: b)
        self.c = Int32(truncatingIfNeeded: c)
    }

    /// The RFC 6901 pointer of this node in its document (filing or registry).
    public var pointer: String {
        switch kind {
        case .filing, .registry: return ""
        case .enterprise: return "/enterprise"
        case .period: return "/period"
        case .permit: return "/permit"
        case .outlet: return "/permit/outlets/\(a)"
        case .limit: return "/permit/outlets/\(a)/limits/\(b)"
        case .cap: return "/permit/annualCaps/\(a)"
        case .series: return "/monitoring/\(a)"
        case .hour: return "/monitoring/\(a)/values/\(b)"
        case .facility: return "/facilities/\(a)"
        case .bypass: return "/facilities/\(a)/bypasses/\(b)"
        case .opening: return "/facilities/\(a)/bypasses/\(b)/openings/\(c)"
        case .ule: return "/ultraLowEmission"
        case .uleSource: return "/ultraLowEmission/sources/\(a)"
        case .hazardousWaste: return "/hazardousWaste"
        case .openingStock: return "/hazardousWaste/openingStock/\(a)"
        case .generated: return "/hazardousWaste/generated/\(a)"
        case .utilized: return "/hazardousWaste/utilized/\(a)"
        case .stored: return "/hazardousWaste/stored/\(a)"
        case .transfer: return "/hazardousWaste/transfers/\(a)"
        case .receiver: return "/hazardousWaste/transfers/\(a)/receiver"
        case .transporter: return "/hazardousWaste/transfers/\(a)/transporter"
        case .wasteLicense: return "/wasteLicenses/\(a)"
        case .transportLicense: return "/transportLicenses/\(a)"
        case .uleEntry: return "/ultraLowEmissionList/\(a)"
        case .approval: return "/transferApprovals/\(a)"
        }
    }

    /// True for nodes of the registry rather than the filing.
    var isRegistryNode: Bool {
        switch kind {
        case .registry, .wasteLicense, .transportLicense, .uleEntry, .approval: return true
        default: return false
        }
    }
}

/// Why a rule could not be evaluated for a filing (not a finding, not a crash).
public struct EvaluationError: Error, Sendable, Hashable {
    public var message: LocalizedText
    public init(_ message: LocalizedText) { self.message = message }

    static func units(_ a: Unit, _ b: Unit) -> EvaluationError {
        EvaluationError(LocalizedText(
            zh: "单位 \(a.symbol.isEmpty ? "（无）" : a.symbol) 与 \(b.symbol.isEmpty ? "（无）" : b.symbol) 无法比较或换算",
            en: "units \(a.symbol.isEmpty ? "(none)" : a.symbol) and \(b.symbol.isEmpty ? "(none)" : b.symbol) cannot be compared or converted"))
    }
}
