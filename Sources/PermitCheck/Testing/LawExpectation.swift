/// Checks the law-by-date parts of an expected finding: its act dates and
/// the entries it cites, so pack tests can pin which law a finding invokes
/// on each side of a change (2026-08-15).
enum LawExpectation {
    static func problems(_ expected: ExpectedFinding, _ finding: Finding, pack: CompiledPack) -> [LocalizedText] {
        var problems: [LocalizedText] = []
        if let acts = expected.acts {
            let wanted = "\(acts["from"]?.scalar ?? "?") – \(acts["to"]?.scalar ?? "?")"
            let got = "\(finding.acts.from) – \(finding.acts.to)"
            if wanted != got { problems.append(PackTestMessages.wrongActs(expected.subject, expected: wanted, got: got)) }
        }
        if let cites = expected.cites {
            let parser = CitationParser(kinds: Dictionary(pack.documents.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a }))
            var wanted: [String] = []
            for c in cites {
                switch parser.parse(c.text) {
                case .success(let parts): wanted += parts.map { key(doc: $0.doc, article: $0.article, item: $0.item, clause: $0.clause) }
                case .failure: wanted.append("?\(c.text)")
                }
            }
            let got = finding.basis.map { key(doc: $0.doc, article: $0.article, item: $0.item, clause: $0.clause) }
            if wanted != got {
                problems.append(PackTestMessages.wrongBasis(expected.subject, expected: wanted.joined(separator: ", "), got: got.joined(separator: ", ")))
            }
        }
        return problems
    }

    /// `大气法 99(二)`, `GB 37822 10.3.2`, `名录 2025`: one entry as the catalog writes it.
    static func key(doc: String, article: Int?, item: Int?, clause: String?) -> String {
        var s = doc
        if let article { s += " \(article)" + (item.map { "(\(ChineseNumeral.text($0)))" } ?? "") }
        if let clause { s += " \(clause)" }
        return s
    }
}
