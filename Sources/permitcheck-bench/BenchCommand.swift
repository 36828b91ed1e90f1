import Foundation
import PermitCheck

/// `permitcheck-bench decode [filings] [runs]`: decode throughput of our
/// decoder against Foundation's `JSONSerialization` on the same generated
/// filings. Build with `swift build -c release --product permitcheck-bench`.
@main
struct BenchCommand {
    static func main() {
        let args = CommandLine.arguments.dropFirst()
        if args.first == "pipeline" { return PipelineBench.run(Array(args.dropFirst())) }
        if args.first == "suite" { return Suite.run(Array(args.dropFirst())) }
        if args.first == "eval-file", let path = args.dropFirst().first {
            let filings = BatchReader(inputs: [path]).compactMap { $0.decodeFiling().value }
            guard let pack = try? RulePack.bundled("cn-national") else { return }
            let engine = Engine(pack: args.contains("--five") ? pack.restricted(to: Baseline.fiveRules) : pack)
            let runs = args.dropFirst(2).first.flatMap(Int.init) ?? 7
            if args.contains("--baseline") {
                let seconds = measure(runs: runs) { for f in filings { _ = Baseline.check(f, .empty) } }
                return print(String(format: "baseline: %.4f ms per filing", seconds * 1e3 / Double(filings.count)))
            }
            let seconds = measure(runs: runs) { for f in filings { _ = engine.check(f) } }
            return print(String(format: "evaluation: %.3f ms per filing (%d filings)", seconds * 1e3 / Double(filings.count), filings.count))
        }
        if args.first == "decode-file", let path = args.dropFirst().first {
            let lines = BatchReader(inputs: [path]).compactMap { item -> [UInt8]? in
                if case .document(let bytes) = item.content { return bytes }
                return nil
            }
            let bytes = lines.reduce(0) { $0 + $1.count }
            let seconds = measure(runs: 7) { for line in lines { _ = Filing.decode(line) } }
            return report("Filing.decode \(lines.count) documents", bytes, seconds)
        }
        guard args.first == "decode" else {
            print("usage: permitcheck-bench suite [--quick] | decode [filings=8] [runs=7] [--ours-only] | pipeline [hours] [runs] | decode-file FILE | eval-file FILE [runs] [--five] [--baseline]")
            return
        }
        let count = args.dropFirst().first.flatMap(Int.init) ?? 8
        let runs = max(5, args.dropFirst(2).first.flatMap(Int.init) ?? 7)
        var generator = FilingGenerator(seed: 2025)
        let filings = (0..<count).map { generator.filing(index: $0) }
        let bytes = filings.reduce(0) { $0 + $1.count }
        print("\(count) filings, \(bytes) bytes (\(bytes / count) per filing), median of \(runs) runs")
        let datas = filings.map { Data($0) }

        var checksum = 0.0
        let ours = measure(runs: runs) {
            for filing in filings {
                let decoded = Filing.decode(filing)
                guard let value = decoded.value else {
                    print("decode failed: \(decoded.problems.prefix(3))")
                    return
                }
                checksum += Double(value.monitoring[0].values.count)
            }
        }
        report("permitcheck Filing.decode", bytes, ours)
        if CommandLine.arguments.contains("--ours-only") { return }
        let tree = measure(runs: runs) {
            for filing in filings { if (try? JSONValue(parsing: filing)) == nil { print("tree parse failed") } }
        }
        let foundation = measure(runs: runs) {
            for data in datas { if (try? JSONSerialization.jsonObject(with: data)) == nil { print("Foundation failed") } }
        }
        report("permitcheck JSONValue(parsing:)", bytes, tree)
        report("Foundation JSONSerialization", bytes, foundation)
        print(String(format: "speed-up over Foundation: %.1fx (checksum %.0f)", foundation / ours, checksum))
    }

    /// Median seconds of `runs` timed runs, after one warm-up.
    static func measure(runs: Int, _ body: () -> Void) -> Double {
        body()
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return times.sorted()[times.count / 2]
    }

    static func report(_ name: String, _ bytes: Int, _ seconds: Double) {
        let padded = name.padding(toLength: 34, withPad: " ", startingAt: 0)
        print(padded + String(format: "%8.1f MB/s  (%.2f ms)", Double(bytes) / seconds / 1e6, seconds * 1e3))
    }
}
