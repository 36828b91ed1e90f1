import Foundation
import Testing
@testable import PermitCheck

/// Parallel checking keeps input order, loses nothing, and shards partition the batch.
@Suite struct AuditRunnerTests {
    static func batch() -> [BatchItem] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestFiles.exampleFilings.path))?.filter { $0.hasSuffix(".json") && $0 != "registry.json" }.sorted() ?? []
        var items: [BatchItem] = []
        for round in 0..<5 {
            for name in names {
                let path = TestFiles.exampleFilings.appendingPathComponent(name).path
                items.append(BatchItem(source: path, line: nil, content: .document([UInt8](FileManager.default.contents(atPath: path) ?? Data()))))
            }
            items.append(BatchItem(source: "broken-\(round).json", line: nil, content: .document(Array("{\"schema\":".utf8))))
        }
        return items
    }

    static func summary(_ items: [AuditItem]) -> [String] {
        items.map { item in
            switch item {
            case .checked(let filing, let report, _): return "\(filing.id):\(report.findings.map(\.fingerprint).joined(separator: ","))"
            case .inputError(let e): return "error:\(e.source)"
            }
        }
    }

    @Test func parallelRunKeepsInputOrder() throws {
        let engine = Engine(pack: try RulePack.bundled("cn-national"))
        let items = Self.batch()
        var serial: [AuditItem] = [], parallel: [AuditItem] = []
        AuditRunner(engine: engine, jobs: 1).run(items) { item in serial.append(item) }
        AuditRunner(engine: engine, jobs: 4).run(items) { item in parallel.append(item) }
        #expect(serial.count == items.count)
        #expect(Self.summary(parallel) == Self.summary(serial))
        #expect(Self.summary(serial).filter { $0.hasPrefix("error:") }.count == 5)
    }

    @Test func shardsPartitionTheBatch() throws {
        let engine = Engine(pack: try RulePack.bundled("cn-national"))
        let items = Self.batch()
        var all: [String] = []
        for index in 0..<3 {
            AuditRunner(engine: engine, jobs: 2, shard: (index, 3)).run(items) { item in all += Self.summary([item]) }
        }
        var whole: [AuditItem] = []
        AuditRunner(engine: engine, jobs: 2).run(items) { item in whole.append(item) }
        #expect(all.sorted() == Self.summary(whole).sorted())
        #expect(all.count == items.count)
    }
}
