import Foundation
import Testing
@testable import PermitCheck

/// The findings of every example under each bundled pack are fixed in
/// `Examples/expected/<example>.<pack>.jsonl`. Any difference fails. To accept
/// new output, run with `RECORD_GOLDEN=1` (that run writes the files and fails,
/// so re-recording is always a deliberate, reviewed act).
@Suite struct GoldenFindingsTests {
    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestFiles.exampleFilings.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "registry.json" }.map { String($0.dropLast(5)) }.sorted()
    }()
    static let packs = ["cn-national", "wuhan"]

    static let registry: Registry = {
        let data = FileManager.default.contents(atPath: TestFiles.examples.appendingPathComponent("registry.json").path) ?? Data()
        return Registry.decode([UInt8](data)).value ?? .empty
    }()

    /// Findings of one example under one pack, one JSON object per line.
    static func findings(_ example: String, _ pack: CompiledPack) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: TestFiles.exampleFilings.appendingPathComponent("\(example).json").path))
        let filing = try #require(Filing.decode([UInt8](data)).value)
        let report = Engine(pack: pack).check(filing, registry: registry)
        #expect(report.failures.isEmpty, "evaluation errors: \(report.failures)")
        return report.findings.map { JSONWriter().string($0.json) + "\n" }.joined()
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 6)
    }

    @Test(arguments: packs)
    func findingsMatchTheGoldenFiles(pack name: String) throws {
        guard FileManager.default.fileExists(atPath: TestFiles.repository.appendingPathComponent("Rules/\(name)").path) else {
            Issue.record("no pack Rules/\(name)")
            return
        }
        let pack = try RulePack.load(path: TestFiles.repository.appendingPathComponent("Rules/\(name)").path)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        for example in Self.examples {
            let actual = try Self.findings(example, pack)
            let url = TestFiles.examples.appendingPathComponent("expected/\(example).\(name).jsonl")
            if record {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(url.lastPathComponent); run again without RECORD_GOLDEN=1")
                continue
            }
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "(missing \(url.path))"
            if actual != expected {
                let a = actual.split(separator: "\n"), e = expected.split(separator: "\n")
                let firstDiff = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
                Issue.record("""
                    \(example) under \(name) differs from \(url.lastPathComponent) at finding \(firstDiff + 1)
                    expected: \(firstDiff < e.count ? String(e[firstDiff]) : "(nothing)")
                    actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "(nothing)")
                    """)
            }
        }
    }
}
