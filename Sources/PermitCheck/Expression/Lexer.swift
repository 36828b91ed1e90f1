/// Splits expression text into tokens. Offsets are Unicode-scalar indices.
///
/// Quantity literals are a number followed by a unit (`50 mg/m3`, `3 kg/h`,
/// `24h`, `95 %`); `1mo` is a calendar duration; `2025-12-31` a date and
/// `2025-07-01T00:00:00+08:00` a time.
struct Lexer {
    private let s: [Unicode.Scalar]
    private var i = 0
    private(set) var errors: [(message: LocalizedText, range: Range<Int>)] = []

    /// Unit symbols a quantity literal may carry, longest first so `t/a` wins over `t`.
    static let units: [String] = (Unit.symbols + ["mo"]).sorted { $0.count > $1.count }
    static let keywords: Set<String> = ["true", "false", "null", "in", "not", "and", "or"]
    private static let symbols = ["?.", "??", "==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "!", "?", ":", ".", ",", "(", ")", "[", "]"]

    init(_ text: String) { s = Array(text.unicodeScalars) }

    mutating func tokens() -> [Token] {
        var out: [Token] = []
        while true {
            skipSpace()
            guard i < s.count else { out.append(Token(kind: .end, range: i..<i)); return out }
            let start = i
            let c = s[i]
            if isDigit(c) {
                out.append(numberLike())
            } else if c == "\"" || c == "'" {
                out.append(string(quote: c))
            } else if isIdentStart(c) {
                while i < s.count, isIdentPart(s[i]) { i += 1 }
                let word = String(String.UnicodeScalarView(s[start..<i]))
                out.append(Token(kind: Lexer.keywords.contains(word) ? .keyword(word) : .identifier(word), range: start..<i))
            } else if let sym = Lexer.symbols.first(where: { matches($0) }) {
                i += sym.unicodeScalars.count
                out.append(Token(kind: .symbol(sym), range: start..<i))
            } else {
                i += 1
                errors.append((ExpressionMessages.unexpectedCharacter(c), start..<i))
            }
        }
    }

    private mutating func skipSpace() {
        while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" { i += 1 }
    }

    private func matches(_ text: String) -> Bool {
        var k = i
        for scalar in text.unicodeScalars {
            guard k < s.count, s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private func isIdentStart(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
    private func isIdentPart(_ c: Unicode.Scalar) -> Bool { isIdentStart(c) || isDigit(c) }

    /// A number, date, time, or quantity literal.
    private mutating func numberLike() -> Token {
        let start = i
        if let token = dateOrTime() { return token }
        while i < s.count, isDigit(s[i]) { i += 1 }
        if i + 1 < s.count, s[i] == ".", isDigit(s[i + 1]) {
            i += 1
            while i < s.count, isDigit(s[i]) { i += 1 }
        }
        if i < s.count, s[i] == "e" || s[i] == "E" {
            var k = i + 1
            if k < s.count, s[k] == "+" || s[k] == "-" { k += 1 }
            if k < s.count, isDigit(s[k]) {
                i = k
                while i < s.count, isDigit(s[i]) { i += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(s[start..<i]))
        let value = Double(text) ?? 0
        let numberEnd = i
        skipSpace()
        for unit in Lexer.units where matches(unit) {
            let after = i + unit.unicodeScalars.count
            if after < s.count, isIdentPart(s[after]) { continue }
            i = after
            if unit == "mo" {
                guard let months = Int(exactly: value), CheckedConversion.monthRange.contains(months) else {
                    errors.append((ExpressionMessages.monthsOutOfRange(text), start..<i))
                    return Token(kind: .invalid, range: start..<i)
                }
                return Token(kind: .months(months), range: start..<i)
            }
            return Token(kind: .quantity(value, unit), range: start..<i)
        }
        // A word with a slash right after a number is a unit we do not know (`mg/Nm3`).
        var k = i
        while k < s.count, isIdentPart(s[k]) || s[k] == "/" { k += 1 }
        if k > i, isIdentStart(s[i]), s[i..<k].contains("/") {
            let word = String(String.UnicodeScalarView(s[i..<k]))
            i = k
            return Token(kind: .quantity(value, word), range: start..<i)
        }
        i = numberEnd
        return Token(kind: .number(value), range: start..<i)
    }

    /// `YYYY-MM-DD` or an RFC 3339 time, when the text has that shape.
    private mutating func dateOrTime() -> Token? {
        let start = i
        func digits(_ at: Int, _ n: Int) -> Bool { (0..<n).allSatisfy { at + $0 < s.count && isDigit(s[at + $0]) } }
        guard digits(i, 4), i + 10 <= s.count, s[i + 4] == "-", digits(i + 5, 2), s[i + 7] == "-", digits(i + 8, 2) else { return nil }
        var end = i + 10
        if end < s.count, s[end] == "T" {
            while end < s.count, isDigit(s[end]) || ":+-.TZ".unicodeScalars.contains(s[end]) { end += 1 }
            let text = String(String.UnicodeScalarView(s[start..<end]))
            i = end
            if let time = Timestamp(text) { return Token(kind: .time(time), range: start..<end) }
            errors.append((ExpressionMessages.invalidTime(text), start..<end))
            return Token(kind: .invalid, range: start..<end)
        }
        let text = String(String.UnicodeScalarView(s[start..<end]))
        i = end
        if let date = LocalDate(text) { return Token(kind: .date(date), range: start..<end) }
        errors.append((ExpressionMessages.invalidDate(text), start..<end))
        return Token(kind: .invalid, range: start..<end)
    }

    private mutating func string(quote: Unicode.Scalar) -> Token {
        let start = i
        i += 1
        var out = String.UnicodeScalarView()
        while i < s.count, s[i] != quote {
            if s[i] == "\\", i + 1 < s.count {
                i += 1
                switch s[i] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(s[i])
                }
            } else {
                out.append(s[i])
            }
            i += 1
        }
        if i >= s.count {
            errors.append((ExpressionMessages.unterminatedString, start..<i))
        } else {
            i += 1
        }
        return Token(kind: .string(String(out)), range: start..<i)
    }
}
