/// An instant with the UTC offset it was written in (RFC 3339,
/// `2025-07-01T00:00:00+08:00`). The offset matters: days and months of a
/// series are calendar days in its own offset.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z (fractions kept).
    public var epochSeconds: Double
    /// Offset east of UTC in seconds (`+08:00` is 28 800).
    public var offsetSeconds: Int

    public init(epochSeconds: Double, offsetSeconds: Int) {
        self.epochSeconds = epochSeconds
        self.offsetSeconds = offsetSeconds
    }

    /// Parses RFC 3339 `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`. The offset is
    /// required (filing-v1); `t`/space separators and lower-case `z` are accepted.
    public init?<C: Collection>(utf8 bytes: C) where C.Element == UInt8 {
        let b = Array(bytes)
        guard b.count >= 20, let date = LocalDate(utf8: b[0..<10]) else { return nil }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
              let hh = asciiDigits(b, 11, count: 2), b[13] == UInt8(ascii: ":"),
              let mm = asciiDigits(b, 14, count: 2), b[16] == UInt8(ascii: ":"),
              let ss = asciiDigits(b, 17, count: 2),
              hh < 24, mm < 60, ss < 61
        else { return nil }
        var i = 19
        var fraction = 0.0
        if b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                fraction += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset = 0
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == b.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard i + 6 == b.count, let oh = asciiDigits(b, i + 1, count: 2), b[i + 3] == UInt8(ascii: ":"),
                  let om = asciiDigits(b, i + 4, count: 2), oh < 24, om < 60
            else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let local = Double(date.dayNumber * 86_400 + hh * 3600 + mm * 60 + ss) + fraction
        self.init(epochSeconds: local - Double(offset), offsetSeconds: offset)
    }

    /// Parses RFC 3339 with offset.
    public init?(_ text: String) { self.init(utf8: Array(text.utf8)) }

    /// Seconds since the epoch on the local wall clock (epoch + offset).
    @inline(__always)
    public var localSeconds: Double { epochSeconds + Double(offsetSeconds) }

    /// The calendar date on the local wall clock.
    public var localDate: LocalDate {
        LocalDate(dayNumber: Int((localSeconds / 86_400).rounded(.down)))
    }

    /// The same offset, `seconds` later.
    public func adding(seconds: Double) -> Timestamp {
        Timestamp(epochSeconds: epochSeconds + seconds, offsetSeconds: offsetSeconds)
    }

    /// Instants compare by the moment they name, whatever their offsets.
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.epochSeconds < b.epochSeconds }
    public static func == (a: Timestamp, b: Timestamp) -> Bool { a.epochSeconds == b.epochSeconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(epochSeconds) }

    /// `YYYY-MM-DD HH:MM` on the local wall clock, for messages.
    public var minuteText: String {
        let local = localSeconds
        let day = Int((local / 86_400).rounded(.down))
        let minutes = Int(((local - Double(day) * 86_400) / 60).rounded(.down))
        let c = CivilCalendar.civil(day)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2)) \(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }

    /// RFC 3339 in the original offset, seconds precision.
    public var description: String {
        // Whole milliseconds, so a filed `…:00.5Z` is written back as filed, not cut to the second.
        let local = localSeconds
        let millis = local.isFinite && abs(local) < 1e15 ? Int((local * 1000).rounded()) : 0
        let day = millis >= 0 ? millis / 86_400_000 : -((-millis + 86_399_999) / 86_400_000)
        var rest = millis - day * 86_400_000
        let ms = rest % 1000; rest /= 1000
        let h = rest / 3600; rest %= 3600
        let m = rest / 60, s = rest % 60
        let sign = offsetSeconds < 0 ? "-" : "+"
        let o = abs(offsetSeconds)
        let zone = offsetSeconds == 0 ? "Z" : "\(sign)\(pad(o / 3600, 2)):\(pad(o % 3600 / 60, 2))"
        var fraction = ""
        if ms > 0 {
            fraction = "." + pad(ms, 3)
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        return "\(LocalDate(dayNumber: day))T\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))\(fraction)\(zone)"
    }
}
