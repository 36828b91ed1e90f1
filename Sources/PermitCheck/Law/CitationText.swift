/// The display text of a citation (rules-catalog, "How a finding cites"):
/// `<title> 第<n>条[第（<n>）项]` for an article, `<title> <clause>` for a
/// standard, else the title alone. Display only: citations compare by parts.
enum CitationText {
    static func text(_ entry: BasisEntry) -> String {
        let title = entry.document.title
        if let article = entry.article {
            var s = "\(title) 第\(ChineseNumeral.text(article))条"
            if let item = entry.item { s += "第（\(ChineseNumeral.text(item))）项" }
            return s
        }
        if let clause = entry.clause { return "\(title) \(clause)" }
        return title
    }
}

/// Chinese numerals as laws number their articles and items: 十七, 九十九,
/// 一百零七, 一百一十二, 一千零五十七, 一千二百四十二.
enum ChineseNumeral {
    static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// `n` in Chinese numerals, for 1 … 9999 (other numbers in Arabic digits).
    static func text(_ n: Int) -> String {
        guard n >= 1, n <= 9999 else { return String(n) }
        let units = [(1000, "千"), (100, "百"), (10, "十")]
        var out = ""
        var rest = n
        var pendingZero = false
        for (size, name) in units {
            let d = rest / size
            rest %= size
            if d == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out += "零"; pendingZero = false }
            // 10–19 read 十, 十一 … at the start; 一十 inside a larger number (一百一十二).
            if size == 10, d == 1, out.isEmpty { out += name } else { out += digits[d] + name }
        }
        if rest > 0 {
            if pendingZero { out += "零" }
            out += digits[rest]
        }
        return out
    }

    /// The value of a Chinese numeral of 1 … 9999 (`十三` → 13), or of Arabic digits.
    static func value(_ text: String) -> Int? {
        if let n = Int(text), n >= 1 { return n }
        let values: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let sizes: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        var total = 0
        var digit: Int?
        var lastSize = 10_000
        for ch in text {
            if ch == "零" { continue }
            if let v = values[ch] {
                guard digit == nil else { return nil }
                digit = v
            } else if let size = sizes[ch] {
                guard size < lastSize else { return nil }
                total += (digit ?? 1) * size
                digit = nil
                lastSize = size
            } else {
                return nil
            }
        }
        total += digit ?? 0
        return total >= 1 && text == self.text(total) || (total >= 1 && text.hasPrefix("一十")) ? total : nil
    }
}
