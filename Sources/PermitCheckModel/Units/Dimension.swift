/// What a quantity measures. Two quantities compare only when their dimensions agree.
///
/// Fractions and percentages share `.none`: a fraction `0.95` equals `95 %`,
/// and a bare number is a quantity of dimension `.none`.
public enum Dimension: String, Sendable, Hashable, CaseIterable {
    case none
    case airConcentration = "air-concentration"
    case waterConcentration = "water-concentration"
    case mass
    case massRate = "mass-rate"
    case volumeFlow = "volume-flow"
    case time

    /// The unit values of this dimension are stored in after conversion.
    public var baseUnit: Unit {
        switch self {
        case .none: return .one
        case .airConcentration: return .mgPerM3
        case .waterConcentration: return .mgPerL
        case .mass: return .tonne
        case .massRate: return .kgPerHour
        case .volumeFlow: return .m3PerHour
        case .time: return .hour
        }
    }

    /// Bilingual name, for diagnostics and documentation.
    public var displayName: (zh: String, en: String) {
        switch self {
        case .none: return ("无量纲数", "a plain number")
        case .airConcentration: return ("大气浓度", "a concentration in air")
        case .waterConcentration: return ("水中浓度", "a concentration in water")
        case .mass: return ("质量", "a mass")
        case .massRate: return ("质量速率", "a mass rate")
        case .volumeFlow: return ("体积流量", "a volume flow")
        case .time: return ("时长", "a duration")
        }
    }
}
