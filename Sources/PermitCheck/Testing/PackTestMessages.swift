/// Every message of the pack test runner, in one place: why a case failed,
/// and why its inputs could not be read.
enum PackTestMessages {
    static func evaluationFailed(_ message: LocalizedText) -> LocalizedText {
        LocalizedText(zh: "规则求值出错：\(message.zh)", en: "the rule failed to evaluate: \(message.en)")
    }
    static func wrongSeverity(_ subject: String, expected: String, got: String) -> LocalizedText {
        LocalizedText(zh: "\(subject) 的严重程度应为 \(expected)，实为 \(got)", en: "severity at \(subject): expected \(expected), got \(got)")
    }
    static func wrongEvidence(_ subject: String, expected: String, got: String) -> LocalizedText {
        LocalizedText(zh: "\(subject) 的证据不符：期望 \(expected)，实际 \(got)", en: "evidence differs at \(subject): expected \(expected), got \(got)")
    }
    static func wrongActs(_ subject: String, expected: String, got: String) -> LocalizedText {
        LocalizedText(zh: "\(subject) 的行为日期应为 \(expected)，实为 \(got)", en: "act dates at \(subject): expected \(expected), got \(got)")
    }
    static func wrongBasis(_ subject: String, expected: String, got: String) -> LocalizedText {
        LocalizedText(zh: "\(subject) 引用的依据应为 [\(expected)]，实为 [\(got)]", en: "basis cited at \(subject): expected [\(expected)], got [\(got)]")
    }
    static func missingFinding(_ subject: String) -> LocalizedText {
        LocalizedText(zh: "缺少预期的发现：\(subject)", en: "expected a finding at \(subject), got none")
    }
    static func unexpectedFinding(_ subject: String) -> LocalizedText {
        LocalizedText(zh: "多出未预期的发现：\(subject)", en: "unexpected finding at \(subject)")
    }
    static func wrongOutcome(_ wanted: String, _ o: RuleOutcome) -> LocalizedText {
        LocalizedText(
            zh: "应有结果 \(wanted)，实际：触发 \(o.fired)、通过 \(o.passed)、不适用 \(o.notApplicable)、数据不足 \(o.insufficientData)",
            en: "expected outcome \(wanted), got fired \(o.fired), passed \(o.passed), not-applicable \(o.notApplicable), insufficient-data \(o.insufficientData)")
    }
    static let patchTooDeep = LocalizedText(
        zh: "patch 嵌套超过 \(JSONReader.maxDepth) 层", en: "the patch nests deeper than \(JSONReader.maxDepth) levels")
    static let noFiling = LocalizedText(zh: "测试用例没有给出申报（filing、file 或 base）", en: "the case gives no filing (filing, file or base)")
    /// The case's filing or registry does not decode: its errors by JSON Pointer.
    /// Lines and columns are left out: they count in the JSON made from the
    /// case's YAML, which the rule author never sees.
    static func invalid(_ document: String, _ problems: [InputProblem]) -> LocalizedText {
        let errors = problems.filter { $0.severity == .error }
        let zh = document == "filing" ? "测试申报无效：" : "测试名录无效："
        return LocalizedText(zh: zh + errors.map { "\($0.pointer) \($0.message.zh)" }.joined(separator: "；"),
                             en: "the test \(document) is invalid: " + errors.map { "\($0.pointer) \($0.message.en)" }.joined(separator: "; "))
    }
    static func unreadableFile(_ path: String) -> LocalizedText {
        LocalizedText(zh: "无法读取测试文件 \(path)", en: "cannot read test file \(path)")
    }
    static func notJSON(_ path: String, _ error: String) -> LocalizedText {
        LocalizedText(zh: "测试文件 \(path) 不是有效的 JSON：\(error)", en: "test file \(path) is not valid JSON: \(error)")
    }
}
