/// Reads one HJ 212 packet from its bytes (one line, CRLF already removed).
///
/// Checks run in the order a receiver must trust them: the frame, then the
/// declared length against the bytes between the length and the CRC, then
/// the CRC over exactly those bytes, and only then the fields. Every problem
/// is an ``HJ212Problem`` with a stable code and a byte offset; nothing traps,
/// whatever the bytes.
package enum HJ212Reader {
    /// The largest data segment the 4-digit length can declare.
    package static let maxDataBytes = 9_999

    package static func read(_ line: some Collection<UInt8>) -> Result<HJ212Packet, HJ212Problem> {
        let bytes = Array(line)
        func problem(_ code: String, _ message: LocalizedText, at offset: Int) -> HJ212Problem {
            let header = Self.header(bytes)
            return HJ212Problem(code: code, message: message, offset: offset, qn: header.qn, mn: header.mn)
        }
        guard bytes.count >= 10, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "#") else {
            return .failure(problem(HJ212Code.badFrame, HJ212Messages.frame, at: 0))
        }
        var declared = 0
        for c in bytes[2..<6] {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else {
                return .failure(problem(HJ212Code.badFrame, HJ212Messages.lengthDigits, at: 2))
            }
            declared = declared * 10 + Int(c - UInt8(ascii: "0"))
        }
        let actual = bytes.count - 10
        guard actual == declared else {
            return .failure(problem(HJ212Code.badLength, HJ212Messages.length(declared: declared, actual: actual), at: 2))
        }
        let data = bytes[6..<(6 + actual)]
        let crcText = bytes[(6 + actual)...]
        guard let written = HJ212CRC.parse(crcText) else {
            return .failure(problem(HJ212Code.badCRC, HJ212Messages.crcDigits(String(decoding: crcText, as: UTF8.self)), at: 6 + actual))
        }
        let computed = HJ212CRC.checksum(data)
        guard written == computed else {
            return .failure(problem(HJ212Code.badCRC, HJ212Messages.crc(written: HJ212CRC.hex(written), computed: HJ212CRC.hex(computed)), at: 6 + actual))
        }
        return fields(data, base: 6).mapError { problem(HJ212Code.badField, $0.message, at: $0.offset) }
    }

    /// `##` + length + `data` + CRC, as a sender writes it (tests and the fuzz target frame data segments with it).
    package static func frame(_ data: [UInt8]) -> [UInt8] {
        let length = Array(String(data.count).utf8)
        let digits = Array(repeating: UInt8(ascii: "0"), count: max(0, 4 - length.count)) + length
        return Array("##".utf8) + digits + data + Array(HJ212CRC.hex(HJ212CRC.checksum(data)).utf8)
    }

    /// `QN` and `MN` read as far as the text allows, for locating a bad packet.
    static func header(_ bytes: [UInt8]) -> (qn: String?, mn: String?) {
        var qn: String?, mn: String?
        let start = bytes.count >= 6 ? 6 : bytes.count
        let end = firstIndex(of: Array("CP=".utf8), in: bytes, from: start) ?? bytes.count
        for field in bytes[start..<end].split(separator: UInt8(ascii: ";")) {
            guard let eq = field.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = String(decoding: field[field.startIndex..<eq], as: UTF8.self)
            let value = String(decoding: field[(eq + 1)...], as: UTF8.self)
            if key == "QN" { qn = value } else if key == "MN" { mn = value }
        }
        return (qn, mn)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        for i in from...(bytes.count - needle.count) where bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    /// The header fields and the `CP=&&…&&` payload of a checked data segment.
    private static func fields(_ data: ArraySlice<UInt8>, base: Int) -> Result<HJ212Packet, FieldError> {
        var packet = HJ212Packet(groups: [])
        let all = Array(data)
        guard let cp = firstIndex(of: Array("CP=&&".utf8), in: all, from: 0) else {
            return .failure(FieldError(offset: base, message: HJ212Messages.noPayload))
        }
        guard all.count >= cp + 7, all[all.count - 2] == UInt8(ascii: "&"), all[all.count - 1] == UInt8(ascii: "&") else {
            return .failure(FieldError(offset: base + cp, message: HJ212Messages.noPayload))
        }
        // Header: key=value pairs up to CP.
        for field in all[0..<cp].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true) {
            guard let eq = field.firstIndex(of: UInt8(ascii: "=")) else {
                return .failure(FieldError(offset: base + field.startIndex, message: HJ212Messages.noEquals(String(decoding: field, as: UTF8.self))))
            }
            let key = String(decoding: field[field.startIndex..<eq], as: UTF8.self)
            let value = String(decoding: field[(eq + 1)...], as: UTF8.self)
            switch key {
            case "QN": packet.qn = value
            case "ST": packet.st = value
            case "CN": packet.cn = value
            case "PW": packet.pw = value
            case "MN": packet.mn = value
            case "Flag", "PNUM", "PNO":
                guard value.utf8.count <= 9, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(value) else {
                    return .failure(FieldError(offset: base + eq + 1, message: HJ212Messages.notNumber(key, value)))
                }
                if key == "Flag" { packet.flag = n } else if key == "PNUM" { packet.pnum = n } else { packet.pno = n }
            default: break  // fields of other command sets are kept out, not refused
            }
        }
        // Payload: groups by `;`, items by `,`, each key=value.
        let payloadStart = cp + 5, payloadEnd = all.count - 2
        for group in all[payloadStart..<payloadEnd].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true) {
            var items: [HJ212Packet.Item] = []
            for item in group.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: true) {
                guard let eq = item.firstIndex(of: UInt8(ascii: "=")) else {
                    return .failure(FieldError(offset: base + item.startIndex, message: HJ212Messages.noEquals(String(decoding: item, as: UTF8.self))))
                }
                items.append(.init(key: String(decoding: item[item.startIndex..<eq], as: UTF8.self),
                                   value: String(decoding: item[(eq + 1)...], as: UTF8.self)))
            }
            packet.groups.append(items)
        }
        return .success(packet)
    }

    struct FieldError: Error {
        var offset: Int
        var message: LocalizedText
    }
}
