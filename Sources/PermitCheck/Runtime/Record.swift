/// The shape of a computed ``Record``: its schema type name and field names in
/// field order. Built once per record type by the binding, shared by every record.
package struct RecordLayout: Sendable {
    package let type: String
    package let names: [String]

    package init(type: String, names: [String]) {
        self.type = type
        self.names = names
    }
}

/// A computed object: a named tuple of values whose layout the checker knows.
package final class Record: Sendable {
    let layout: RecordLayout
    let fields: [Value]

    /// The schema type name, e.g. `DayMean`.
    var type: String { layout.type }

    init(layout: RecordLayout, fields: [Value]) {
        self.layout = layout
        self.fields = fields
    }
}
