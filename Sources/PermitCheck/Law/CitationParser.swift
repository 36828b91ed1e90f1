/// Reads basis entries as the catalog writes them: `条例 17、34(一)` (two
/// entries), `固废法 112(二)(十三)` (two), `GB 37822 10.3.2` (a clause),
/// `大气法 99(二) (air)` (limited to air), `环大气〔2020〕33号` (cited whole).
///
/// The document is the longest declared id the text starts with, so ids may
/// hold spaces (`HJ 212-2017`, `名录 2025`).
struct CitationParser {
    /// One entry as read, before it is tied to its document.
    struct Part: Equatable {
        var doc: String
        var article: Int?
        var item: Int?
        var clause: String?
        var medium: String?
        /// `(until 2026-08-14)` / `(from …)`: the entry applies only within these dates.
        var limit = DateRange.always
    }

    enum Failure: Error, Equatable {
        /// No declared document starts the text; `name` is what was written for it.
        case unknownDocument(name: String)
        /// `part` cannot be read as an article (`17`, `34(一)`) or, for a standard, a clause.
        case badArticle(part: String)
        /// A policy is cited whole; `part` follows its name.
        case citedWhole(part: String)
        /// `(from …)` / `(until …)` is not `(until YYYY-MM-DD)`, `(from YYYY-MM-DD)` or both.
        case badLimit(part: String)
    }

    static let media = ["air", "water"]

    /// Document id → kind, for every document the pack declares.
    let kinds: [String: LegalDocument.Kind]
    private let idsByLength: [String]

    init(kinds: [String: LegalDocument.Kind]) {
        self.kinds = kinds
        idsByLength = kinds.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    func parse(_ written: String) -> Result<[Part], Failure> {
        var text = written.trimmingSpaces
        var limit = DateRange.always
        // A trailing ` (until 2026-08-14)` / ` (from …)`: not an item, which follows its article without a space.
        while text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
              text[text.index(before: open)] == " " {
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard inside.hasPrefix("from ") || inside.hasPrefix("until ") else { break }
            guard let parsed = Self.limit(inside) else { return .failure(.badLimit(part: "(\(inside))")) }
            limit = parsed
            text = String(text[..<open]).trimmingSpaces
        }
        switch parseEntry(text) {
        case .success(let parts): return .success(parts.map { var p = $0; p.limit = limit; return p })
        case .failure(let f): return .failure(f)
        }
    }

    /// `until 2026-08-14`, `from 2021-03-01`, `from … until …`.
    static func limit(_ text: String) -> DateRange? {
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count % 2 == 0 else { return nil }
        var range = DateRange.always
        for k in stride(from: 0, to: words.count, by: 2) {
            guard let date = LocalDate(words[k + 1]) else { return nil }
            switch words[k] {
            case "from": range.from = date
            case "until": range.until = date
            default: return nil
            }
        }
        return range
    }

    func parseEntry(_ written: String) -> Result<[Part], Failure> {
        var text = written
        var medium: String?
        for m in Self.media where text.hasSuffix(" (\(m))") {
            medium = m
            text = String(text.dropLast(m.count + 3)).trimmingSpaces
        }
        guard let doc = idsByLength.first(where: { text == $0 || text.hasPrefix($0 + " ") }), let kind = kinds[doc] else {
            return .failure(.unknownDocument(name: Self.documentName(text)))
        }
        let rest = String(text.dropFirst(doc.count)).trimmingSpaces
        if rest.isEmpty { return .success([Part(doc: doc, medium: medium)]) }
        var parts: [Part] = []
        for piece in rest.split(separator: "、", omittingEmptySubsequences: false).map({ String($0).trimmingSpaces }) {
            switch kind {
            case .policy:
                return .failure(.citedWhole(part: rest))
            case .standard:
                guard !piece.isEmpty, !piece.contains(" ") else { return .failure(.badArticle(part: piece)) }
                parts.append(Part(doc: doc, clause: piece, medium: medium))
            case .law:
                guard let (article, items) = Self.article(piece) else { return .failure(.badArticle(part: piece)) }
                if items.isEmpty { parts.append(Part(doc: doc, article: article, medium: medium)) }
                for item in items { parts.append(Part(doc: doc, article: article, item: item, medium: medium)) }
            }
        }
        return .success(parts)
    }

    /// `34(一)` → (34, [1]); `112(二)(十三)` → (112, [2, 13]); `17` → (17, []).
    static func article(_ text: String) -> (Int, [Int])? {
        let head = text.prefix { $0.isASCII && $0.isNumber }
        guard let article = Int(head), article >= 1 else { return nil }
        var rest = text.dropFirst(head.count)
        var items: [Int] = []
        while !rest.isEmpty {
            guard rest.first == "(" || rest.first == "（", let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
            guard let item = ChineseNumeral.value(String(rest[rest.index(after: rest.startIndex)..<close])) else { return nil }
            items.append(item)
            rest = rest[rest.index(after: close)...]
        }
        return (article, items)
    }

    /// The name a writer meant for the document: the text before a trailing list of articles.
    static func documentName(_ text: String) -> String {
        guard let space = text.lastIndex(of: " ") else { return text }
        let tail = text[text.index(after: space)...]
        let looksCited = tail.split(separator: "、").allSatisfy { article(String($0)) != nil || $0.contains(".") }
        return looksCited ? String(text[..<space]).trimmingSpaces : text
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
