/// Renders diagnostics for people (file:line:col, message, source line, caret)
/// and for machines (JSON).
public struct DiagnosticRenderer: Sendable {
    private let sources: [String: SourceFile]

    public init(sources: [SourceFile]) {
        self.sources = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Text in the style of compilers:
    /// ```
    /// Rules/cn/vocs.yaml:14:21: error[type.mismatch]: expected a concentration, found a rate
    ///  |     when: f.initialRate > 50 mg/m3
    ///  |                         ^
    /// ```
    public func text(_ diagnostics: [Diagnostic], language: Language) -> String {
        diagnostics.sorted().map { render($0, language: language) }.joined()
    }

    private func render(_ d: Diagnostic, language: Language) -> String {
        var out = "\(d.location): \(d.severity.rawValue)[\(d.code)]: \(d.message.text(language))\n"
        if let line = sources[d.location.file]?.line(d.location.line) {
            let prefix = String(line.unicodeScalars.prefix(max(0, d.location.column - 1)).map { $0 == "\t" ? "\t" : " " })
            let width = max(1, min(d.length, line.unicodeScalars.count - (d.location.column - 1)))
            out += " | \(line)\n | \(prefix)^\(String(repeating: "~", count: max(0, width - 1)))\n"
        }
        if let suggestion = d.suggestion {
            out += " = \(language == .zh ? "提示" : "help"): \(suggestion)\n"
        }
        return out
    }

    /// A JSON array of objects: `code`, `severity`, `file`, `line`, `column`,
    /// `message` (`zh`, `en`), `suggestion`.
    public func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.sorted().map { d -> String in
            var fields = [
                "\"code\":\(jsonString(d.code))",
                "\"severity\":\(jsonString(d.severity.rawValue))",
                "\"file\":\(jsonString(d.location.file))",
                "\"line\":\(d.location.line)",
                "\"column\":\(d.location.column)",
                "\"message\":{\"zh\":\(jsonString(d.message.zh)),\"en\":\(jsonString(d.message.en))}",
            ]
            if let s = d.suggestion { fields.append("\"suggestion\":\(jsonString(s))") }
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "[" + items.joined(separator: ",\n") + "]\n"
    }
}

/// A JSON string literal for `text`, escaping what RFC 8259 requires.
func jsonString(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
