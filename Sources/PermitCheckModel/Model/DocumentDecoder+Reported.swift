/// Reading the catalog-v2 members whose absent key and `null` differ (see ``Reported``).
extension DocumentDecoder {
    /// The value at the reader through `read`, with `null` kept as `.none`. The
    /// caller's slot stays `.absent` when the key never comes, so
    /// `slot.value ?? .absent` gives the three states.
    package mutating func reported<T>(
        _ read: (inout DocumentDecoder) throws(JSONError) -> Slot<T>
    ) throws(JSONError) -> Slot<Reported<T>> {
        if case .literal = reader.peekToken(), reader.consumeNull() { return .value(.none) }
        switch try read(&self) {
        case .value(let v): return .value(.value(v))
        case .absent: return .value(.none)
        case .invalid: return .invalid
        }
    }

    /// A time, or `null` for "reported: none".
    package mutating func reportedTimestamp(_ pointer: String) throws(JSONError) -> Slot<Reported<Timestamp>> {
        try reported { d throws(JSONError) in try d.timestamp(pointer) }
    }
}
