/// Every diagnostic of reading YAML, in one place.
enum YAMLMessages {
    static let parserUnavailable = ("yaml.syntax", LocalizedText(zh: "无法初始化 YAML 解析器", en: "cannot initialise the YAML parser"))
    static func syntax(_ context: String, _ problem: String) -> (String, LocalizedText) {
        ("yaml.syntax", LocalizedText(zh: "YAML 语法错误：\(context)\(problem)", en: "YAML syntax error: \(context)\(problem)"))
    }
    static func unknownAnchor(_ name: String) -> (String, LocalizedText) {
        ("yaml.unknown-anchor", LocalizedText(zh: "未定义的锚点 *\(name)", en: "undefined alias *\(name)"))
    }
    /// The kinds of node, as messages name them (`… should be a mapping, found a list`).
    static let mapping = LocalizedText(zh: "映射", en: "a mapping")
    static let sequence = LocalizedText(zh: "列表", en: "a list")
    static let scalar = LocalizedText(zh: "标量", en: "a scalar")

    static func duplicateKey(_ name: String, firstLine: Int) -> (String, LocalizedText) {
        ("yaml.duplicate-key", LocalizedText(zh: "键 `\(name)` 重复（首次出现在第 \(firstLine) 行）", en: "duplicate key `\(name)` (first at line \(firstLine))"))
    }
}
