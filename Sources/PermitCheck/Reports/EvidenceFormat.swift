/// Evidence for people, in text and HTML reports: each entry under its label
/// in the report's language, numbers rounded and with their unit as messages
/// show values (`93.97 %`, `5.00 t`, `67.30 mg/m3`), times to the minute.
/// Machine formats (JSON, JSON Lines, SARIF, CSV's `evidence` column) keep
/// the exact values; this is only how they read.
enum EvidenceFormat {
    /// The finding's evidence as label–value rows, in the rule's order.
    static func rows(_ f: Finding, _ language: Language) -> [(label: String, value: String)] {
        let unit: String? = if case .string(let u) = f.evidence["unit"] { u } else { nil }
        var usedUnit = false
        var rows: [(String, String)] = []
        for member in f.evidence {
            let entry = EvidenceLabels.entry(rule: f.rule, key: member.key)
            let label = language == .zh ? (entry?.zh ?? member.key) : member.key
            var display = entry?.display ?? .plain
            if display == .siblingUnit {
                if let unit, case .number = member.value { display = .unit(unit); usedUnit = true } else { display = .plain }
            }
            rows.append((label, text(member.value, display, language)))
        }
        // The unit stands next to the numbers that are in it.
        if usedUnit, let at = f.evidence.keys.firstIndex(of: "unit") { rows.remove(at: at) }
        return rows
    }

    /// One line: `hours 37 · max 71.40 mg/m3 · limit 50 mg/m3`.
    static func line(_ f: Finding, _ language: Language) -> String {
        rows(f, language).map { "\($0.label) \($0.value)" }.joined(separator: " · ")
    }

    static func text(_ value: JSONValue, _ display: Display, _ language: Language) -> String {
        switch value {
        case .null: return language == .zh ? "（无）" : "(none)"
        case .bool(let b): return language == .zh ? (b ? "是" : "否") : (b ? "yes" : "no")
        case .number(let x):
            switch display {
            case .share: return fixed(x * 100) + " %"
            case .unit(let u): return number(x) + " " + u
            // Counts and hours without a unit: at most two decimals, no trailing zeros (`6.5`).
            case .plain, .siblingUnit: return abs(x) >= 1 ? NumberFormat.rounded(x) : number(x)
            }
        case .string(let s):
            // RFC 3339 times read as the wall clock, to the minute (as in messages).
            if s.count > 10, s.contains("T"), let t = Timestamp(s) { return t.minuteText }
            return s
        case .array(let items):
            return items.map { text($0, display, language) }.joined(separator: language == .zh ? "、" : ", ")
        default:
            return JSONWriter().string(value)
        }
    }

    typealias Display = EvidenceLabels.Display

    /// A quantity: a whole number as it is; otherwise two decimals from 1 up
    /// (`5.00`, `67.30`), four decimal places below (`0.004`, `0.0025`).
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return NumberFormat.plain(x) }
        if x == x.rounded(), abs(x) < 1e15 { return NumberFormat.plain(x) }
        if abs(x) >= 1 { return fixed(x) }
        return NumberFormat.rounded(x, digits: 4)
    }

    /// Exactly two decimals: `93.97`, `80.00`, `5.00`.
    static func fixed(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e13 else { return NumberFormat.plain(x) }
        let hundredths = Int64((abs(x) * 100).rounded())
        let sign = x < 0 && hundredths != 0 ? "-" : ""
        let cents = hundredths % 100
        return "\(sign)\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
