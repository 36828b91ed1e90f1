/// Run-time semantics of the operators. Units are converted, never ignored;
/// comparisons use the catalog's relative tolerance; absent operands give an
/// absent result (three-valued logic), never a silent pass.
enum Equality {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.quantity(let x, let u), .quantity(let y, let v)):
            guard let f = v.conversion(to: u) else { return false }
            return Tolerance.order(x, y * f) == 0
        case (.string(let x), .string(let y)): return x.hasSameBytes(as: y)  // identity is bytes (ByteIdentity.swift)
        case (.date(let x), .date(let y)): return x == y
        case (.time(let x), .time(let y)): return x == y
        case (.months(let x), .months(let y)): return x == y
        case (.object(let x), .object(let y)): return x == y
        case (.hours(let x), .hours(let y)): return x == y
        case (.list, .list), (.list, .hours), (.hours, .list):
            let x = a.list ?? [], y = b.list ?? []
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.table(let x), .table(let y)):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { equal(v, $0) } ?? false }
        case (.record(let x), .record(let y)): return x === y || (x.type == y.type && zip(x.fields, y.fields).allSatisfy { equal($0, $1) })
        default: return false
        }
    }
}

enum Ordering {
    /// -1, 0, 1; `nil` when either side is absent. Throws when units cannot be compared.
    @inline(__always)
    static func compare(_ a: Value, _ b: Value) throws -> Int? {
        switch (a, b) {
        case (.quantity(let x, let u), .quantity(let y, let v)):
            if u == v { return Tolerance.order(x, y) }
            guard let f = v.conversion(to: u) else { throw EvaluationError.units(u, v) }
            return Tolerance.order(x, y * f)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.time(let x), .time(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): return x.byteOrder(y)
        default: return nil
        }
    }
}

enum Arithmetic {
    static func add(_ a: Value, _ b: Value, subtract: Bool) throws -> Value {
        let sign = subtract ? -1.0 : 1.0
        switch (a, b) {
        case (.quantity(let x, let u), .quantity(let y, let v)):
            guard let f = v.conversion(to: u) else { throw EvaluationError.units(u, v) }
            // A plain number carries no unit: the result takes the other side's.
            if u == .one, v != .one { return .quantity(x + sign * y, v) }
            return .quantity(x + sign * y * f, u)
        case (.date(let d), .quantity(let h, let u)):
            guard let f = u.conversion(to: .day) else { throw EvaluationError.units(u, .day) }
            return .date(try CheckedConversion.date(d, plus: sign * h * f))
        case (.time(let t), .quantity(let h, let u)):
            guard let f = u.conversion(to: .second) else { throw EvaluationError.units(u, .second) }
            return .time(try CheckedConversion.time(t, plus: sign * h * f))
        case (.date(let d), .months(let m)):
            return .date(try CheckedConversion.date(d, plusMonths: subtract ? -m : m))
        case (.date(let x), .date(let y)) where subtract:
            return .quantity(Double(x - y), .day)
        case (.time(let x), .time(let y)) where subtract:
            return .quantity((x.epochSeconds - y.epochSeconds) / 3600, .hour)
        case (.string(let x), .string(let y)) where !subtract:
            return .string(x + y)
        default:
            return .null
        }
    }

    static func multiply(_ a: Value, _ b: Value, divide: Bool) throws -> Value {
        guard case .quantity(let x, let u) = a, case .quantity(let y, let v) = b else { return .null }
        if v == .one { return .quantity(divide ? x / y : x * y, u) }
        if u == .one, !divide { return .quantity(x * y, v) }
        if divide, let f = v.conversion(to: u) { return .number(x / (y * f)) }
        let fit = divide ? Dimension.quotient(u.dimension, v.dimension) : Dimension.product(u.dimension, v.dimension)
        guard let (dimension, factor) = fit else { throw EvaluationError.units(u, v) }
        let base = divide ? (x * u.factor) / (y * v.factor) : (x * u.factor) * (y * v.factor)
        return .quantity(base * factor, dimension.baseUnit)
    }
}
