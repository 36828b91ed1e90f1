/// Every diagnostic of the pack-syntax phase, in one place.
enum SyntaxMessages {
    static func unknownKey(_ key: String, in context: String) -> (String, LocalizedText) {
        ("rule.unknown-key", LocalizedText(zh: "\(context) 中的未知键 `\(key)`", en: "unknown key `\(key)` in \(context)"))
    }
    static func missingKey(_ key: String, in context: String) -> (String, LocalizedText) {
        ("rule.missing-key", LocalizedText(zh: "\(context) 缺少必需的键 `\(key)`", en: "\(context) is missing the required key `\(key)`"))
    }
    static func wrongKind(_ key: String, expected: LocalizedText, found: LocalizedText) -> (String, LocalizedText) {
        ("yaml.wrong-kind", LocalizedText(zh: "`\(key)` 应为\(expected.zh)，实为\(found.zh)", en: "`\(key)` should be \(expected.en), found \(found.en)"))
    }
    /// Two rules with one id, in one pack or across `extends` (where the
    /// local pack must `disable` the base rule before replacing it).
    static func duplicateRule(_ id: String, first: SourceLocation) -> (String, LocalizedText) {
        ("rule.duplicate-id", LocalizedText(zh: "规则编号 `\(id)` 重复（首次定义于 \(first)）", en: "duplicate rule id `\(id)` (first defined at \(first))"))
    }
    static func badValue(_ key: String, _ allowed: [String]) -> (String, LocalizedText) {
        ("rule.bad-value", LocalizedText(zh: "`\(key)` 的取值应为 \(allowed.joined(separator: "、"))", en: "`\(key)` must be one of \(allowed.joined(separator: ", "))"))
    }
    static func conflictingKeys(_ first: String, _ second: String) -> (String, LocalizedText) {
        ("syntax.conflicting-keys", LocalizedText(zh: "`\(first)` 与 `\(second)` 只能写一个", en: "`\(first)` and `\(second)` cannot both be given"))
    }
    static let noPack = ("pack.missing-header", LocalizedText(zh: "规则包缺少 `pack:` 声明", en: "the pack has no `pack:` header"))
    static let emptyDocument = ("yaml.empty", LocalizedText(zh: "文件为空", en: "the file is empty"))
    static let expression = LocalizedText(zh: "表达式", en: "an expression")
}

/// Reads typed pieces out of YAML mappings, reporting misshapen ones.
struct NodeReader {
    let file: SourceFile
    var diagnostics = DiagnosticSink()

    mutating func report(_ d: (String, LocalizedText), at node: YAMLNode, suggestion: String? = nil) {
        diagnostics.add(Diagnostic(code: d.0, message: d.1, at: node.location, length: node.scalar?.count ?? 1, suggestion: suggestion))
    }

    /// The mapping's entries, after reporting unknown keys and missing required ones.
    mutating func entries(_ node: YAMLNode, context: String, allowed: [String], required: [String]) -> [String: (key: YAMLNode, value: YAMLNode)]? {
        guard let pairs = node.mapping else {
            report(SyntaxMessages.wrongKind(context, expected: YAMLMessages.mapping, found: node.kindName), at: node)
            return nil
        }
        var out: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            if !allowed.contains(key) {
                report(SyntaxMessages.unknownKey(key, in: context), at: pair.key, suggestion: Suggestion.didYouMean(key, in: allowed))
                continue
            }
            if out[key] == nil { out[key] = pair }
        }
        for key in required where out[key] == nil {
            report(SyntaxMessages.missingKey(key, in: context), at: node)
        }
        return out
    }

    mutating func string(_ entry: (key: YAMLNode, value: YAMLNode)?) -> String? {
        guard let entry else { return nil }
        guard let s = entry.value.scalar else {
            report(SyntaxMessages.wrongKind(entry.key.scalar ?? "", expected: YAMLMessages.scalar, found: entry.value.kindName), at: entry.value)
            return nil
        }
        return s
    }

    /// `{zh: …, en: …}`, or one plain string used for both.
    mutating func localized(_ entry: (key: YAMLNode, value: YAMLNode)?, context: String) -> LocalizedText? {
        guard let entry else { return nil }
        if let s = entry.value.scalar { return LocalizedText(zh: s, en: s) }
        guard let parts = entries(entry.value, context: context, allowed: ["zh", "en"], required: ["zh", "en"]) else { return nil }
        return LocalizedText(zh: string(parts["zh"]) ?? "", en: string(parts["en"]) ?? "")
    }

    /// A list of strings; a single string counts as a list of one.
    mutating func strings(_ entry: (key: YAMLNode, value: YAMLNode)?) -> [String] {
        guard let entry else { return [] }
        if let s = entry.value.scalar { return entry.value.isNull ? [] : [s] }
        guard let items = entry.value.sequence else {
            report(SyntaxMessages.wrongKind(entry.key.scalar ?? "", expected: YAMLMessages.sequence, found: entry.value.kindName), at: entry.value)
            return []
        }
        return items.compactMap { item in
            if let s = item.scalar { return s }
            report(SyntaxMessages.wrongKind(entry.key.scalar ?? "", expected: YAMLMessages.scalar, found: item.kindName), at: item)
            return nil
        }
    }

    /// Ordered `name: expression` pairs.
    mutating func namedExpressions(_ entry: (key: YAMLNode, value: YAMLNode)?) -> [(name: String, expr: ExprSyntax)] {
        guard let entry else { return [] }
        guard let pairs = entry.value.mapping else {
            report(SyntaxMessages.wrongKind(entry.key.scalar ?? "", expected: YAMLMessages.mapping, found: entry.value.kindName), at: entry.value)
            return []
        }
        return pairs.compactMap { pair in
            guard let name = pair.key.scalar else { return nil }
            guard pair.value.scalar != nil else {
                report(SyntaxMessages.wrongKind(name, expected: LocalizedText(zh: "表达式", en: "an expression"), found: pair.value.kindName), at: pair.value)
                return nil
            }
            return (name, ExprSyntax(node: pair.value, file: file))
        }
    }
}
