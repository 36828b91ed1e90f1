/// Turns run-time values into evidence and into text for people.
enum ValueFormat {
    /// Evidence form: quantities as numbers in their own unit, dates and times as ISO text.
    static func evidence(_ v: Value) -> JSONValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .quantity(let x, _): return .number(x)
        case .string(let s): return .string(s)
        case .date(let d): return .string(LocalDate(dayNumber: d).description)
        case .time(let t): return .string(t.description)
        case .months(let m): return .string("P\(m)M")
        case .list(let l): return .array(l.map(evidence))
        case .hours(let h): return .array(h.map { .string(HourPacking.ref($0).pointer) })
        case .object(let ref): return .string(ref.pointer)
        case .record(let r):
            var object = JSONObject()
            for (name, field) in zip(r.layout.names, r.fields) { object[name] = evidence(field) }
            return .object(object)
        case .table(let t):
            var object = JSONObject()
            for key in t.keys.sorted() { object[key] = evidence(t[key] ?? .null) }
            return .object(object)
        }
    }

    /// Text for messages: numbers rounded for reading, units attached, dates as written.
    static func text(_ v: Value, _ language: Language) -> String {
        switch v {
        case .null: return language == .zh ? "（无）" : "(none)"
        case .bool(let b): return language == .zh ? (b ? "是" : "否") : (b ? "yes" : "no")
        case .quantity(let x, let u):
            let number = NumberFormat.rounded(x, digits: abs(x) >= 1 || x == 0 ? 2 : 4)
            return u == .one ? number : "\(number) \(u.symbol)"
        case .string(let s): return s
        case .date(let d): return LocalDate(dayNumber: d).description
        case .time(let t): return t.minuteText
        case .months(let m): return language == .zh ? "\(m) 个月" : "\(m) month\(m == 1 ? "" : "s")"
        case .list(let l): return l.map { text($0, language) }.joined(separator: language == .zh ? "、" : ", ")
        case .hours(let h): return language == .zh ? "\(h.count) 个小时" : "\(h.count) hours"
        case .object(let ref): return ref.pointer
        case .record(let r): return "{" + r.fields.map { text($0, language) }.joined(separator: ", ") + "}"
        case .table(let t): return "{" + t.keys.sorted().joined(separator: ", ") + "}"
        }
    }
}
