/// Why a call does not fit a builtin's signature, in one place: the checker
/// reports these as `type.mismatch` or `function.arity` at the call.
enum BuiltinMessages {
    static func argument(_ position: Int, expected: ValueType, found: ValueType) -> LocalizedText {
        LocalizedText(zh: "第 \(position) 个参数应为 \(expected)，实为 \(found)", en: "argument \(position) should be \(expected), found \(found)")
    }
    static let number = LocalizedText(zh: "参数应为数值", en: "the argument should be a number")
    static let list = LocalizedText(zh: "参数应为列表", en: "the argument should be a list")
    static let numbers = LocalizedText(zh: "列表元素应为数值", en: "the list's elements should be numbers")
    static let listOfLists = LocalizedText(zh: "参数应为列表的列表", en: "the argument should be a list of lists")
    static let calendar = LocalizedText(zh: "最后一个参数应为工作日历表（年份 → { holidays, workdays }）", en: "the last argument should be a working-day calendar table (year → { holidays, workdays })")
    static let oneArgument = LocalizedText(zh: "需要一个参数", en: "takes one argument")
}
