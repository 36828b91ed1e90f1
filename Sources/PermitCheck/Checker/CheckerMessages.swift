/// Every diagnostic the checker emits, in one place (codes are stable and
/// documented for rule authors in Rules/README.md).
enum CheckerMessages {
    static func undefinedName(_ name: String) -> (String, LocalizedText) {
        ("name.undefined", LocalizedText(zh: "未定义的名称 `\(name)`", en: "undefined name `\(name)`"))
    }
    static func undefinedField(_ name: String, on type: ValueType) -> (String, LocalizedText) {
        ("name.undefined", LocalizedText(zh: "\(type) 没有字段 `\(name)`", en: "`\(type)` has no field `\(name)`"))
    }
    static func undefinedParam(_ name: String) -> (String, LocalizedText) {
        ("param.undefined", LocalizedText(zh: "未定义的参数 `params.\(name)`", en: "undefined parameter `params.\(name)`"))
    }
    static func undefinedFunction(_ name: String) -> (String, LocalizedText) {
        ("function.undefined", LocalizedText(zh: "未知函数 `\(name)`", en: "unknown function `\(name)`"))
    }
    static func unknownUnit(_ unit: String) -> (String, LocalizedText) {
        ("unit.unknown", LocalizedText(zh: "未知单位 `\(unit)`", en: "unknown unit `\(unit)`"))
    }
    static func mismatch(expected: String, found: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "类型不符：应为 \(expected)，实为 \(found)", en: "type mismatch: expected \(expected), found \(found)"))
    }
    static func operands(_ op: String, _ a: ValueType, _ b: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "运算符 `\(op)` 不能用于 \(a) 与 \(b)", en: "operator `\(op)` cannot be applied to \(a) and \(b)"))
    }
    static func units(_ op: String, _ a: Dimension, _ b: Dimension) -> (String, LocalizedText) {
        let x = a.displayName, y = b.displayName
        return ("unit.mismatch", LocalizedText(
            zh: "单位不符：`\(op)` 两侧分别是\(x.zh)和\(y.zh)",
            en: "unit mismatch: `\(op)` between \(x.en) and \(y.en)"))
    }
    static func bareNumber(_ op: String, _ d: Dimension?) -> (String, LocalizedText) {
        let name = d?.displayName ?? (zh: "带单位的量", en: "a quantity with a unit")
        return ("unit.mismatch", LocalizedText(
            zh: "单位不符：`\(op)` 把\(name.zh)与不带单位的数比较；请给数字加上单位",
            en: "unit mismatch: `\(op)` compares \(name.en) with a bare number; give the number a unit"))
    }
    static func optionalAccess(_ name: String, _ type: ValueType) -> (String, LocalizedText) {
        ("type.optional", LocalizedText(
            zh: "`\(type)` 可能缺失，访问 `\(name)` 请用 `?.`、`has()` 或 `??`",
            en: "`\(type)` may be absent: use `?.`, `has()` or `??` to read `\(name)`"))
    }
    static func arity(_ name: String, _ expected: String) -> (String, LocalizedText) {
        ("function.arity", LocalizedText(zh: "`\(name)` 的参数个数不对：\(expected)", en: "wrong number of arguments to `\(name)`: \(expected)"))
    }
    static func argument(_ name: String, _ detail: LocalizedText) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "`\(name)` 的参数类型不对：\(detail.zh)", en: "bad argument to `\(name)`: \(detail.en)"))
    }
    static func notAList(_ found: ValueType) -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "应为列表，实为 \(found)", en: "expected a list, found \(found)"))
    }
    static func hasNeedsField() -> (String, LocalizedText) {
        ("type.mismatch", LocalizedText(zh: "`has()` 的参数应为字段，如 `has(f.seal)`", en: "`has()` takes a field, like `has(f.seal)`"))
    }
    static let bareParams = ("name.undefined", LocalizedText(zh: "`params` 需要跟参数名，如 `params.minCapture`", en: "`params` needs a parameter name, as in `params.minCapture`"))
}
