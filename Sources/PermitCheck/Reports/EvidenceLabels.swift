/// What reports for people call the families and evidence keys of the
/// bundled packs, and how each evidence value reads: the labels next to the
/// messages, so a Chinese report says 有效数据率 80.00 % where the JSON
/// says `"capture": 0.8`. A key or family no entry knows (a pack of one's
/// own) is shown as written, its numbers rounded.
enum EvidenceLabels {
    /// How an evidence number reads for people.
    enum Display: Sendable, Equatable {
        /// Rounded, no unit (counts, hours, days: the label says what).
        case plain
        /// A fraction shown as a percentage: 0.9397 → `93.97 %`.
        case share
        /// A number already in the unit: 5.0000000000000036 → `5.00 t`.
        case unit(String)
        /// In the unit named by the finding's `unit` evidence (EL-HOUR's `max` and `limit`), which is then not shown apart.
        case siblingUnit
    }

    struct Entry: Sendable {
        let zh: String
        let display: Display
        init(_ zh: String, _ display: Display = .plain) { self.zh = zh; self.display = display }
    }

    /// The family as people read it; the family's own name in English.
    static func family(_ name: String) -> LocalizedText {
        LocalizedText(zh: families[name] ?? name, en: name)
    }

    /// The entry for `key` of `rule`: a rule's own entry first (`VOC-SYNC.rate` is a share, another `rate` need not be).
    static func entry(rule: String, key: String) -> Entry? {
        byRule["\(rule).\(key)"] ?? keys[key]
    }

    static let families: [String: String] = [
        "emission-limits": "排放限值",
        "data-quality": "监测数据质量",
        "execution-reports": "执行报告",
        "hazardous-waste": "危险废物",
        "identifiers": "编码与标识",
        "monitoring-duties": "自行监测义务",
        "permit": "排污许可证",
        "stoppages": "停产与停运",
        "ultra-low-emission": "超低排放",
        "vocs": "挥发性有机物",
        "vocs-bypasses": "治理设施旁路",
        "wuhan": "武汉地方要求",
    ]

    static let byRule: [String: Entry] = [
        "VOC-SYNC.rate": Entry("同步运行率", .share),
        "DQ-O2.max": Entry("最高氧含量", .unit("%")),
        "HW-CROSS-PROVINCE.from": Entry("移出地"),
        "HW-CROSS-PROVINCE.to": Entry("接受地"),
    ]

    static let keys: [String: Entry] = [
        "actual": Entry("实际值"),
        "approval": Entry("批准文号"),
        "bypass": Entry("旁路"),
        "cap": Entry("许可排放量", .unit("t")),
        "capture": Entry("有效数据率", .share),
        "claim": Entry("声明"),
        "code": Entry("废物代码"),
        "collectionEfficiency": Entry("收集效率", .share),
        "confirmedAt": Entry("确认时间"),
        "countedHours": Entry("计入小时数"),
        "days": Entry("天数"),
        "daysLate": Entry("逾期天数"),
        "daysLeft": Entry("剩余天数"),
        "daysOpen": Entry("在途天数"),
        "deadline": Entry("期限"),
        "deadlineSource": Entry("期限来源"),
        "delayHours": Entry("迟报小时数"),
        "effectiveTo": Entry("有效期至"),
        "emitted": Entry("排放量", .unit("t")),
        "evaluationReportOn": Entry("评估报告日期"),
        "expected": Entry("应为"),
        "expectedCheck": Entry("应为校验码"),
        "facility": Entry("治理设施"),
        "first": Entry("首次"),
        "flags": Entry("数据标记"),
        "frequency": Entry("监测频次"),
        "from": Entry("起"),
        "gap": Entry("差额", .unit("t")),
        "hours": Entry("小时数"),
        "id": Entry("编号"),
        "initialRate": Entry("初始排放速率", .unit("kg/h")),
        "inletO2": Entry("进口氧含量", .unit("%")),
        "kind": Entry("类型"),
        "license": Entry("许可证编号"),
        "limit": Entry("限值", .siblingUnit),
        "manifest": Entry("联单编号"),
        "max": Entry("最大值", .siblingUnit),
        "maxGapHours": Entry("最长间隔小时数"),
        "medium": Entry("介质"),
        "missing": Entry("缺少"),
        "missingHours": Entry("缺失小时数"),
        "missingShare": Entry("缺失占比", .share),
        "month": Entry("月份"),
        "months": Entry("月份"),
        "number": Entry("编号"),
        "operating": Entry("运行小时数"),
        "operatingHours": Entry("运行小时数"),
        "outlet": Entry("排放口"),
        "outletO2": Entry("出口氧含量", .unit("%")),
        "outlets": Entry("排放口"),
        "pollutant": Entry("污染物"),
        "productionHours": Entry("生产小时数"),
        "prorated": Entry("按时折算许可量", .unit("t")),
        "quantity": Entry("转移量", .siblingUnit),
        "rate": Entry("比率"),
        "reason": Entry("原因"),
        "receivedAt": Entry("接收时间"),
        "receivedQuantity": Entry("接收量", .siblingUnit),
        "removalEfficiency": Entry("去除效率", .share),
        "reported": Entry("已报告"),
        "reportedAt": Entry("报告时间"),
        "retrofitCompletedOn": Entry("改造完成日期"),
        "runs": Entry("次数"),
        "samples": Entry("样品数"),
        "scope": Entry("范围"),
        "share": Entry("占比", .share),
        "shippedAt": Entry("转移时间"),
        "shortDays": Entry("不足日"),
        "since": Entry("起始日期"),
        "source": Entry("排放源"),
        "status": Entry("状态"),
        "stoppedWithFlowHours": Entry("停运仍有流量小时数"),
        "stream": Entry("废气流"),
        "submittedAt": Entry("提交时间"),
        "threshold": Entry("阈值", .unit("kg/h")),
        "to": Entry("止"),
        "unit": Entry("单位"),
        "unmonitoredOutlets": Entry("未监测排放口"),
        "uscc": Entry("统一社会信用代码"),
        "valid": Entry("有效小时数"),
        "validFrom": Entry("有效期起"),
        "validTo": Entry("有效期至"),
        "value": Entry("数值"),
        "window": Entry("时段"),
        "windows": Entry("时段数"),
        "workingDaysLate": Entry("逾期工作日"),
    ]
}
