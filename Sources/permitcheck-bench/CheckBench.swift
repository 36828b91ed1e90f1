import ExampleKit
import Foundation
import PermitCheck

/// `permitcheck-bench check [count] [hours] [runs]`: the whole bundled
/// `cn-national` pack over a generated batch of the six example archetypes:
/// end-to-end MB/s (decode + check) and evaluation-only time per filing.
enum CheckBench {
    static func run(_ args: [String]) {
        let count = args.first.flatMap(Int.init) ?? 60
        let hours = args.dropFirst().first.flatMap(Int.init) ?? 2208
        let runs = args.dropFirst(2).first.flatMap(Int.init) ?? 5
        let plan = BatchPlan(count: count, hours: hours, seed: 2025)
        let lines = (0..<count).map { plan.line($0) }
        let bytes = lines.reduce(0) { $0 + $1.count }
        let pack: CompiledPack
        do { pack = try RulePack.bundled("cn-national") } catch { print(error); return }
        let engine = Engine(pack: pack)
        guard let registry = Registry.decode(JSONWriter().bytes(ExampleRegistry.document)).value else { return }
        let filings = lines.compactMap { Filing.decode($0).value }
        var findings = 0
        let decode = BenchCommand.measure(runs: runs) { for line in lines { _ = Filing.decode(line) } }
        let evaluate = BenchCommand.measure(runs: runs) { for f in filings { findings += engine.check(f, registry: registry).findings.count } }
        let endToEnd = BenchCommand.measure(runs: runs) {
            for line in lines { if let f = Filing.decode(line).value { findings += engine.check(f, registry: registry).findings.count } }
        }
        print("\(count) filings × \(hours) hours, \(bytes) bytes, \(pack.rules.count) rules, median of \(runs)")
        BenchCommand.report("decode", bytes, decode)
        BenchCommand.report("check (decode + cn-national)", bytes, endToEnd)
        print(String(format: "evaluation only: %.3f ms per filing; %.0f filings/s end to end (findings %d)",
                     evaluate * 1e3 / Double(count), Double(count) / endToEnd, findings))
    }
}
