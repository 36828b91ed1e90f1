import Foundation
import Testing
@testable import PermitCheck

/// Every pack under Rules/ compiles and passes its own tests, and every rule
/// has a case that fires and one that does not.
@Suite struct BundledPackTests {
    static let packs: [String] = {
        let rules = TestFiles.repository.appendingPathComponent("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rules.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: rules.appendingPathComponent("\($0)/pack.yaml").path) }.sorted()
    }()

    @Test func findsThePacks() {
        #expect(Self.packs.contains("cn-national"))
    }

    @Test(arguments: packs)
    func passesItsTests(pack name: String) throws {
        let pack = try RulePack.load(path: TestFiles.repository.appendingPathComponent("Rules/\(name)").path)
        let summary = PackTester.run(pack)
        #expect(!summary.results.isEmpty)
        for failure in summary.failed {
            Issue.record("\(failure.rule) — \(failure.name) (\(failure.location)): \(failure.problems.map(\.en).joined(separator: "; "))")
        }
        #expect(summary.rulesWithoutFiringCase == [])
        #expect(summary.rulesWithoutPassingCase == [])
    }

    /// The packs built into the library are the ones in Rules/, tests and fixtures included.
    @Test(arguments: packs)
    func bundledCopyIsCurrentAndPasses(pack name: String) throws {
        #expect(PackFiles.bundledPackNames.contains(name))
        let bundled = try RulePack.bundled(name)
        let onDisk = try RulePack.load(path: TestFiles.repository.appendingPathComponent("Rules/\(name)").path)
        #expect(bundled.contentHash == onDisk.contentHash && bundled.rules.map(\.id) == onDisk.rules.map(\.id))
        let summary = PackTester.run(bundled)
        #expect(summary.failed.isEmpty, "\(summary.failed.map { "\($0.rule) \($0.name): \($0.problems.map(\.en))" })")
    }
}
