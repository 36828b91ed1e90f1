/// Escaping for XML and HTML text and attributes, shared by the JUnit and HTML
/// writers so that finding messages (which quote filing data verbatim) can
/// never inject markup.
enum Markup {
    /// `text` safe inside element content and double- or single-quoted
    /// attributes. Characters XML 1.0 forbids (C0 controls other than tab,
    /// LF and CR; U+FFFE, U+FFFF) become U+FFFD so the document stays well-formed.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// Shared text forms of report data.
enum ReportText {
    /// Compact JSON of a finding's evidence, as all text formats show it.
    static func evidence(_ evidence: JSONObject) -> String {
        JSONWriter().string(.object(evidence))
    }

    /// Compact JSON of a finding's basis (the structured citations), for CSV cells.
    static func basis(_ basis: [Citation]) -> String {
        JSONWriter().string(.array(basis.map(\.json)))
    }

    /// `source:line` or `source` for an input error.
    static func place(_ record: InputErrorRecord) -> String {
        record.source + (record.line.map { ":\($0)" } ?? "")
    }

    /// A problem's line in the source file: problems count lines from the
    /// start of their item, which for JSON Lines input is line `record.line`.
    static func fileLine(_ problem: InputProblem, in record: InputErrorRecord) -> Int {
        guard problem.line > 0 else { return 0 }
        return (record.line ?? 1) + problem.line - 1
    }

    /// Severities in order, with counts (zero counts dropped), e.g. `high 3, low 1`.
    static func severities(_ counts: [Severity: Int], _ language: Language) -> String {
        let parts = Severity.allCases.compactMap { s -> String? in
            guard let n = counts[s], n > 0 else { return nil }
            return "\(ReportLabel.severity(s).text(language)) \(n)"
        }
        return parts.isEmpty ? ReportLabel.none.text(language) : parts.joined(separator: language == .zh ? "，" : ", ")
    }
}
