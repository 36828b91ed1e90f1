/// The decoder's whole vocabulary of messages for filers, in Chinese and English.
package enum InputMessage {
    package static func missingField(_ name: String) -> LocalizedText {
        LocalizedText(zh: "缺少必填字段“\(name)”", en: "required field '\(name)' is missing")
    }

    package static func wrongType(expected: JSONKind, found: JSONKind) -> LocalizedText {
        LocalizedText(zh: "应为\(expected.names.zh)，实为\(found.names.zh)", en: "expected \(expected.names.en), found \(found.names.en)")
    }

    package static func badDate(_ text: String) -> LocalizedText {
        LocalizedText(zh: "日期“\(text)”无效，应为 YYYY-MM-DD 格式的真实日期",
                      en: "'\(text)' is not a valid date; expected YYYY-MM-DD")
    }

    package static func badTime(_ text: String) -> LocalizedText {
        LocalizedText(zh: "时间“\(text)”无效，应为带时区偏移的 RFC 3339 时间（如 2025-07-01T00:00:00+08:00）",
                      en: "'\(text)' is not a valid time; expected RFC 3339 with an offset (2025-07-01T00:00:00+08:00)")
    }

    package static func unknownEnum(_ text: String, allowed: [String]) -> LocalizedText {
        let list = allowed.joined(separator: ", ")
        return LocalizedText(zh: "未知取值“\(text)”，允许：\(list)", en: "unknown value '\(text)'; allowed: \(list)")
    }

    package static func unknownPollutant(_ text: String) -> LocalizedText {
        let list = Pollutant.canonical.joined(separator: ", ")
        return LocalizedText(zh: "未知污染物“\(text)”，允许：\(list) 或其 HJ 212-2017 编码",
                             en: "unknown pollutant '\(text)'; allowed: \(list) or their HJ 212-2017 codes")
    }

    package static func lengthMismatch(_ field: String, count: Int, expected: Int) -> LocalizedText {
        LocalizedText(zh: "“\(field)”有 \(count) 个元素，而“values”有 \(expected) 个，二者长度必须相同",
                      en: "'\(field)' has \(count) elements but 'values' has \(expected); they must be equal")
    }

    package static func unknownUnit(_ text: String) -> LocalizedText {
        let list = Unit.filingUnits.map(\.symbol).joined(separator: ", ")
        return LocalizedText(zh: "未知单位“\(text)”，允许：\(list)", en: "unknown unit '\(text)'; allowed: \(list)")
    }

    package static func wrongDimension(_ unit: Unit, expected: [Dimension]) -> LocalizedText {
        LocalizedText(zh: "单位“\(unit.symbol)”表示\(unit.dimension.displayName.zh)，此处应为\(expected.map(\.displayName.zh).joined(separator: "或"))",
                      en: "unit '\(unit.symbol)' is \(unit.dimension.displayName.en); expected \(expected.map(\.displayName.en).joined(separator: " or "))")
    }

    package static func negative(_ value: Double) -> LocalizedText {
        LocalizedText(zh: "数值 \(NumberFormat.plain(value)) 不能为负", en: "\(NumberFormat.plain(value)) must not be negative")
    }

    package static func negativeElements(count: Int, first: Double) -> LocalizedText {
        LocalizedText(zh: "有 \(count) 个负值（首个为 \(NumberFormat.plain(first))），测量值不能为负",
                      en: "\(count) negative values (first \(NumberFormat.plain(first))); measurements must not be negative")
    }

    package static func below(_ value: Double, _ minimum: Double) -> LocalizedText {
        LocalizedText(zh: "数值 \(NumberFormat.plain(value)) 不能小于 \(NumberFormat.plain(minimum))",
                      en: "\(NumberFormat.plain(value)) must be at least \(NumberFormat.plain(minimum))")
    }

    package static func notInteger(_ value: Double) -> LocalizedText {
        LocalizedText(zh: "应为整数，实为 \(NumberFormat.plain(value))", en: "expected a whole number, found \(NumberFormat.plain(value))")
    }

    package static func outside(_ value: Double, _ range: ClosedRange<Double>) -> LocalizedText {
        let r = "\(NumberFormat.plain(range.lowerBound))…\(NumberFormat.plain(range.upperBound))"
        return LocalizedText(zh: "数值 \(NumberFormat.plain(value)) 超出范围 \(r)", en: "\(NumberFormat.plain(value)) is outside \(r)")
    }

    package static func wrongSchema(_ text: String, expected: String) -> LocalizedText {
        LocalizedText(zh: "schema 为“\(text)”，应为“\(expected)”", en: "schema is '\(text)'; expected '\(expected)'")
    }

    package static func duplicateKey(_ key: String) -> LocalizedText {
        LocalizedText(zh: "字段“\(key)”在同一对象中重复出现", en: "field '\(key)' appears twice in one object")
    }

    package static func nonASCIICode(_ scalar: Unicode.Scalar, at position: Int) -> LocalizedText {
        let u = scalar.codePointLabel
        return LocalizedText(
            zh: "信用代码第 \(position) 个字符为非 ASCII 字符 \(u)；统一社会信用代码只由数字和大写拉丁字母组成（GB 32100-2015）",
            en: "character \(position) of the credit code is \(u), not ASCII; credit codes consist of digits and capital Latin letters (GB 32100-2015)")
    }

    package static var standardInputLines: LocalizedText {
        LocalizedText(
            zh: "标准输入按 JSON Lines 读取（每行一份申报），而第一行在一个值的中间结束；若标准输入是一份跨多行的文档，请加 --single-document",
            en: "standard input is read as JSON Lines (one filing per line) and its first line ends inside a value; for one multi-line document, pass --single-document")
    }

    package static func unknownField(_ key: String) -> LocalizedText {
        LocalizedText(zh: "未定义的字段“\(key)”，已忽略", en: "unknown field '\(key)' ignored")
    }

    package static func badFlags(_ flag: String, count: Int) -> LocalizedText {
        LocalizedText(zh: "数据标记“\(flag)”无效（共 \(count) 处），只允许 N F M S D C T B",
                      en: "invalid data flag '\(flag)' (\(count) in all); only N F M S D C T B are allowed")
    }

    // MARK: Reading batch sources

    package static func unreadable(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(zh: "无法读取“\(path)”：\(reason)", en: "cannot read '\(path)': \(reason)")
    }

    package static func missingFile(_ path: String) -> LocalizedText {
        LocalizedText(zh: "无法读取“\(path)”：文件不存在或不可读", en: "cannot read '\(path)': no such file, or not readable")
    }

    package static func badGzip(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(zh: "“\(path)”不是有效的 gzip 数据：\(reason)", en: "'\(path)' is not valid gzip data: \(reason)")
    }

    package static func documentTooLarge(_ size: Int, limit: Int) -> LocalizedText {
        LocalizedText(zh: "该文档有 \(size) 字节，超过单份文档上限 \(limit) 字节（--max-document-bytes），已跳过",
                      en: "the document has \(size) bytes, above the limit of \(limit) bytes per document (--max-document-bytes); skipped")
    }

    package static func tooLarge(_ size: Int) -> LocalizedText {
        LocalizedText(zh: "该行有 \(size) 字节，超过单份执行报告上限", en: "the line has \(size) bytes, above the per-filing limit")
    }
}

/// JSON types as named in messages.
package enum JSONKind {
    case string, number, boolean, null, object, array, dateString, timeString

    package var names: (zh: String, en: String) {
        switch self {
        case .string: return ("字符串", "a string")
        case .number: return ("数字", "a number")
        case .boolean: return ("布尔值", "true or false")
        case .null: return ("null", "null")
        case .object: return ("对象", "an object")
        case .array: return ("数组", "an array")
        case .dateString: return ("日期字符串", "a date string")
        case .timeString: return ("时间字符串", "a time string")
        }
    }

}
