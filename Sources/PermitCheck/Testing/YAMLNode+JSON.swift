/// Inline test filings are written in YAML; they become JSON the decoder reads.
extension YAMLNode {
    /// The node as JSON: plain `null`/`~`/empty → null, `true`/`false` → bool,
    /// JSON-shaped numbers → numbers, everything else (and every quoted scalar) → string.
    package var json: JSONValue {
        switch kind {
        case .scalar(let text, let style):
            guard style == .plain else { return .string(text) }
            if isNull { return .null }
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            if let number = YAMLNode.number(text) { return .number(number) }
            return .string(text)
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let pairs):
            var object = JSONObject()
            for pair in pairs { object[pair.key.scalar ?? ""] = pair.value.json }
            return .object(object)
        }
    }

    /// A number only when the text has JSON's number shape (so `2025-07-01` stays a string).
    private static func number(_ text: String) -> Double? {
        guard let first = text.unicodeScalars.first, first == "-" || ("0"..."9").contains(first) else { return nil }
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0) }) else { return nil }
        return Double(text)
    }
}
