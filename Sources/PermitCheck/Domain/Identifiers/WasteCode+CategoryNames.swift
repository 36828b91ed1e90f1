/// Headings of the National Hazardous Waste List categories, keyed by
/// category number (`49` is HW49).
///
/// Source: `shared/vectors/hw_codes.txt` (third-party lists of the 名录
/// headings, checked against them as far as possible). HW48 follows the
/// 2021 edition (有色金属采选和冶炼废物). Verify against the official 2025
/// edition before release. The keys must stay exactly HW01–HW40 and
/// HW45–HW50, the categories `isKnownCategory(_:)` accepts.
extension WasteCode {
    static let categoryNames: [Int: String] = [
        1: "医疗废物",
        2: "医药废物",
        3: "废药物、药品",
        4: "农药废物",
        5: "木材防腐剂废物",
        6: "废有机溶剂与含有机溶剂废物",
        7: "热处理含氰废物",
        8: "废矿物油与含矿物油废物",
        9: "油/水、烃/水混合物或乳化液",
        10: "多氯（溴）联苯类废物",
        11: "精（蒸）馏残渣",
        12: "染料、涂料废物",
        13: "有机树脂类废物",
        14: "新化学物质废物",
        15: "爆炸性废物",
        16: "感光材料废物",
        17: "表面处理废物",
        18: "焚烧处置残渣",
        19: "含金属羰基化合物废物",
        20: "含铍废物",
        21: "含铬废物",
        22: "含铜废物",
        23: "含锌废物",
        24: "含砷废物",
        25: "含硒废物",
        26: "含镉废物",
        27: "含锑废物",
        28: "含碲废物",
        29: "含汞废物",
        30: "含铊废物",
        31: "含铅废物",
        32: "无机氟化物废物",
        33: "无机氰化物废物",
        34: "废酸",
        35: "废碱",
        36: "石棉废物",
        37: "有机磷化合物废物",
        38: "有机氰化物废物",
        39: "含酚废物",
        40: "含醚废物",
        45: "含有机卤化物废物",
        46: "含镍废物",
        47: "含钡废物",
        48: "有色金属采选和冶炼废物",
        49: "其他废物",
        50: "废催化剂",
    ]
}
