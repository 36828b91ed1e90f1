/// Typed reads of values inside builtins. The checker guarantees the shapes,
/// so a mismatch here is a bug in a builtin's signature; it becomes an
/// evaluation error for that rule, never a crash.
extension Value {
    /// The elements as values (packed hours are unpacked: use `elements` on hot paths).
    var list: [Value]? { elements?.values }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    var quantity: Quantity? { if case .quantity(let v, let u) = self { return Quantity(v, u) }; return nil }
    var double: Double? { if case .quantity(let v, _) = self { return v }; return nil }
    var date: LocalDate? { if case .date(let d) = self { return LocalDate(dayNumber: d) }; return nil }
    var time: Timestamp? { if case .time(let t) = self { return t }; return nil }
    var object: ObjectRef? { if case .object(let o) = self { return o }; return nil }
    var record: Record? { if case .record(let r) = self { return r }; return nil }

}
