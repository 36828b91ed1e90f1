/// Findings for people at a terminal: one block per filing as it is checked,
/// then a summary block. Colour is optional because ANSI escapes are noise in
/// files and pipes; the caller decides (the CLI: a TTY and no `NO_COLOR`).
public struct TextWriter: ReportWriter {
    /// Language of messages and labels.
    public var language: Language
    /// ANSI colours by severity.
    public var color: Bool

    /// - Parameters:
    ///   - language: language of messages and labels.
    ///   - color: ANSI colours by severity.
    public init(language: Language, color: Bool = false) {
        self.language = language; self.color = color
    }

    /// The filing's block, or the input error's block.
    public mutating func add(_ item: AuditItem) -> String {
        switch item {
        case .checked(let filing, let report, _): return block(filing, report)
        case .inputError(let record): return block(record)
        }
    }

    /// The summary block.
    public mutating func finish(_ summary: AuditSummary) -> String {
        let l = language
        var out = "\n" + paint(ReportLabel.summary.text(l) + " · \(summary.pack)", ANSI.bold) + "\n"
        out += "  \(ReportLabel.filings.text(l)): \(summary.filings)    \(ReportLabel.inputErrors.text(l)): \(summary.inputErrors)"
        out += "    \(ReportLabel.evaluationErrors.text(l)): \(summary.evaluationErrors)\n"
        out += "  \(ReportLabel.findings.text(l)): \(summary.findings)\n"
        out += "  \(ReportLabel.bySeverity.text(l)): "
        out += Severity.allCases.map { s in
            paint("\(ReportLabel.severity(s).text(l)) \(summary.findingsBySeverity[s] ?? 0)", ANSI.colour(s))
        }.joined(separator: "  ") + "\n"
        if !summary.findingsByFamily.isEmpty {
            out += "  \(ReportLabel.byFamily.text(l)):\n"
            for family in summary.findingsByFamily.keys.sorted() {
                out += "    \(EvidenceLabels.family(family).text(l)): \(summary.findingsByFamily[family] ?? 0)\n"
            }
        }
        let worst = summary.worstEnterprises()
        if !worst.isEmpty {
            out += "  \(ReportLabel.worstEnterprises.text(l)):\n"
            for (k, entry) in worst.enumerated() {
                out += "    \(k + 1). \(entry.tally.name) (\(entry.uscc)): \(ReportText.severities(entry.tally.bySeverity, l))\n"
            }
        }
        return out
    }

    private func block(_ filing: Filing, _ report: Report) -> String {
        let l = language
        var out = paint(report.filing, ANSI.bold) + "  \(filing.enterprise.name) (\(filing.enterprise.uscc)) — \(report.pack): "
        out += ReportLabel.findingCount(report.findings.count).text(l) + "\n"
        for f in report.findings {
            out += "  " + paint("[\(f.severity.rawValue)]", ANSI.colour(f.severity)) + " " + paint(f.rule, ANSI.bold) + " \(f.subject)\n"
            out += "    \(f.message.text(l))\n"
            if f.evidence.count > 0 { out += "    " + paint("\(ReportLabel.evidence.text(l)): " + EvidenceFormat.line(f, l), ANSI.dim) + "\n" }
            let acts = f.acts.from == f.acts.to ? "\(f.acts.from)" : "\(f.acts.from) – \(f.acts.to)"
            out += "    " + paint("\(ReportLabel.acts.text(l)): \(acts)", ANSI.dim) + "\n"
            for c in f.basis { out += "    " + paint("\(ReportLabel.basis.text(l)): \(c.display(l))", ANSI.dim) + "\n" }
        }
        for e in report.failures {
            out += "  " + paint("[\(ReportLabel.evaluationError.text(l))]", ANSI.red) + " \(e.rule) \(e.subject ?? ""): \(e.message.text(l))\n"
        }
        return out
    }

    private func block(_ record: InputErrorRecord) -> String {
        let l = language
        var out = paint(ReportText.place(record), ANSI.bold) + ": " + paint(ReportLabel.inputError.text(l), ANSI.red)
        if let filing = record.filing { out += " (\(filing))" }
        out += "\n"
        for p in record.problems {
            let r = p.rendering(l)
            let tag = paint(r.severity, p.severity == .error ? ANSI.red : ANSI.yellow)
            out += "  \(r.position) \(tag)[\(r.code)] \(r.pointer): \(r.message)\n"
        }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// SGR codes for the text writer.
private enum ANSI {
    static let bold = "1", dim = "2", red = "31", yellow = "33"

    /// Most serious in bold red down to info in grey.
    static func colour(_ s: Severity) -> String {
        switch s {
        case .critical: return "1;31"
        case .high: return "31"
        case .medium: return "33"
        case .low: return "36"
        case .info: return "90"
        }
    }
}
