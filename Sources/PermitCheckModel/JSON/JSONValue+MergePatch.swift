/// JSON Merge Patch (RFC 7386), used by rule test cases that describe a
/// filing as a small change to a base filing.
extension JSONValue {
    /// `self` with `patch` applied: an object patch merges member by member
    /// (`null` removes a member), anything else replaces the target. `nil`
    /// when the patch's objects nest deeper than `JSONReader.maxDepth`, the
    /// bound every JSON value read here keeps, so recursion stays bounded even
    /// for a value built in code.
    package func mergePatch(_ patch: JSONValue) -> JSONValue? {
        mergePatch(patch, depth: 0)
    }

    private func mergePatch(_ patch: JSONValue, depth: Int) -> JSONValue? {
        guard case .object(let changes) = patch else { return patch }
        guard depth < JSONReader.maxDepth else { return nil }
        var target: JSONObject
        if case .object(let object) = self { target = object } else { target = JSONObject() }
        for member in changes {
            if member.value == .null {
                target[member.key] = nil
            } else {
                guard let merged = (target[member.key] ?? .null).mergePatch(member.value, depth: depth + 1) else { return nil }
                target[member.key] = merged
            }
        }
        return .object(target)
    }
}
