import Foundation
import Testing
@testable import PermitCheckModel

/// The HJ 212 packet reader against the shared vectors (the standard's own
/// worked example, real senders' packets, derived negatives) and against
/// hostile bytes: every verdict as the vector file gives it, every problem
/// with its stable code and offset, no input that traps.
@Suite struct HJ212ReaderTests {
    struct Vector {
        var fields: [String: String]
        var packet: String { fields["packet"] ?? "" }
        var verdict: String { fields["verdict"] ?? "" }
    }

    static func vectors() throws -> [Vector] {
        let text = try String(contentsOf: TestFiles.vector("hj212.txt"), encoding: .utf8)
        var out: [Vector] = [], current: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { out.append(Vector(fields: current)); current = [:] }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            current[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if !current.isEmpty { out.append(Vector(fields: current)) }
        return out
    }

    @Test func everyVectorGetsItsVerdict() throws {
        let vectors = try Self.vectors()
        #expect(vectors.count >= 15)
        var verdicts: [String: Int] = [:]
        for v in vectors {
            verdicts[v.verdict, default: 0] += 1
            let result = HJ212Reader.read(Array(v.packet.utf8))
            switch (v.verdict, result) {
            case ("VALID", .success(let packet)):
                #expect(packet.groups.isEmpty == false, "\(v.packet.prefix(60))")
            case ("BAD_CRC", .failure(let problem)):
                #expect(problem.code == HJ212Code.badCRC, "\(v.packet.prefix(60)): \(problem)")
            case ("BAD_LEN", .failure(let problem)):
                #expect(problem.code == HJ212Code.badLength, "\(v.packet.prefix(60)): \(problem)")
            default:
                Issue.record("\(v.verdict) but \(result): \(v.packet.prefix(80))")
            }
        }
        #expect(verdicts["VALID", default: 0] > 0 && verdicts["BAD_CRC", default: 0] > 0 && verdicts["BAD_LEN", default: 0] > 0)
    }

    /// The App. A checksum, not MODBUS: each vector's computed CRC over its data segment.
    @Test func checksumIsAppendixA() throws {
        for v in try Self.vectors() {
            guard let expected = v.fields["crc_computed_HJ212"], let length = v.fields["actual_len"].flatMap(Int.init) else { continue }
            let data = Array(v.packet.utf8).dropFirst(6).prefix(length)
            #expect(HJ212CRC.hex(HJ212CRC.checksum(data)) == expected.uppercased(), "\(v.packet.prefix(60))")
        }
        #expect(HJ212CRC.parse(Array("1c80".utf8)) == 0x1C80 && HJ212CRC.parse(Array("1C8G".utf8)) == nil)
    }

    @Test func theStandardsExampleReadsField() throws {
        let example = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80"
        guard case .success(let p) = HJ212Reader.read(Array(example.utf8)) else { Issue.record("the standard's example was refused"); return }
        #expect(p.qn == "20160801085857223" && p.st == "32" && p.cn == "1062" && p.pw == "100000")
        #expect(p.mn == "010000A8900016F000169DC0" && p.flag == 5)
        #expect(p.versionBits == 1 && p.wantsAnswer && !p.isSplit)
        #expect(p.value("RtdInterval") == "30")
    }

    @Test func payloadGroupsAndItemsKeepTheirOrder() throws {
        let vector = try #require(try Self.vectors().first { $0.packet.contains("a21026-ZsAvg") && $0.verdict == "VALID" })
        guard case .success(let p) = HJ212Reader.read(Array(vector.packet.utf8)) else { Issue.record("refused"); return }
        #expect(p.cn == "2061")
        #expect(p.value("DataTime") == "20240115090000")
        let first = try #require(p.groups.first { $0.first?.key.hasPrefix("a21026") == true })
        #expect(first.map(\.key) == ["a21026-Avg", "a21026-Min", "a21026-Max", "a21026-ZsAvg", "a21026-Flag"])
        #expect(first.last?.value == "N")
    }

    @Test(arguments: [
        ("", HJ212Code.badFrame, 0), ("#0101QN=1", HJ212Code.badFrame, 0), ("##01a1QN=20160801;CP=&&&&1C80", HJ212Code.badFrame, 2),
        ("##0005QN=1;CP=&&&&0000", HJ212Code.badLength, 2), ("##0012QN=1;CP=&&&&ZZZZ", HJ212Code.badCRC, 18),
    ])
    func brokenFramesHaveTheirCodeAndOffset(text: String, code: String, offset: Int) {
        guard case .failure(let problem) = HJ212Reader.read(Array(text.utf8)) else { Issue.record("accepted \(text)"); return }
        #expect(problem.code == code, "\(text): \(problem)")
        #expect(problem.offset == offset, "\(text): \(problem)")
        #expect(!problem.message.zh.isEmpty && !problem.message.en.isEmpty)
    }

    @Test(arguments: [
        ("QN=1;ST=31;MN=A1;CP=&&DataTime=1;a21026-Avg&&", 6 + 33),
        ("QN=1;ST=31;MN=A1;Flag=x5;CP=&&DataTime=1&&", 6 + 22),
        ("QN=1;ST=31;MN=A1;Flag=5", 6),
        ("QN=1;ST31;MN=A1;CP=&&DataTime=1&&", 6 + 5),
    ])
    func malformedFieldsAreBadFieldWithTheirPlaceAndThePacketsIDs(data: String, offset: Int) {
        guard case .failure(let problem) = HJ212Reader.read(HJ212Reader.frame(Array(data.utf8))) else { Issue.record("accepted \(data)"); return }
        #expect(problem.code == HJ212Code.badField, "\(data): \(problem)")
        #expect(problem.offset == offset, "\(data): \(problem.offset)")
        #expect(problem.qn == "1" && problem.mn == "A1")
    }

    @Test func badCRCNamesThePacket() {
        let text = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=31&&1C80"
        guard case .failure(let problem) = HJ212Reader.read(Array(text.utf8)) else { Issue.record("accepted"); return }
        #expect(problem.code == HJ212Code.badCRC)
        #expect(problem.qn == "20160801085857223" && problem.mn == "010000A8900016F000169DC0")
        #expect(problem.message.en.contains("1C80"))
    }

    /// Seeded mutations of valid packets (byte flips, cuts, inserted bytes): each is read or refused with a code; none traps.
    @Test func mutatedPacketsNeverTrap() throws {
        let seeds = try Self.vectors().filter { $0.verdict == "VALID" }.map { Array($0.packet.utf8) }
        var rng = SplitMix(seed: 212)
        var refused = 0
        for k in 0..<20_000 {
            var bytes = seeds[k % seeds.count]
            for _ in 0...(rng.next() % 3) {
                guard !bytes.isEmpty else { break }
                let at = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: rng.next())
                case 1: bytes.removeSubrange(at...)
                default: bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
                }
            }
            if case .failure(let problem) = HJ212Reader.read(bytes) {
                refused += 1
                #expect(problem.code.hasPrefix("hj212."))
                #expect(problem.offset >= 0 && problem.offset <= bytes.count)
            }
        }
        #expect(refused > 15_000, "most mutations must be caught by the length or the CRC")
    }
}
