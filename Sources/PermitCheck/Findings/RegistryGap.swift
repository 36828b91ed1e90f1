/// The rules an audit could not judge for want of registry data, and why:
/// "HW-LICENSE: no registry given (--registry) — wasteLicenses not loaded".
/// A rule that needs a registry list the user did not give reports
/// insufficient data, never a finding; the summary of every format says
/// which rules those are, so a clean report is never read as compliance.
public struct RegistryGap: Sendable, Equatable {
    public var rule: String
    /// The lists whose absence left subjects unjudged.
    public var missing: RegistryLists
    /// Subjects left unjudged for that reason, over the audit.
    public var subjects: Int
    /// Whether any registry was given (false: none at all).
    public var registryGiven: Bool

    /// Why, in both languages.
    public var reason: LocalizedText {
        let keys = missing.keys
        let en = keys.joined(separator: ", "), zh = keys.joined(separator: "、")
        if registryGiven {
            return LocalizedText(zh: "登记库中没有 \(zh)（未载入）", en: "the registry has no \(en) (not loaded)")
        }
        return LocalizedText(zh: "未提供登记库（--registry）——未载入 \(zh)", en: "no registry given (--registry) — \(en) not loaded")
    }

    /// `<reason> (3 subjects)`.
    public func detail(_ language: Language) -> String {
        let count = language == .zh ? "\(subjects) 个对象" : (subjects == 1 ? "1 subject" : "\(subjects) subjects")
        return "\(reason.text(language)) (\(count))"
    }

    /// `HW-LICENSE: <reason> (3 subjects)`.
    public func line(_ language: Language) -> String { "\(rule): \(detail(language))" }

    /// `{rule, missingRegistry, subjects, reason}` for the JSON summaries.
    public var json: JSONValue {
        .object([
            "rule": .string(rule), "missingRegistry": .array(missing.keys.map { .string($0) }),
            "subjects": .number(Double(subjects)),
            "reason": .object(["zh": .string(reason.zh), "en": .string(reason.en)]),
        ])
    }

    /// The heading over the list, in both languages.
    public static let heading = LocalizedText(zh: "因缺少登记库数据未能判定的规则（数据不足，不等于合规）",
                                       en: "Rules not judged for want of registry data (insufficient data, not compliance)")
}

extension Report {
    /// The same gaps for one filing.
    public var registryGaps: [RegistryGap] {
        outcomes.filter { $0.insufficientForRegistry > 0 }.map {
            RegistryGap(rule: $0.rule, missing: $0.missingRegistry, subjects: $0.insufficientForRegistry, registryGiven: !registryLoaded.isEmpty)
        }
    }
}
