import PermitCheck

/// The example enterprises: six quarterly filings for 2025 Q3, and two of
/// 2026 — one wholly after 2026-08-15 (the 生态环境法典 in force), one whose
/// quarter straddles it — each from a fictional Wuhan enterprise, built to
/// trip a designed set of rules (see `Examples/README.md`) and nothing else.
public enum Archetype: String, CaseIterable, Sendable {
    case steelQingshan = "steel-qingshan"
    case powerHannan = "power-hannan"
    case cokingJiangxia = "coking-jiangxia"
    case autopartsDongxihu = "autoparts-dongxihu"
    case pharmaHuangpi = "pharma-huangpi"
    case printingXinzhou = "printing-xinzhou"
    case coatingHanyang = "coating-hanyang"
    case cementCaidian = "cement-caidian"

    /// The 2025 Q3 archetypes that scaled batches rotate through (their shape is
    /// the benchmarks' baseline; the 2026 ones have other period lengths).
    public static let batchRotation: [Archetype] = [.steelQingshan, .powerHannan, .cokingJiangxia, .autopartsDongxihu, .pharmaHuangpi, .printingXinzhou]

    /// The reporting period of the committed example.
    public var period: ReportingPeriod {
        switch self {
        case .coatingHanyang: return CoatingHanyang.period
        case .cementCaidian: return CementCaidian.period
        default: return .q3_2025
        }
    }

    /// File name stem in `Examples/`.
    public var slug: String { rawValue }

    /// The seed of the committed example; fixed, so the files never change
    /// unless the generator does.
    public var exampleSeed: UInt64 {
        switch self {
        case .steelQingshan: return 0x0314_2025_0701_0001
        case .powerHannan: return 0x0314_2025_0701_0002
        case .cokingJiangxia: return 0x0314_2025_0701_0003
        case .autopartsDongxihu: return 0x0314_2025_0701_0004
        case .pharmaHuangpi: return 0x0314_2025_0701_0005
        case .printingXinzhou: return 0x0314_2025_0701_0006
        case .coatingHanyang: return 0x0314_2026_0701_0007
        case .cementCaidian: return 0x0314_2026_1001_0008
        }
    }

    /// The filing for `context`.
    public func filing(_ context: BuildContext) -> JSONValue {
        switch self {
        case .steelQingshan: return SteelQingshan.filing(context)
        case .powerHannan: return PowerHannan.filing(context)
        case .cokingJiangxia: return CokingJiangxia.filing(context)
        case .autopartsDongxihu: return AutopartsDongxihu.filing(context)
        case .pharmaHuangpi: return PharmaHuangpi.filing(context)
        case .printingXinzhou: return PrintingXinzhou.filing(context)
        case .coatingHanyang: return CoatingHanyang.filing(context)
        case .cementCaidian: return CementCaidian.filing(context)
        }
    }

    /// The committed example: the whole period with the example seed.
    public var example: JSONValue { filing(BuildContext(hours: period.hours, seed: exampleSeed)) }
}

/// How big, which random stream, and which copy a generated filing is.
public struct BuildContext: Sendable {
    /// Elements per series (2,208 for the full quarter). Designed events
    /// beyond this are dropped, so short batch filings may trip fewer rules.
    public var hours: Int
    public var seed: UInt64
    /// `nil` for the committed examples; the batch's line number otherwise,
    /// appended to the filing id so every line has its own id.
    public var copy: Int?

    public init(hours: Int, seed: UInt64, copy: Int? = nil) {
        self.hours = max(1, hours); self.seed = seed; self.copy = copy
    }

    /// The filing id, made unique per batch copy.
    public func id(_ base: String) -> String { copy.map { "\(base)-\($0)" } ?? base }
}
