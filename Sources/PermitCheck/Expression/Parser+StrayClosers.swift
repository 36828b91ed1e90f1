/// The parser's first recovery step, before any grammar: brackets that close
/// nothing are dropped from the token stream and reported, so one stray `)`
/// does not end the parse of everything after it.
extension Parser {
    /// The tokens without closing brackets that nothing opened (`f(x))`), each
    /// reported, so the text after one is still parsed. A closer that does not
    /// match the innermost opener stays: the list it interrupts reports it.
    static func dropStrayClosers(_ tokens: [Token]) -> ([Token], [(message: LocalizedText, range: Range<Int>)]) {
        var open: [String] = []
        var kept: [Token] = []
        var errors: [(message: LocalizedText, range: Range<Int>)] = []
        kept.reserveCapacity(tokens.count)
        for token in tokens {
            if case .symbol(let s) = token.kind {
                switch s {
                case "(", "[":
                    open.append(s)
                case ")", "]":
                    if open.isEmpty {
                        errors.append((ExpressionMessages.unmatchedCloser(s), token.range))
                        continue
                    }
                    if open.last == (s == ")" ? "(" : "[") { open.removeLast() }
                default:
                    break
                }
            }
            kept.append(token)
        }
        return (kept, errors)
    }
}
