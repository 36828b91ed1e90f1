import ExampleKit
import Foundation
import Glibc

/// Memory and parallel speed of the real command line: writes JSON Lines
/// batches to a temporary folder and runs `permitcheck audit` on them as a
/// child process, reading the children's peak RSS from `getrusage`. Batches run
/// from small to large, and `ru_maxrss` of children is a high-water mark, so a
/// flat column means memory did not grow with the batch.
enum MemoryBench {
    static func run(binary: String, counts: [Int], hours: Int) {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return print("(\(binary) not built: `swift build -c release` first; memory figures skipped)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("permitcheck-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("| filings (\(hours) h) | MB | jobs | seconds | filings/s | peak RSS MB (high-water) |\n| ---: | ---: | ---: | ---: | ---: | ---: |")
        for count in counts {
            let path = folder.appendingPathComponent("batch-\(count).jsonl").path
            do { try BatchPlan(count: count, hours: hours, seed: 11, corrupt: max(1, count / 1000)).write(to: path) } catch { return print("cannot write \(path)") }
            let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
            for jobs in [1, 2] {
                let start = ContinuousClock.now
                let status = audit(binary, path, jobs: jobs)
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                print(String(format: "| %d | %.0f | %d | %.2f | %.0f | %.0f |%@", count, size, jobs, seconds, Double(count) / seconds,
                             childrenPeakRSS(), status == 1 || status == 65 ? "" : " (exit \(status))"))
            }
        }
    }

    static func audit(_ binary: String, _ path: String, jobs: Int) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["audit", path, "--format", "jsonl", "--output", "/dev/null", "--jobs", "\(jobs)", "--lang", "en"]
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func childrenPeakRSS() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
