/// The words of HJ 212 problems, in both languages.
enum HJ212Messages {
    static let frame = LocalizedText(zh: "不是 HJ 212 数据包：应以“##”开头，后接 4 位数据段长度、数据段和 4 位 CRC",
                                     en: "not an HJ 212 packet: it must start with '##', then a 4-digit data length, the data segment and a 4-digit CRC")
    static let lengthDigits = LocalizedText(zh: "“##”后的数据段长度应为 4 位十进制数字", en: "the data length after '##' must be 4 decimal digits")
    static let noPayload = LocalizedText(zh: "数据段缺少以“CP=&&”开始、以“&&”结束的数据区", en: "the data segment has no payload 'CP=&&…&&'")

    static func length(declared: Int, actual: Int) -> LocalizedText {
        LocalizedText(zh: "声明的数据段长度为 \(declared) 字节，实际为 \(actual) 字节", en: "declared data length \(declared) bytes, actual \(actual)")
    }

    static func crcDigits(_ text: String) -> LocalizedText {
        LocalizedText(zh: "CRC“\(text)”不是 4 位十六进制数", en: "CRC '\(text)' is not 4 hex digits")
    }

    static func crc(written: String, computed: String) -> LocalizedText {
        LocalizedText(zh: "CRC 校验失败：包中为 \(written)，按 HJ 212-2017 附录 A 计算为 \(computed)",
                      en: "CRC mismatch: the packet says \(written), HJ 212-2017 Appendix A gives \(computed)")
    }

    static func noEquals(_ field: String) -> LocalizedText {
        LocalizedText(zh: "字段“\(field.prefix(40))”缺少“=”", en: "field '\(field.prefix(40))' has no '='")
    }

    static func notNumber(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(zh: "\(key)=\(value.prefix(20)) 应为非负整数", en: "\(key)=\(value.prefix(20)) must be a whole number")
    }
}
