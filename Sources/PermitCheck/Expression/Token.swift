/// A lexical token of the expression language.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case quantity(Double, String)
        case months(Int)
        case string(String)
        case date(LocalDate)
        case time(Timestamp)
        case identifier(String)
        case keyword(String)
        case symbol(String)
        /// A literal the lexer could not read (already reported): a bad date,
        /// time or month count. The parser puts a placeholder in its place.
        case invalid
        case end
    }

    let kind: Kind
    let range: Range<Int>
}
