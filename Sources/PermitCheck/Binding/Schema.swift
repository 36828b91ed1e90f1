/// The shape of the data rules may read: object types with typed fields, and
/// the names in scope at the top of every expression.
///
/// The checker resolves names against this and nothing else; the compiler
/// takes each field's `read` closure, so the engine knows the filing model
/// only through this table.
struct Schema: Sendable {
    /// How a field is read at run time.
    enum Access: Sendable {
        /// A node of the filing or registry.
        case model(@Sendable (ObjectRef, EvalContext) -> Value)
        /// Position `i` of a computed ``Record``.
        case record(Int)
    }

    struct Field: Sendable {
        let type: ValueType
        let doc: String
        let access: Access
        /// Whether the field is a member of the JSON document under the same
        /// name (`json`), or computed for rules from other data (`derived`:
        /// `limit.quantity`, `limit.outlet`, `series.hours`, record fields…). A test holds
        /// the `json` fields to `Schemas/*.schema.json`.
        var origin: Origin = .json
        /// The allowed strings of an enumerated field, from the model's enum.
        var values: [String]? = nil
    }

    /// Where a field's value comes from (see ``Field/origin``).
    enum Origin: Sendable { case json, derived }

    struct ObjectType: Sendable {
        let name: String
        let doc: String
        /// Fields in documentation order.
        let fields: [(name: String, field: Field)]

        func field(_ name: String) -> Field? { fields.first { $0.name == name }?.field }
    }

    struct Root: Sendable {
        let type: ValueType
        let doc: String
        let read: @Sendable (EvalContext) -> Value
    }

    var types: [String: ObjectType]
    var roots: [(name: String, root: Root)]

    func root(_ name: String) -> Root? { roots.first { $0.name == name }?.root }
}
