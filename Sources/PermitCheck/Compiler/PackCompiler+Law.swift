/// Compiling law by date: the pack's documents, each rule's basis entries
/// and act-date family, and the promise of `coversFrom` that every rule with
/// a basis has an entry in force on every date it judges.
extension PackCompiler {
    mutating func compileCoversFrom(_ node: YAMLNode?) {
        guard let node else { return }
        guard let text = node.scalar, let date = LocalDate(text) else {
            report(LawMessages.badDate("coversFrom", node.scalar ?? ""), node)
            return
        }
        coversFrom = date
    }

    mutating func compileDocuments(_ written: [DocumentSyntax]) {
        var kinds: [String: LegalDocument.Kind] = [:]
        var ordered: [(DocumentSyntax, LegalDocument.Kind, DateRange)] = []
        for d in written {
            if kinds[d.id] != nil {
                report(LawMessages.duplicateDocument(d.id), d.idNode)
                continue
            }
            var kind = LegalDocument.Kind.law
            if let k = d.kind {
                if let known = LegalDocument.Kind(rawValue: k.text) { kind = known } else { report(LawMessages.badKind(k.text), k.node) }
            }
            _ = status(d.status)
            guard let range = dateRange(from: d.from, until: d.until, what: "`\(d.id)`") else { continue }
            kinds[d.id] = kind
            ordered.append((d, kind, range))
        }
        parser = CitationParser(kinds: kinds)
        for (d, kind, range) in ordered {
            documents[d.id] = LegalDocument(
                id: d.id, title: d.title ?? d.id, kind: kind, from: range.from, until: range.until,
                source: d.source, status: d.status.flatMap { ParamStatus(word: $0.text) },
                successors: d.successors.map { successorTable($0) })
        }
    }

    /// `99(二): 法典 1107` pairs → article key → the articles continuing it.
    mutating func successorTable(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> [ArticleKey: [ArticleReference]] {
        var table: [ArticleKey: [ArticleReference]] = [:]
        for pair in pairs {
            let keyText = pair.key.scalar ?? ""
            guard let (article, items) = CitationParser.article(keyText), items.count <= 1 else {
                report(LawMessages.badSuccessor(keyText), pair.key)
                continue
            }
            guard let target = pair.value.scalar, let parts = parts(of: target, pair.value) else { continue }
            table[ArticleKey(article: article, item: items.first)] = parts.map { ArticleReference(doc: $0.doc, article: $0.article, item: $0.item) }
        }
        return table
    }

    /// The entries of one written basis string, reporting what cannot be read.
    mutating func parts(of text: String, _ node: YAMLNode) -> [CitationParser.Part]? {
        switch parser.parse(text) {
        case .success(let parts): return parts
        case .failure(.unknownDocument(let name)):
            diagnostics.add(Diagnostic(
                LawMessages.unknownDocument(name), at: node.location, length: max(1, name.count),
                suggestion: Suggestion.didYouMean(name, in: parser.kinds.keys)))
        case .failure(.badArticle(let part)):
            report(LawMessages.badArticle(part), node)
        case .failure(.citedWhole(let part)):
            report(LawMessages.citedWhole(CitationParser.documentName(text), part), node)
        case .failure(.badLimit(let part)):
            report(LawMessages.badLimit(part), node)
        }
        return nil
    }

    /// The rule's basis entries, in the order written.
    mutating func basisEntries(_ rule: RuleSyntax) -> [BasisEntry] {
        var entries: [BasisEntry] = []
        for written in rule.basis {
            guard let parts = parts(of: written.text, written.node) else { continue }
            for p in parts {
                guard let document = documents[p.doc] else { continue }
                entries.append(BasisEntry(document: document, article: p.article, item: p.item, clause: p.clause, medium: p.medium, limit: p.limit))
            }
        }
        return entries
    }

    /// The act-date family, defaulting to `state` for data checks without one.
    mutating func actFamily(_ rule: RuleSyntax, hasBasis: Bool) -> ActFamily {
        guard let written = rule.acts else {
            if hasBasis { report(LawMessages.actsWithoutBasis, rule.idNode) }
            return .state
        }
        guard let family = ActFamily(rawValue: written.text) else {
            report(LawMessages.unknownFamily(written.text), written.node)
            return .state
        }
        return family
    }

    /// Every date from `coversFrom` (or the later `appliesFrom`) needs an entry in force.
    mutating func checkBasisCoverage(_ rule: RuleSyntax, _ entries: [BasisEntry], appliesFrom: LocalDate?) {
        guard !entries.isEmpty, let covers = coversFrom else { return }
        let start = max(covers, appliesFrom ?? covers)
        for gap in DateCoverage.gaps(entries.map(\.range), from: start) {
            report(LawMessages.noBasisInForce(gap.from, gap.until), rule.basis.first?.node ?? rule.idNode)
        }
    }

    /// `appliesFrom:` as a date.
    mutating func appliesFrom(_ rule: RuleSyntax) -> LocalDate? {
        guard let node = rule.appliesFrom else { return nil }
        guard let text = node.scalar, let date = LocalDate(text) else {
            report(LawMessages.badDate("appliesFrom", node.scalar ?? ""), node)
            return nil
        }
        return date
    }
}
