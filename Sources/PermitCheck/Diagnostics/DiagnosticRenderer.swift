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
        if let full = sources[d.location.file]?.line(d.location.line) {
            let (line, column) = Self.window(full, column: d.location.column)
            let prefix = String(line.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
            let width = max(1, min(d.length, line.unicodeScalars.count - (column - 1)))
            out += " | \(line)\n | \(prefix)^\(String(repeating: "~", count: max(0, width - 1)))\n"
        }
        if let suggestion = d.suggestion {
            out += " = \(language == .zh ? "提示" : "help"): \(suggestion)\n"
        }
        return out
    }

    /// Scalars of a quoted line shown at most; a longer line (a generated or
    /// hostile one-line pack) is cut to a window around the column.
    static let maxQuoted = 160

    /// The part of `line` to quote and the column within it.
    static func window(_ line: Substring, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maxQuoted else { return (String(line), column) }
        let start = max(0, min(column - 1 - maxQuoted / 2, scalars.count - maxQuoted))
        let end = min(scalars.count, start + maxQuoted)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var shifted = column - start
        if start > 0 { text = "…" + text; shifted += 1 }
        if end < scalars.count { text += "…" }
        return (text, shifted)
    }

    /// A JSON array of objects: `code`, `severity`, `file`, `line`, `column`,
    /// `message` (`zh`, `en`), `suggestion`.
    public func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.sorted().map { d -> JSONValue in
            var o = JSONObject()
            o["code"] = .string(d.code)
            o["severity"] = .string(d.severity.rawValue)
            o["file"] = .string(d.location.file)
            o["line"] = .number(Double(d.location.line))
            o["column"] = .number(Double(d.location.column))
            o["message"] = .object(["zh": .string(d.message.zh), "en": .string(d.message.en)])
            if let s = d.suggestion { o["suggestion"] = .string(s) }
            return .object(o)
        }
        return JSONWriter().string(.array(items)) + "\n"
    }
}

/// A JSON string literal for `text` (RFC 8259 escaping, by the project's one JSON writer).
func jsonString(_ text: String) -> String {
    var out: [UInt8] = []
    JSONWriter.writeString(text, into: &out)
    return String(decoding: out, as: UTF8.self)
}
