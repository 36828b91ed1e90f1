/// The messages of exceeded limits, shared by the YAML reader and the parser.
enum LimitMessages {
    static func yamlTooLarge(_ bytes: Int) -> (String, LocalizedText) {
        ("limit.size", LocalizedText(
            zh: "YAML 文件有 \(bytes) 字节，超过上限 \(InputLimits.yamlBytes) 字节",
            en: "the YAML file has \(bytes) bytes, more than the limit of \(InputLimits.yamlBytes)"))
    }
    static let yamlTooDeep = ("limit.depth", LocalizedText(
        zh: "YAML 嵌套超过 \(InputLimits.yamlDepth) 层（含别名展开）",
        en: "YAML nesting deeper than \(InputLimits.yamlDepth) levels (aliases included)"))
    static let yamlTooMany = ("limit.size", LocalizedText(
        zh: "YAML 文档展开别名后超过 \(InputLimits.yamlNodes) 个节点",
        en: "the YAML document has more than \(InputLimits.yamlNodes) nodes once aliases are expanded"))
    static let expressionTooLong = ("limit.size", LocalizedText(
        zh: "表达式超过 \(InputLimits.expressionLength) 个字符",
        en: "the expression is longer than \(InputLimits.expressionLength) characters"))
    static let expressionTooDeep = ("limit.depth", LocalizedText(
        zh: "表达式嵌套超过 \(InputLimits.expressionDepth) 层（括号、前缀运算符或连续运算的项）；请拆分为 let 绑定",
        en: "the expression nests deeper than \(InputLimits.expressionDepth) levels (brackets, prefix operators or terms of a chain); split it into `let` bindings"))
    static let expressionTooMany = ("limit.size", LocalizedText(
        zh: "表达式超过 \(InputLimits.expressionNodes) 个节点；请拆分为 let 绑定",
        en: "the expression has more than \(InputLimits.expressionNodes) nodes; split it into `let` bindings"))
}
