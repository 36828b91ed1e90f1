/// A field as read: absent (or `null`), present but unusable (already
/// reported), or a value. Keeping "unusable" apart from "absent" is what lets
/// the decoder report a missing required field without repeating a problem it
/// already reported for that field.
package enum Slot<T> {
    case absent
    case invalid
    case value(T)

    @inline(__always) package var value: T? {
        if case .value(let v) = self { return v }
        return nil
    }

    @inline(__always) package var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// Absent or a value: an optional field that does not spoil its object.
    @inline(__always) package var isUsable: Bool {
        if case .invalid = self { return false }
        return true
    }

    /// The same absence or failure for another type (only for non-values).
    package func failed<U>() -> Slot<U> {
        if case .absent = self { return .absent }
        return .invalid
    }

    /// For arrays the spec lets be absent: absent is empty, `nil` when unusable.
    package func orEmpty<E>() -> [E]? where T == [E] {
        switch self {
        case .absent: return []
        case .invalid: return nil
        case .value(let v): return v
        }
    }
}
