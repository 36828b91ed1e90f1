import Foundation
import Testing
@testable import PermitCheck

@Suite struct JSONReaderTests {
    @Test(arguments: [
        ("0", 0.0), ("-0", -0.0), ("1", 1), ("-1", -1), ("38.2", 38.2), ("812000", 812000), ("1e3", 1000),
        ("1E+3", 1000), ("2.5e-3", 0.0025), ("0.1", 0.1), ("1.7976931348623157e308", .greatestFiniteMagnitude),
        ("5e-324", .leastNonzeroMagnitude), ("2.2250738585072014e-308", .leastNormalMagnitude),
        ("9007199254740993", 9007199254740992), ("123456789012345678901234567890", 1.2345678901234568e29),
        ("0.000000000000000000000000000001", 1e-30), ("1e-400", 0), ("100000000000000000000000", 1e23),
        ("3.141592653589793238462643383279", 3.141592653589793), ("7.038531e-26", 7.038531e-26),
    ])
    func readsNumbersExactly(_ text: String, _ expected: Double) throws {
        let value = try JSONValue(parsing: text)
        guard case .number(let n) = value else { Issue.record("not a number"); return }
        #expect(n.bitPattern == expected.bitPattern, "\(text) → \(n)")
    }

    /// (text, kind, line, column) of the first error.
    @Test(arguments: [
        ("01", JSONError.Kind.syntax, 1, 1), ("-01", .syntax, 1, 1), ("NaN", .syntax, 1, 1), ("Infinity", .syntax, 1, 1),
        ("-Infinity", .syntax, 1, 1), ("[1,]", .syntax, 1, 4), ("{\"a\":1,}", .syntax, 1, 8), ("[1 2]", .syntax, 1, 4),
        ("// c\n1", .syntax, 1, 1), ("[1] /* c */", .syntax, 1, 5), ("\"a\tb\"", .syntax, 1, 3), ("\"\\ud800\"", .syntax, 1, 2),
        ("\"\\udc00x\"", .syntax, 1, 2), ("\"\\x\"", .syntax, 1, 2), ("1.", .unexpectedEnd, 1, 3), ("1.e5", .syntax, 1, 3),
        ("{\"a\":\n  [1,\n   tru", .unexpectedEnd, 3, 7), ("[1] x", .syntax, 1, 5), ("{'a':1}", .syntax, 1, 2),
        ("{\"a\" 1}", .syntax, 1, 6), ("", .unexpectedEnd, 1, 1), ("1e999", .outOfRange, 1, 1), ("+1", .syntax, 1, 1),
        (".5", .syntax, 1, 1), ("[\"中文\", x]", .syntax, 1, 8), ("\"\\u12\"", .syntax, 1, 6),
    ])
    func rejectsInvalidText(_ text: String, _ kind: JSONError.Kind, _ line: Int, _ column: Int) {
        #expect(throws: JSONError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.kind == kind, "\(text): \(error)")
            #expect(error.line == line && error.column == column, "\(text): \(error)")
        }
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE4, 0xB8, 0x22],
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x5B, 0x0A, 0x22, 0x61, 0x80, 0x22, 0x5D],
    ] as [[UInt8]])
    func rejectsInvalidUTF8(_ bytes: [UInt8]) {
        do {
            _ = try JSONValue(parsing: bytes)
            Issue.record("accepted \(bytes)")
        } catch {
            #expect(error.kind == .badUTF8)
            #expect(error.line == (bytes.contains(0x0A) ? 2 : 1))
        }
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: #"["\u00e9\ud83d\ude00\n\"\\\/", "武汉"]"#)
        #expect(value == ["é😀\n\"\\/", "武汉"])
    }

    @Test func columnsCountScalars() {
        do {
            _ = try JSONValue(parsing: "{\"名称\": 01}")
        } catch {
            #expect(error.line == 1 && error.column == 8)
        }
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONValue(parsing: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test func refusesDeepNesting() {
        #expect(throws: JSONError.self) { try JSONValue(parsing: String(repeating: "[", count: 100_000)) }
    }

    // MARK: Properties against the reference parsers

    @Test func randomDoublesRoundTrip() throws {
        var random = SplitMix(seed: 7)
        for i in 0..<20_000 {
            let value = random.double(i)
            let text = JSONWriter().string(.number(value))
            let parsed = try JSONValue(parsing: text)
            guard case .number(let n) = parsed else { Issue.record(Comment(rawValue: text)); continue }
            #expect(n.bitPattern == value.bitPattern, "\(value) → \(text) → \(n)")
            #expect(Double(text)?.bitPattern == n.bitPattern || (n == 0 && Double(text) == 0), "\(text)")
        }
    }

    @Test func randomDecimalTextsMatchTheStandardLibrary() throws {
        var random = SplitMix(seed: 11)
        for _ in 0..<20_000 {
            let text = random.decimalText()
            guard case .number(let n) = try JSONValue(parsing: text) else { Issue.record(Comment(rawValue: text)); continue }
            let reference = try #require(Double(text))
            #expect(n.bitPattern == reference.bitPattern, "\(text): \(n) vs \(reference)")
            // Foundation's parser on Linux misrounds long inputs by up to tens of ulps, so it
            // checks agreement to 1e-13 only; `Double(String)` (glibc strtod) is the exact reference.
            let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            #expect(JSONValue(foundation: foundation).isClose(to: .number(n)), "\(text) Foundation: \(foundation)")
        }
    }

    @Test func randomDocumentsMatchFoundation() throws {
        var random = SplitMix(seed: 3)
        for _ in 0..<300 {
            let document = random.document(depth: 0)
            for writer in [JSONWriter(), JSONWriter(pretty: true, keyOrder: .sorted)] {
                let bytes = writer.bytes(document)
                let ours = try JSONValue(parsing: bytes)
                #expect(ours == document)
                let theirs = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
                #expect(JSONValue(foundation: theirs).isClose(to: ours), "\(writer.string(document))")
            }
        }
    }
}

/// A seeded generator of doubles, decimal texts and documents for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// Any finite double: random bit patterns (subnormals, huge exponents), -0, and everyday values.
    mutating func double(_ i: Int) -> Double {
        switch i % 5 {
        case 0:
            var d: Double
            repeat { d = Double(bitPattern: next()) } while !d.isFinite
            return d
        case 1: return Double(bitPattern: next() & 0x000F_FFFF_FFFF_FFFF | (next() & 1) << 63)  // subnormal or ±0
        case 2: return Double(below(100_000)) / 10
        case 3: return i % 10 == 3 ? -0.0 : Double(Int64(bitPattern: next()) >> below(64))
        default: return Double.random(in: -1e6...1e6, using: &self)
        }
    }

    /// A valid JSON number text with up to 25 digits and an exponent up to ±350.
    mutating func decimalText() -> String {
        var text = below(2) == 0 ? "-" : ""
        let digits = 1 + below(25)
        let point = below(digits + 1)
        for k in 0..<digits {
            if k == point && k > 0 { text += "." }
            text += String(k == 0 && digits > 1 && point != 1 ? 1 + below(9) : below(10))
        }
        if below(2) == 0 { text += "e" + String(below(630) - 350) }
        return text
    }

    mutating func document(depth: Int) -> JSONValue {
        switch depth > 3 ? below(3) : below(6) {
        case 0: return .number(double(below(5)))
        case 1: return .string(String((0..<below(8)).map { _ in ["a", "é", "中", "\"", "\\", "\n", "\u{1}", "😀", "/"][below(9)] }))
        case 2: return below(2) == 0 ? .null : .number(Double(below(1000)))
        case 3: return .array((0..<below(5)).map { _ in document(depth: depth + 1) })
        default:
            var object = JSONObject()
            for k in 0..<below(5) { object["k\(k)\(["", "é", "/"][below(3)])"] = document(depth: depth + 1) }
            return .object(object)
        }
    }
}

extension SplitMix: RandomNumberGenerator {}

extension JSONValue {
    /// The tree Foundation's `JSONSerialization` built (documents here hold no booleans).
    init(foundation value: Any) {
        switch value {
        case is NSNull: self = .null
        case let string as String: self = .string(string)
        case let array as [Any]: self = .array(array.map(JSONValue.init(foundation:)))
        case let dictionary as [String: Any]:
            var object = JSONObject()
            for (key, element) in dictionary { object[key] = JSONValue(foundation: element) }
            self = .object(object)
        case let number as NSNumber: self = .number(number.doubleValue)
        default: self = .string("unexpected \(type(of: value))")
        }
    }
}

extension JSONValue {
    /// Equal, except that numbers may differ relatively by 1e-13 (and -0 equals 0).
    func isClose(to other: JSONValue) -> Bool {
        switch (self, other) {
        case let (.number(a), .number(b)): return a == b || abs(a - b) <= 1e-13 * max(abs(a), abs(b))
        case let (.array(a), .array(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isClose(to: $1) }
        case let (.object(a), .object(b)):
            return a.count == b.count && a.allSatisfy { member in b[member.key].map { member.value.isClose(to: $0) } ?? false }
        default: return self == other
        }
    }
}
