import Foundation
import Testing
import ExampleKit
import PermitCheckFuzz
@testable import PermitCheck
@testable import PermitCheckModel

/// Property: random valid filings survive decode → encode → decode. The
/// example generator makes filings of every archetype with random sizes and
/// random streams. Each is decoded and encoded again with `Filing.encoded`:
/// the encoding is the document itself (same members and values), decoding
/// it gives no problem at all, and a second round gives the same bytes. A
/// second reading of another valid form of the same document (every
/// object's members shuffled, pretty-printed) gives the same problems; the
/// whole national pack finds the same findings, fingerprints and evidence in
/// every reading; and the JSON layer itself round-trips byte for byte.
@Suite struct FilingRoundTripTests {
    static let pack: CompiledPack? = try? RulePack.bundled("cn-national")
    static let registry = Registry.decode(JSONWriter().bytes(ExampleRegistry.document)).value ?? .empty

    @Test func randomFilingsRoundTrip() throws {
        let pack = try #require(Self.pack)
        var random = Mutator(seed: 2026)
        var findings = 0
        for case_ in 0..<24 {
            let archetype = Archetype.allCases[random.below(Archetype.allCases.count)]
            let hours = 24 + random.below(max(1, archetype.period.hours - 24))
            let document = archetype.filing(BuildContext(hours: hours, seed: random.next()))
            let written = JSONWriter().bytes(document)
            // The JSON layer: read and written again, byte for byte.
            let reread = try JSONValue(parsing: String(decoding: written, as: UTF8.self))
            #expect(JSONWriter().bytes(reread) == written, "case \(case_): JSON round trip")

            let first = Filing.decode(written)
            let shuffled = JSONWriter(pretty: true).bytes(Self.shuffle(reread, &random))
            let second = Filing.decode(shuffled)
            let a = try #require(first.value, "case \(case_) \(archetype): \(first.problems.prefix(3))")
            let b = try #require(second.value, "case \(case_) \(archetype) shuffled: \(second.problems.prefix(3))")
            #expect(Self.problems(first.problems) == Self.problems(second.problems), "case \(case_)")
            #expect(a.id == b.id && a.monitoring.count == b.monitoring.count)
            let fa = Engine(pack: pack).check(a, registry: Self.registry).findings
            let fb = Engine(pack: pack).check(b, registry: Self.registry).findings
            findings += fa.count
            #expect(Self.summary(fa) == Self.summary(fb), "case \(case_) \(archetype) hours \(hours)")

            // decode → encode → decode → encode.
            let encoded = a.encoded()
            #expect(Self.sorted(try JSONValue(parsing: String(decoding: encoded, as: UTF8.self))) == Self.sorted(reread),
                    "case \(case_) \(archetype): the encoding is the document")
            let again = Filing.decode(encoded)
            #expect(again.problems.isEmpty, "case \(case_): \(again.problems.prefix(3))")
            let c = try #require(again.value)
            #expect(c.encoded() == encoded, "case \(case_): a second round gives the same bytes")
            #expect(Self.summary(Engine(pack: pack).check(c, registry: Self.registry).findings) == Self.summary(fa))
        }
        #expect(findings > 50, "most archetypes trip rules, so findings compare something")
    }

    /// The examples and the spec's filing, which use optional members the
    /// generator's random filings may not, encode to themselves too.
    @Test func committedFilingsEncodeToThemselves() throws {
        var files = try FileManager.default.contentsOfDirectory(at: TestFiles.exampleFilings, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        files.append(TestFiles.repository.appendingPathComponent("Tests/PermitCheckTests/Fixtures/spec-filing.json"))
        for file in files.sorted(by: { $0.path < $1.path }) {
            let bytes = try Array(Data(contentsOf: file))
            let filing = try #require(Filing.decode(bytes).value, "\(file.lastPathComponent)")
            let original = try JSONValue(parsing: String(decoding: bytes, as: UTF8.self))
            let encoded = filing.encoded(pretty: true)
            #expect(Self.sorted(try JSONValue(parsing: String(decoding: encoded, as: UTF8.self))) == Self.sorted(original),
                    "\(file.lastPathComponent)")
            #expect(Filing.decode(encoded).value?.encoded(pretty: true) == encoded, "\(file.lastPathComponent)")
        }
    }

    /// The document written with sorted keys, to compare regardless of member
    /// order, and without what filing-v1 reads as "not given": a `null`
    /// optional member, an empty v1 list (`facilities: []` and no key are the
    /// same filing). Catalog-v2 members whose `null` means "reported: none"
    /// are kept apart by the second round (`decode(encode(f))` encodes to
    /// the same bytes) and by the findings.
    static func sorted(_ value: JSONValue) -> String { JSONWriter(keyOrder: .sorted).string(normal(value)) }

    static func normal(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var out = JSONObject()
            for m in object where m.value != .null && m.value != .array([]) { out[m.key] = normal(m.value) }
            return .object(out)
        case .array(let items): return .array(items.map(normal))
        default: return value
        }
    }

    /// Every object's members in a random order, recursively.
    static func shuffle(_ value: JSONValue, _ random: inout Mutator) -> JSONValue {
        switch value {
        case .object(let object):
            var members = object.members
            for i in stride(from: members.count - 1, to: 0, by: -1) { members.swapAt(i, random.below(i + 1)) }
            var out = JSONObject()
            for m in members { out[m.key] = shuffle(m.value, &random) }
            return .object(out)
        case .array(let items):
            return .array(items.map { shuffle($0, &random) })
        default:
            return value
        }
    }

    /// Problems by code and pointer (lines differ between the two layouts).
    static func problems(_ p: [InputProblem]) -> [String] { p.map { "\($0.severity) \($0.code) \($0.pointer)" }.sorted() }

    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.subject) \($0.fingerprint) \(JSONWriter().string(.object($0.evidence)))" }.sorted()
    }
}
