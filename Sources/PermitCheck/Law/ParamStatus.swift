/// How sure we are of a parameter's value or a document's text (rules-catalog: C, S, U).
public enum ParamStatus: String, Sendable, CaseIterable, Codable {
    /// Confirmed in the primary text.
    case confirmed
    /// From a faithful secondary copy.
    case secondary
    /// Unconfirmed: kept as a parameter so it can be corrected without touching rules.
    case unconfirmed

    /// `C`, `S` or `U` as the catalog writes it, or the word (`confirmed`).
    public init?(word: String) {
        switch word {
        case "C", "confirmed": self = .confirmed
        case "S", "secondary": self = .secondary
        case "U", "unconfirmed": self = .unconfirmed
        default: return nil
        }
    }

    /// The catalog's letter: `C`, `S` or `U`.
    public var letter: String {
        switch self {
        case .confirmed: return "C"
        case .secondary: return "S"
        case .unconfirmed: return "U"
        }
    }

    /// What a status may be written as, for diagnostics.
    static let written = ["C", "S", "U"]
}
