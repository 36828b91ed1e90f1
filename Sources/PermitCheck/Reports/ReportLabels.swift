/// The report writers' whole vocabulary of labels, in Chinese and English, in
/// one place so that every format names things alike.
enum ReportLabel {
    static let title = LocalizedText(zh: "排污许可执行报告检查结果", en: "Permit filing check report")
    static let summary = LocalizedText(zh: "汇总", en: "Summary")
    static let pack = LocalizedText(zh: "规则包", en: "Rule pack")
    static let engine = LocalizedText(zh: "引擎版本", en: "Engine")
    static let filings = LocalizedText(zh: "申报", en: "Filings")
    static let findings = LocalizedText(zh: "发现", en: "Findings")
    static let inputErrors = LocalizedText(zh: "输入错误", en: "Input errors")
    static let inputError = LocalizedText(zh: "无法读取的申报", en: "filing could not be read")
    static let evaluationErrors = LocalizedText(zh: "求值错误", en: "Evaluation errors")
    static let evaluationError = LocalizedText(zh: "求值错误", en: "evaluation error")
    static let bySeverity = LocalizedText(zh: "按严重程度", en: "By severity")
    static let byFamily = LocalizedText(zh: "按规则族", en: "By family")
    static let byEnterprise = LocalizedText(zh: "按企业（最严重者在前）", en: "By enterprise (most serious first)")
    static let worstEnterprises = LocalizedText(zh: "问题最严重的企业", en: "Enterprises with the most serious findings")
    static let enterprises = LocalizedText(zh: "企业", en: "Enterprises")
    static let creditCode = LocalizedText(zh: "统一社会信用代码", en: "Credit code")
    static let period = LocalizedText(zh: "报告期", en: "Period")
    static let subject = LocalizedText(zh: "对象", en: "Subject")
    static let evidence = LocalizedText(zh: "证据", en: "Evidence")
    static let basis = LocalizedText(zh: "依据", en: "Basis")
    static let acts = LocalizedText(zh: "行为日期", en: "Acts")
    static let fingerprint = LocalizedText(zh: "指纹", en: "Fingerprint")
    static let noFindings = LocalizedText(zh: "未发现问题", en: "No findings")
    static let none = LocalizedText(zh: "无", en: "none")
    static let limit = LocalizedText(zh: "限值", en: "limit")
    static let measured = LocalizedText(zh: "实测", en: "measured")
    static let rules = LocalizedText(zh: "条规则", en: "rules")
    static let warning = LocalizedText(zh: "警告", en: "warning")
    /// The page's last line: without a CJK font, Chinese shows as boxes.
    static let cjkFont = LocalizedText(
        zh: "中文需要中文字体才能显示（Debian/Ubuntu：apt-get install fonts-noto-cjk）。",
        en: "Chinese text needs a CJK font to render (Debian/Ubuntu: apt-get install fonts-noto-cjk).")

    /// "DA001 NOx, O2-corrected to 16 %" for a chart title.
    static func corrected(to reference: Double) -> LocalizedText {
        let r = NumberFormat.rounded(reference)
        return LocalizedText(zh: "折算至基准氧含量 \(r)%", en: "O2-corrected to \(r) %")
    }

    /// How a limit is averaged, for the limit line's label.
    static func averaging(_ a: Averaging) -> LocalizedText {
        switch a {
        case .hour: return LocalizedText(zh: "（小时均值）", en: " (hourly)")
        case .day: return LocalizedText(zh: "（日均值）", en: " (daily)")
        case .month: return LocalizedText(zh: "（月均值）", en: " (monthly)")
        case .instant: return LocalizedText(zh: "（瞬时值）", en: " (instant)")
        }
    }

    /// "3 findings" / "3 项发现".
    static func findingCount(_ n: Int) -> LocalizedText {
        LocalizedText(zh: "\(n) 项发现", en: n == 1 ? "1 finding" : "\(n) findings")
    }

    /// The severity as people read it.
    static func severity(_ s: Severity) -> LocalizedText {
        switch s {
        case .critical: return LocalizedText(zh: "严重", en: "critical")
        case .high: return LocalizedText(zh: "高", en: "high")
        case .medium: return LocalizedText(zh: "中", en: "medium")
        case .low: return LocalizedText(zh: "低", en: "low")
        case .info: return LocalizedText(zh: "提示", en: "info")
        }
    }

    /// The other language, for bilingual formats that show one and keep the other.
    static func other(_ language: Language) -> Language { language == .zh ? .en : .zh }
}
