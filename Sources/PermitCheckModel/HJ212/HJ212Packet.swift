/// One HJ 212 packet as a data-acquisition unit (数采仪) sends it:
/// `##` + 4-digit data-segment length + data segment + 4-hex CRC (+ CRLF).
///
/// The data segment is `QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;PNUM=…;PNO=…;CP=&&…&&`;
/// the payload between the `&&` is groups separated by `;`, each of items
/// `key=value` separated by `,` (`DataTime=20240115090000;a21026-Avg=12.3,a21026-Flag=N`).
/// Values stay text here: which code means what, and in which unit, is the
/// series assembler's business, not the framing's.
package struct HJ212Packet: Sendable, Equatable {
    /// Request code: `YYYYMMDDhhmmsszzz` (absent in some data uploads).
    package var qn: String?
    /// System code (`31` air, `32` surface water, …).
    package var st: String?
    /// Command code (`2011` real-time data, `2051` minute, `2061` hourly, `2031` daily, …).
    package var cn: String?
    package var pw: String?
    /// The monitoring point (station) id.
    package var mn: String?
    /// `Flag`: bit 0 asks for an answer, bit 1 says the packet is split
    /// (PNUM/PNO follow), bits 2–7 are the protocol version (HJ 212-2017: 1).
    package var flag: Int?
    /// Total packets and this packet's number when a message is split.
    package var pnum: Int?
    package var pno: Int?
    /// The payload's groups in order, each its items in order.
    package var groups: [[Item]]

    package struct Item: Sendable, Equatable {
        package var key: String
        package var value: String
    }

    /// Bits 2–7 of `Flag` (HJ 212-2017 writes 1 there; HJ/T 212-2005 had no version bits).
    package var versionBits: Int? { flag.map { $0 >> 2 } }
    /// Whether the sender asks for an answer (bit 0 of `Flag`).
    package var wantsAnswer: Bool { (flag ?? 0) & 1 != 0 }
    /// Whether the message is split over several packets (bit 1 of `Flag`).
    package var isSplit: Bool { (flag ?? 0) & 2 != 0 }

    /// The first item named `key` in the payload (`DataTime`).
    package func value(_ key: String) -> String? {
        for group in groups { for item in group where item.key.hasSameBytes(as: key) { return item.value } }
        return nil
    }
}

/// Why a packet cannot be used, with a stable code and where it is.
package struct HJ212Problem: Error, Sendable, Equatable {
    package var code: String
    package var message: LocalizedText
    /// Byte offset in the packet (0 at its first `#`).
    package var offset: Int
    /// The packet's `QN` and `MN` when they could be read, so the sender can find it.
    package var qn: String?
    package var mn: String?
}

/// The stable codes of HJ 212 problems.
package enum HJ212Code {
    /// Not `##` + four digits + data + CRC: no packet can be read at all.
    package static let badFrame = "hj212.bad-frame"
    /// The declared data-segment length is not the data segment's length in bytes.
    package static let badLength = "hj212.bad-length"
    /// The CRC is not four hex digits, or not the HJ 212-2017 App. A checksum of the data.
    package static let badCRC = "hj212.bad-crc"
    /// A field of the data segment is malformed (no `=`, a number that is not one, no `CP=&&…&&`).
    package static let badField = "hj212.bad-field"
}
