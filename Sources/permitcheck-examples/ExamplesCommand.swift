import ArgumentParser
import ExampleKit
import Foundation

/// `permitcheck-examples`: regenerates the committed example filings and
/// writes scaled JSON Lines batches for benchmarks and batch tests.
@main
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permitcheck-examples",
        abstract: "生成示例申报与批量数据 / Generate the example filings and scaled batches.",
        subcommands: [Write.self, Batch.self]
    )
}

/// `write --out Examples`: the six examples and `registry.json`, byte-identical every run.
struct Write: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "写出六个示例申报与 registry.json / Write the six example filings and registry.json.")

    @Option(name: .long, help: "输出目录 / Output folder.")
    var out: String = "Examples"

    func run() throws {
        let written = try ExampleSet.write(to: URL(fileURLWithPath: out, isDirectory: true))
        for file in written {
            print("已写入 wrote \(out)/\(file.name) (\(file.size) bytes)")
        }
    }
}

/// `batch --count N --hours H --seed S --out FILE.jsonl [--corrupt K]`.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "写出 N 份按比例生成的申报（JSON Lines）/ Write N scaled filings as JSON Lines.")

    @Option(name: .long, help: "申报份数 / Number of filings.")
    var count: Int

    @Option(name: .long, help: "每个序列的小时数 / Hours per series (2208 = a full quarter).")
    var hours: Int = 2208

    @Option(name: .long, help: "随机种子 / Seed.")
    var seed: UInt64 = 2025

    @Option(name: .long, help: "输出文件（.jsonl）/ Output file (.jsonl).")
    var out: String

    @Option(name: .long, help: "损坏的行数 / Lines to spoil (truncated JSON or a missing field).")
    var corrupt: Int = 0

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count 不能为负 / --count must not be negative") }
        guard hours >= 1 else { throw ValidationError("--hours 至少为 1 / --hours must be at least 1") }
        guard (0...count).contains(corrupt) else {
            throw ValidationError("--corrupt 须在 0…\(count) 之间 / --corrupt must be within 0…\(count)")
        }
    }

    func run() throws {
        let plan = BatchPlan(count: count, hours: hours, seed: seed, corrupt: corrupt)
        try plan.write(to: out)
        print("已写入 wrote \(out): \(count) 份申报 filings, \(corrupt) 行损坏 corrupted")
    }
}
