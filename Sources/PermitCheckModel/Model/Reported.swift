/// A catalog-v2 member whose absent key and `null` mean different things.
///
/// filing-v1 reads `null` for an optional v1 field as absent, but for the
/// fields added with catalog v2 the spec keeps them apart: an **absent** key
/// means "not reported" (every rule that needs it counts as insufficient data),
/// while `null` means "reported: none / not yet" — a receiver that has not
/// confirmed a transfer, a mismatch nobody reported. A plain optional would
/// fold the two together, so these members are held as `Reported`.
///
/// (Optional catalog-v2 lists keep the same difference as `[T]?`: `nil` is
/// absent, `[]` is `null` or an empty list.)
public enum Reported<Wrapped> {
    /// The key is not in the document: not reported.
    case absent
    /// The key is present with `null`: reported, and there is none.
    case none
    /// The key is present with a value.
    case value(Wrapped)

    /// The value, or `nil` when absent or `null`.
    public var value: Wrapped? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// Whether the key is in the document at all (also with `null`).
    public var isReported: Bool {
        if case .absent = self { return false }
        return true
    }
}

extension Reported: Sendable where Wrapped: Sendable {}
extension Reported: Equatable where Wrapped: Equatable {}
extension Reported: Hashable where Wrapped: Hashable {}
