import ExampleKit
import Foundation
import Glibc
import PermitCheck

/// `permitcheck-bench suite [--quick]`: every figure of BENCHMARKS.md in one
/// run, on data generated deterministically (ExampleKit's six archetypes),
/// with the engine compared to the hand-written baseline measured in the same
/// run. `--quick` uses tiny sizes and one run, to prove the suite still works.
enum Suite {
    struct Data {
        let lines: [[UInt8]]
        let filings: [Filing]
        var bytes: Int { lines.reduce(0) { $0 + $1.count } }
    }

    static func data(count: Int, hours: Int) -> Data {
        let plan = BatchPlan(count: count, hours: hours, seed: 2025)
        let lines = (0..<count).map { plan.line($0) }
        return Data(lines: lines, filings: lines.compactMap { Filing.decode($0).value })
    }

    static func run(_ args: [String]) {
        let quick = args.contains("--quick")
        let runs = quick ? 1 : 5
        print("# permitcheck benchmark suite\(quick ? " (quick)" : "")\n")
        // First, while this process is still small: a child's peak RSS is counted
        // from its fork, which starts at the parent's size.
        print("## the command line: `permitcheck audit` on JSON Lines files\n")
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("permitcheck").path
        MemoryBench.run(binary: binary, counts: quick ? [50, 200] : [1000, 20_000], hours: 168)
        print("")
        guard let national = try? RulePack.bundled("cn-national"),
              let registry = Registry.decode(JSONWriter().bytes(ExampleRegistry.document)).value else { return print("cannot load the pack") }
        let five = Engine(pack: national.restricted(to: Baseline.fiveRules)), whole = Engine(pack: national)
        let quarter = data(count: quick ? 6 : 200, hours: 2208)
        let week = data(count: quick ? 12 : 2000, hours: 168)
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of \(runs) run(s); one core unless stated\n")
        for (name, d) in [("quarter (2,208 h)", quarter), ("week (168 h)", week)] {
            table(name, d, five: five, whole: whole, registry: registry, runs: runs, foundation: !quick && name.hasPrefix("quarter"))
        }
        agreement(quarter, five: five, registry: registry)
        parallel(quarter, whole: whole, registry: registry, runs: runs)
        scaling(whole: whole, registry: registry, quick: quick)

        print(String(format: "\npeak RSS of this process: %.0f MB", peakRSS()))
    }

    static func table(_ name: String, _ d: Data, five: Engine, whole: Engine, registry: Registry, runs: Int, foundation: Bool) {
        let n = Double(d.filings.count), mb = Double(d.bytes) / 1e6
        let decode = BenchCommand.measure(runs: runs) { for l in d.lines { _ = Filing.decode(l) } }
        let baseE2E = BenchCommand.measure(runs: runs) { for l in d.lines { if let f = Filing.decode(l).value { _ = Baseline.check(f, registry) } } }
        let baseEval = BenchCommand.measure(runs: runs) { for f in d.filings { _ = Baseline.check(f, registry) } }
        let fiveE2E = BenchCommand.measure(runs: runs) { for l in d.lines { if let f = Filing.decode(l).value { _ = five.check(f, registry: registry) } } }
        let fiveEval = BenchCommand.measure(runs: runs) { for f in d.filings { _ = five.check(f, registry: registry) } }
        let wholeE2E = BenchCommand.measure(runs: runs) { for l in d.lines { if let f = Filing.decode(l).value { _ = whole.check(f, registry: registry) } } }
        let wholeEval = BenchCommand.measure(runs: runs) { for f in d.filings { _ = whole.check(f, registry: registry) } }
        print("## \(name): \(d.filings.count) filings, \(String(format: "%.1f", mb)) MB\n")
        print("| measure | MB/s | filings/s | eval ms/filing | × baseline |\n| --- | ---: | ---: | ---: | ---: |")
        func row(_ label: String, _ e2e: Double, _ eval: Double?, _ ratio: String) {
            let evalText = eval.map { String(format: "%.3f", $0 * 1e3 / n) } ?? "—"
            print("| \(label) | \(String(format: "%.0f", mb / e2e)) | \(String(format: "%.0f", n / e2e)) | \(evalText) | \(ratio) |")
        }
        row("decode only (Filing.decode)", decode, nil, "—")
        if foundation {
            let datas = d.lines.map { Foundation.Data($0) }
            let f = BenchCommand.measure(runs: 1) { for x in datas { _ = try? JSONSerialization.jsonObject(with: x) } }
            row("decode only (Foundation JSONSerialization)", f, nil, "—")
        }
        row("hand-written baseline, five rules", baseE2E, baseEval, "1.00")
        row("permitcheck, five-rule pack", fiveE2E, fiveEval, String(format: "%.2f (eval %.2f× slower)", baseE2E / fiveE2E, fiveEval / baseEval))
        row("permitcheck, whole cn-national (\(whole.pack.rules.count) rules)", wholeE2E, wholeEval, String(format: "%.2f", baseE2E / wholeE2E))
        print("")
    }

    /// The engine's five-rule pack and the baseline must fire on the same subjects.
    static func agreement(_ d: Data, five: Engine, registry: Registry) {
        var differ = 0, total = 0
        for f in d.filings {
            let engine = Set(five.check(f, registry: registry).findings.map { "\($0.rule) \($0.subject)" })
            let base = Set(Baseline.check(f, registry))
            total += engine.count
            if engine != base { differ += 1 }
        }
        print("agreement: the five-rule pack and the baseline fire on the same \(total) subjects; filings that differ: \(differ)\n")
    }

    static func parallel(_ d: Data, whole: Engine, registry: Registry, runs: Int) {
        let items = d.lines.map { BatchItem(source: "bench", line: nil, content: .document($0)) }
        var times: [Int: Double] = [:]
        for jobs in [1, 2] {
            let runner = AuditRunner(engine: whole, registry: registry, jobs: jobs)
            times[jobs] = BenchCommand.measure(runs: runs) { runner.run(items) { _ in } }
        }
        let one = times[1] ?? 1, two = times[2] ?? 1
        print(String(format: "audit (AuditRunner, whole pack, quarter data): 1 thread %.0f MB/s, 2 threads %.0f MB/s, speed-up %.2f×\n",
                     Double(d.bytes) / one / 1e6, Double(d.bytes) / two / 1e6, one / two))
    }

    /// Cost per hour at 168 / 2,208 / 8,760 hours, and per filing at 100 / 1,000 / 10,000 filings.
    static func scaling(whole: Engine, registry: Registry, quick: Bool) {
        print("| hours per series | filings | µs per filing-hour (decode + check) |\n| ---: | ---: | ---: |")
        for hours in [168, 2208, 8760] {
            let d = data(count: quick ? 2 : 12, hours: hours)
            let t = BenchCommand.measure(runs: 1) { for l in d.lines { if let f = Filing.decode(l).value { _ = whole.check(f, registry: registry) } } }
            print(String(format: "| %d | %d | %.3f |", hours, d.lines.count, t * 1e6 / Double(d.lines.count * hours)))
        }
        print("\n| filings (168 h) | ms per filing (decode + check) |\n| ---: | ---: |")
        let plan = BatchPlan(count: quick ? 200 : 10_000, hours: 168, seed: 7)
        for count in quick ? [20, 200] : [100, 1000, 10_000] {
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for k in 0..<count { if let f = Filing.decode(plan.line(k)).value { _ = whole.check(f, registry: registry) } }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            print(String(format: "| %d | %.3f |", count, seconds * 1e3 / Double(count)))
        }
        print("\n(the filings-scaling rows include generating each filing's JSON)")
    }

    /// Peak resident set of this process, in MB (`ru_maxrss` is in KB on Linux).
    static func peakRSS() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
