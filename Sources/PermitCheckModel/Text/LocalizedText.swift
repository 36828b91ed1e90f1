/// A message for people, in Chinese and English. Every user-facing text in
/// permitcheck is one of these.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) { self.zh = zh; self.en = en }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// The languages permitcheck speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en
}
