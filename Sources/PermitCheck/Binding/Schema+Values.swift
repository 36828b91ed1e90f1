/// Conversions from model fields to language values, shared by the schema tables.
extension Value {
    @inline(__always) static func of(_ s: String?) -> Value { s.map { .string($0) } ?? .null }
    @inline(__always) static func of(_ b: Bool?) -> Value { b.map { .bool($0) } ?? .null }
    @inline(__always) static func of(_ d: Double?) -> Value { d.map { .quantity($0, .one) } ?? .null }
    @inline(__always) static func of(_ d: LocalDate?) -> Value { d.map { .date($0.dayNumber) } ?? .null }
    @inline(__always) static func of(_ t: Timestamp?) -> Value { t.map { .time($0) } ?? .null }
    @inline(__always) static func of(_ q: Quantity?) -> Value { q.map { .quantity($0.value, $0.unit) } ?? .null }
    @inline(__always) static func of(_ v: Double?, _ unit: Unit) -> Value { v.map { .quantity($0, unit) } ?? .null }
    static func of(_ list: [String]) -> Value { .list(list.map { .string($0) }) }
    /// An optional list: `null` when absent (catalog v2: not reported).
    static func of(_ list: [String]?) -> Value { list.map { of($0) } ?? .null }
    /// Enumerated strings by their JSON names.
    static func of<E: RawRepresentable>(_ list: [E]) -> Value where E.RawValue == String { .list(list.map { .string($0.rawValue) }) }
    static func of<E: RawRepresentable>(_ list: [E]?) -> Value where E.RawValue == String { list.map { of($0) } ?? .null }

    /// Nodes of an optional list (catalog v2): `null` when the list is absent
    /// (not reported), else as ``objects(_:count:_:_:)``.
    static func objects(_ kind: ObjectRef.Kind, reported count: Int?, _ a: Int? = nil) -> Value {
        count.map { objects(kind, count: $0, a) } ?? .null
    }

    /// `count` nodes of `kind`, each with the given leading indices and its own last index.
    static func objects(_ kind: ObjectRef.Kind, count: Int, _ a: Int? = nil, _ b: Int? = nil) -> Value {
        .list((0..<count).map { k in
            switch (a, b) {
            case (nil, _): return .object(ObjectRef(kind, k))
            case (let a?, nil): return .object(ObjectRef(kind, a, k))
            case (let a?, let b?): return .object(ObjectRef(kind, a, b, k))
            }
        })
    }
}

/// Small builders that keep the schema tables readable.
enum SchemaBuild {
    typealias Read = @Sendable (ObjectRef, EvalContext) -> Value

    /// A member of the JSON document, under the same name.
    static func field(_ name: String, _ type: ValueType, _ doc: String, _ read: @escaping Read) -> (name: String, field: Schema.Field) {
        (name, Schema.Field(type: type, doc: doc, access: .model(read)))
    }

    /// A member of the JSON document whose strings are the cases of `values`
    /// (`type` is `.string`, `.optional(.string)`, or a list of them whose elements are the cases).
    static func field<E: CaseIterable & RawRepresentable>(
        _ name: String, _ type: ValueType, _ doc: String, values: E.Type, _ read: @escaping Read
    ) -> (name: String, field: Schema.Field) where E.RawValue == String {
        (name, Schema.Field(type: type, doc: doc, access: .model(read), values: E.allCases.map(\.rawValue)))
    }

    /// A field computed for rules from other data (not a JSON member of its own).
    static func derived(_ name: String, _ type: ValueType, _ doc: String, _ read: @escaping Read) -> (name: String, field: Schema.Field) {
        (name, Schema.Field(type: type, doc: doc, access: .model(read), origin: .derived))
    }
}
