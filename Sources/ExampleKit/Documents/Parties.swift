/// A legal person in the examples: credit code and name.
public struct Party: Sendable {
    public var uscc: String
    public var name: String

    public init(_ uscc: String, _ name: String) { self.uscc = uscc; self.name = name }

    /// HJ 608-2017 permit number: credit code + sequence `001` + `P`.
    public var permitNumber: String { uscc + "001P" }
}

/// Every party and licence number the examples use, in one place, because
/// the filings and `registry.json` must agree on them (and disagree exactly
/// where an example is designed to).
///
/// The enterprises are fictional; their credit codes are real, valid codes
/// taken from `shared/vectors/uscc.txt` (GB 32100-2015 check character
/// verified), one per party. The vectors hold a single Hubei (`9142…`) code,
/// so most registration-authority parts point outside Wuhan; the check
/// character, which is all the rules test, is genuine.
public enum Parties {
    // MARK: The six filers
    public static let steel = Party("91420684MA4927PJ7B", "武汉青山示例钢铁有限公司")
    public static let power = Party("91340600MA2PERLJ2D", "武汉汉南示例发电有限公司")
    public static let coking = Party("91620105750935948X", "武汉江夏示例焦化有限公司")
    public static let autoparts = Party("91110000600037341L", "武汉东西湖示例汽车零部件有限公司")
    public static let pharma = Party("91340600MA2PBMDH5R", "武汉黄陂示例制药有限公司")
    public static let printing = Party("92340603MA2PBQUC3U", "武汉新洲示例包装印刷厂")
    // MARK: The two filers of 2026 (after, and across, 2026-08-15)
    public static let cement = Party("91340600MA2PBM9HXD", "武汉蔡甸示例水泥有限公司")
    public static let coating = Party("91340600MA2PBMA74B", "武汉汉阳示例家具涂装有限公司")

    // MARK: Hazardous-waste receivers (licences in registry.json)
    /// Licensed for HW02, HW08, HW12 and listed codes; valid through 2027.
    public static let receiverCaidian = Party("911522010783762860", "武汉蔡甸示例环保科技有限公司")
    public static let licenseCaidian = "HB42011401"
    /// Licensed for the category HW49 only (no individual codes).
    public static let receiverPackaging = Party("91152201078377449P", "武汉示例包装物回收处置有限公司")
    public static let licensePackaging = "HB42011702"
    /// Licence expired on 2025-06-30.
    public static let receiverOil = Party("9115220107837941X1", "武汉示例废油再生有限公司")
    public static let licenseOil = "HB42011203"
    /// Hunan receiver for the cross-province shipments.
    public static let receiverHunan = Party("91152201078382010M", "湖南长沙示例固废处置有限公司")
    public static let licenseHunan = "HN43012104"
    /// A second Hunan receiver: licensed, but not the one the coating plant's approval names.
    public static let receiverZhuzhou = Party("91340600MA2PBN831R", "湖南株洲示例资源循环有限公司")
    public static let licenseZhuzhou = "HN43020105"

    // MARK: Dangerous-goods carriers
    public static let carrierWuhan = Party("911522010783917502", "武汉示例危险货物运输有限公司")
    public static let licenseCarrierWuhan = "鄂交运管许可汉字420100000101号"
    /// In the registry with a licence that expired on 2025-05-31 (used by no transfer).
    public static let carrierLapsed = Party("91152201078394644D", "武汉示例物流有限公司")
    public static let licenseCarrierLapsed = "鄂交运管许可汉字420100000102号"
    public static let carrierHunan = Party("91152201078395188Q", "长沙示例危化品运输有限公司")
    public static let licenseCarrierHunan = "湘交运管许可长字430100000201号"
    /// Not in the registry at all (HW-TRANSPORTER `unknown-license`).
    public static let carrierUnregistered = Party("91310112087994932F", "武汉示例货运有限公司")
    public static let licenseCarrierUnregistered = "鄂交运管许可汉字420100000999号"

    // MARK: Cross-province approval
    public static let approvalHunan = "鄂环危转〔2025〕37号"
    /// The coating plant's approval for HW12 to the Changsha receiver (not Zhuzhou).
    public static let approvalCoating = "鄂环危转〔2026〕21号"
}

/// Wuhan district codes (GB/T 2260) used by the examples, and the Hunan one.
public enum Region {
    public static let qingshan = "420107", hannan = "420113", jiangxia = "420115"
    public static let dongxihu = "420112", huangpi = "420116", xinzhou = "420117"
    public static let caidian = "420114", hanyang = "420105"
    /// 株洲市天元区, Hunan.
    public static let zhuzhou = "430211"
    /// 长沙县, Hunan.
    public static let changshaCounty = "430121"
}
