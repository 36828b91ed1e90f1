/// The checksum of HJ 212-2017 Appendix A (normative), over the data segment.
///
/// Not CRC-16/MODBUS: the register takes each byte as `reg = (reg >> 8) ^ b`
/// (MODBUS does `reg ^= b`), then eight shifts with the polynomial 0xA001.
/// The standard's own worked example packet carries `1C80`, which this
/// reproduces (its prose misprints `1C08`; `shared/vectors/hj212.txt`).
package enum HJ212CRC {
    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var reg: UInt16 = 0xFFFF
        for b in bytes {
            reg = (reg >> 8) ^ UInt16(b)
            for _ in 0..<8 {
                let lsb = reg & 1
                reg >>= 1
                if lsb != 0 { reg ^= 0xA001 }
            }
        }
        return reg
    }

    /// The four hex digits as they are written in a packet, high byte first.
    package static func hex(_ value: UInt16) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        let bytes = [12, 8, 4, 0].map { digits[Int((value >> UInt16($0)) & 0xF)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Four hex digits in either case, or `nil`.
    package static func parse(_ text: some Collection<UInt8>) -> UInt16? {
        guard text.count == 4 else { return nil }
        var value: UInt16 = 0
        for c in text {
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
