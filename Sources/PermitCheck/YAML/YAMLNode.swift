/// A YAML node that remembers where it came from, so every later phase can
/// point a diagnostic at the exact key or value.
public struct YAMLNode: Sendable {
    /// How a scalar was written; needed to map offsets inside it back to the file.
    public enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public indirect enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public var kind: Kind
    /// Start of the node (1-based line and column).
    public var location: SourceLocation
    /// 0-based scalar index of the node's first and past-the-end characters in the file.
    var startIndex: Int
    var endIndex: Int

    /// The scalar's text, or `nil` for collections.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The mapping's entries, or `nil` for other kinds.
    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The sequence's items, or `nil` for other kinds.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// True for a plain `null`, `~` or empty scalar.
    public var isNull: Bool {
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
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }
}
