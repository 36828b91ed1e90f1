/// How reports show a citation to a person: its text, the dates it is in
/// force and, for a repealed article, what continues it. Machines read the
/// parts (``Citation/json``), never this.
extension Citation {
    /// `大气污染防治法 第九十九条第（二）项 (in force 2018-10-26 – 2026-08-14; repealed; continued by 法典 第一千一百零七条)`.
    public func display(_ language: Language) -> String {
        let range: String
        switch (from, until, language) {
        case (nil, nil, _): range = ""
        case (let f?, nil, .zh): range = "自 \(f) 起有效"
        case (let f?, nil, .en): range = "in force from \(f)"
        case (nil, let u?, .zh): range = "有效至 \(u)"
        case (nil, let u?, .en): range = "in force until \(u)"
        case (let f?, let u?, .zh): range = "\(f) 至 \(u) 有效"
        case (let f?, let u?, .en): range = "in force \(f) – \(u)"
        }
        var notes = range.isEmpty ? [] : [range]
        if let successor {
            let targets = successor.map(\.display).joined(separator: language == .zh ? "、" : ", ")
            if language == .zh {
                notes.append(targets.isEmpty ? "已废止" : "已废止，由 \(targets) 承继")
            } else {
                notes.append(targets.isEmpty ? "repealed" : "repealed; continued by \(targets)")
            }
        }
        guard !notes.isEmpty else { return text }
        return language == .zh ? "\(text)（\(notes.joined(separator: "；"))）" : "\(text) (\(notes.joined(separator: "; ")))"
    }
}

extension ArticleReference {
    /// `法典 第一千一百零七条`, `法典 第一千一百七十五条第（七）项`.
    public var display: String {
        guard let article else { return doc }
        return "\(doc) 第\(ChineseNumeral.text(article))条" + (item.map { "第（\(ChineseNumeral.text($0))）项" } ?? "")
    }
}

extension BasisEntry {
    /// The entry's citation as JSON, with `medium` when it is limited to one.
    public var json: JSONValue {
        guard case .object(var o) = citation.json else { return citation.json }
        o["medium"] = medium.map { .string($0) } ?? .null
        return .object(o)
    }

    /// The citation's display text, with its medium (`… (air only)`).
    public func display(_ language: Language) -> String {
        let base = citation.display(language)
        guard let medium else { return base }
        let word = language == .zh ? (medium == "air" ? "仅大气" : medium == "water" ? "仅水" : "仅\(medium)") : "\(medium) only"
        return language == .zh ? "\(base)〔\(word)〕" : "\(base) [\(word)]"
    }
}

extension Array where Element == BasisEntry {
    /// The entries grouped by their documents' ranges, in first-appearance
    /// order, each written as in a pack with its successors:
    /// `2018-10-26 – 2026-08-14: 大气法 99(二) (air) → 法典 1107`.
    public var byRange: [(range: String, entries: [String])] {
        var groups: [(range: String, entries: [String])] = []
        for e in self {
            var text = e.written
            if let successor = e.successor, !successor.isEmpty {
                // `→ 法典 183、184`: the document once, its articles after it.
                let docs = successor.map(\.doc)
                let articles = successor.map { s in (s.article.map { "\($0)" } ?? "") + (s.item.map { "(\(ChineseNumeral.text($0)))" } ?? "") }
                text += Set(docs).count == 1
                    ? " → \(docs[0]) " + articles.joined(separator: "、")
                    : " → " + zip(docs, articles).map { "\($0) \($1)" }.joined(separator: "、")
            }
            let range = e.range.description
            if let k = groups.firstIndex(where: { $0.range == range }) { groups[k].entries.append(text) } else { groups.append((range, [text])) }
        }
        return groups
    }
}
