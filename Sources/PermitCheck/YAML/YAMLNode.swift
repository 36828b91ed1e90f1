/// A YAML node that remembers where it came from, so every later phase can
/// point a diagnostic at the exact key or value.
package struct YAMLNode: Sendable {
    /// How a scalar was written; needed to map offsets inside it back to the file.
    package enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package indirect enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    package var kind: Kind
    /// Start of the node (1-based line and column).
    package var location: SourceLocation
    /// 0-based scalar index of the node's first and past-the-end characters in the file.
    var startIndex: Int
    var endIndex: Int

    /// The scalar's text, or `nil` for collections.
    package var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The mapping's entries, or `nil` for other kinds.
    package var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The sequence's items, or `nil` for other kinds.
    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// True for a plain `null`, `~` or empty scalar.
    package var isNull: Bool {
        if case .scalar(let text, .plain) = kind { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// Name of the node's kind for diagnostics.
    var kindName: LocalizedText {
        switch kind {
        case .scalar: return YAMLMessages.scalar
        case .sequence: return YAMLMessages.sequence
        case .mapping: return YAMLMessages.mapping
        }
    }

    /// The value for `key` in a mapping.
    package subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }
}
