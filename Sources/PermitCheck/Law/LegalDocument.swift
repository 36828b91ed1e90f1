/// A document a pack may cite: a law, a standard or a policy, with the
/// dates it is a valid basis and how sure we are of its text.
public struct LegalDocument: Sendable, Hashable {
    /// How a citation of the document is written for display.
    public enum Kind: String, Sendable, CaseIterable {
        /// Cited by article and item: `排污许可管理条例 第十七条`.
        case law
        /// Cited by clause: `GB 37822-2019 10.3.2`.
        case standard
        /// Cited whole, by title or number: `环大气〔2020〕33号`.
        case policy
    }

    /// The short name, the `doc` of every citation of it (`大气法`).
    public let id: String
    /// The title used in citation texts, without 中华人民共和国.
    public let title: String
    public let kind: Kind
    /// First and last day in force as a basis (`nil`: open).
    public let from: LocalDate?
    public let until: LocalDate?
    /// Where the text was read.
    public let source: String?
    public let status: ParamStatus?
    /// For a repealed law: article (and item) → the articles that continue it;
    /// `nil` for a document that was not repealed (an expired standard or list edition).
    let successors: [ArticleKey: [ArticleReference]]?

    var range: DateRange { DateRange(from: from, until: until) }
}

/// An article and optional item of one document, the key of a successor link.
struct ArticleKey: Sendable, Hashable {
    var article: Int
    var item: Int?
}

/// One basis entry of a rule, resolved against its document: what a finding
/// cites when the document is in force on one of its act dates and, where the
/// entry is limited to a medium, the subject is of that medium.
public struct BasisEntry: Sendable, Hashable {
    public let document: LegalDocument
    public let article: Int?
    public let item: Int?
    public let clause: String?
    /// `air` or `water` when the entry applies to one medium only.
    public let medium: String?
    /// Dates the rule cites this entry within, when narrower than the document's
    /// force (the catalog lists a document in force throughout on one side only).
    let limit: DateRange
    /// The dates this entry can be cited on: the document's force within the entry's limit.
    let range: DateRange
    /// The citation a finding carries, made once when the pack compiles (every
    /// finding that cites the entry shares it).
    public private(set) var citation: Citation

    init(document: LegalDocument, article: Int?, item: Int?, clause: String?, medium: String?, limit: DateRange = .always) {
        self.document = document; self.article = article; self.item = item; self.clause = clause
        self.medium = medium; self.limit = limit
        let d = document.range
        range = DateRange(from: [d.from, limit.from].compactMap { $0 }.max(), until: [d.until, limit.until].compactMap { $0 }.min())
        citation = Citation(doc: document.id, article: article, item: item, clause: clause, text: "",
                            from: document.from, until: document.until, successor: nil)
        citation.text = CitationText.text(self)
        citation.successor = successor
    }

    /// The articles continuing this entry when its law was repealed; `nil` when it was not.
    public var successor: [ArticleReference]? {
        guard let table = document.successors else { return nil }
        guard let article else { return [] }
        return table[ArticleKey(article: article, item: item)] ?? (item == nil ? nil : table[ArticleKey(article: article, item: nil)]) ?? []
    }

    /// The entry as written in a pack: `大气法 99(二) (air)`.
    public var written: String {
        var s = document.id
        if let article { s += " \(article)" + (item.map { "(\(ChineseNumeral.text($0)))" } ?? "") }
        if let clause { s += " \(clause)" }
        if let medium { s += " (\(medium))" }
        switch (limit.from, limit.until) {
        case (nil, nil): break
        case (let f?, nil): s += " (from \(f))"
        case (nil, let u?): s += " (until \(u))"
        case (let f?, let u?): s += " (from \(f) until \(u))"
        }
        return s
    }
}
