/// One legal text a finding cites, structured so that tools compare
/// citations by their parts and never by prose (filing-v1, "Findings";
/// rules-catalog, "How a finding cites").
///
/// Two citations agree when every field but ``text`` agrees.
public struct Citation: Sendable, Hashable {
    /// The document's short name (`条例`, `大气法`, `GB 37822`, `法典`).
    public var doc: String
    /// The article (条), when the entry cites one.
    public var article: Int?
    /// The item (项) of the article, when the entry cites one.
    public var item: Int?
    /// A standard's clause or appendix as written (`10.3.2`, `附录D`).
    public var clause: String?
    /// For display only, never compared (`大气污染防治法 第九十九条第（二）项`).
    public var text: String
    /// First and last day the document is a valid basis (`nil`: open).
    public var from: LocalDate?
    public var until: LocalDate?
    /// For an entry of a repealed law: the articles that continue it, else `nil`.
    public var successor: [ArticleReference]?

    public init(doc: String, article: Int?, item: Int?, clause: String?, text: String,
                from: LocalDate?, until: LocalDate?, successor: [ArticleReference]?) {
        self.doc = doc; self.article = article; self.item = item; self.clause = clause
        self.text = text; self.from = from; self.until = until; self.successor = successor
    }

    /// Equality by parts: `text` is display only.
    public static func == (a: Citation, b: Citation) -> Bool {
        a.doc == b.doc && a.article == b.article && a.item == b.item && a.clause == b.clause
            && a.from == b.from && a.until == b.until && a.successor == b.successor
    }

    public func hash(into h: inout Hasher) {
        h.combine(doc); h.combine(article); h.combine(item); h.combine(clause)
        h.combine(from); h.combine(until); h.combine(successor)
    }
}

/// An article (and item) of a document: the target of a successor link.
public struct ArticleReference: Sendable, Hashable {
    public var doc: String
    public var article: Int?
    public var item: Int?

    public init(doc: String, article: Int?, item: Int?) {
        self.doc = doc; self.article = article; self.item = item
    }
}

/// The first and last date of the acts a finding reports.
public struct ActRange: Sendable, Hashable {
    public var from: LocalDate
    public var to: LocalDate

    public init(from: LocalDate, to: LocalDate) { self.from = from; self.to = to }
}
