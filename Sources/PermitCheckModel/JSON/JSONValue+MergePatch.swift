/// JSON Merge Patch (RFC 7386), used by rule test cases that describe a
/// filing as a small change to a base filing.
extension JSONValue {
    /// `self` with `patch` applied: an object patch merges member by member
    /// (`null` removes a member), anything else replaces the target.
    package func mergePatch(_ patch: JSONValue) -> JSONValue {
        guard case .object(let changes) = patch else { return patch }
        var target: JSONObject
        if case .object(let object) = self { target = object } else { target = JSONObject() }
        for member in changes {
            if member.value == .null {
                target[member.key] = nil
            } else {
                target[member.key] = (target[member.key] ?? .null).mergePatch(member.value)
            }
        }
        return .object(target)
    }
}
