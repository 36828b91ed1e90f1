import Foundation
import Testing
import ExampleKit
import PermitCheckFuzz
@testable import PermitCheck
@testable import PermitCheckModel

/// Property: random valid filings survive decode → encode → decode. The
/// example generator makes filings of every archetype with random sizes and
/// random streams; each is written, decoded, written again in another valid
/// form (every object's members shuffled, pretty-printed) and decoded again.
/// Both readings must give the same problems and — checked by the whole
/// national pack — the same findings, fingerprints and evidence; and the
/// JSON layer itself must round-trip byte for byte.
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
        }
        #expect(findings > 50, "most archetypes trip rules, so findings compare something")
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
