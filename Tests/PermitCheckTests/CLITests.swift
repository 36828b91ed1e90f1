import Foundation
import Testing

/// End-to-end runs of the built `permitcheck` binary: each command, its
/// output and its exit status, as a user sees them.
@Suite(.serialized) struct CLITests {
    static let binary = TestFiles.buildProducts.appendingPathComponent("permitcheck")

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    static func run(_ args: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func example(_ name: String) -> String { TestFiles.exampleFilings.appendingPathComponent("\(name).json").path }
    static let registry = TestFiles.examples.appendingPathComponent("registry.json").path

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build it with `swift build` (swift test builds it)")
    }

    @Test func checkCleanFilingExitsZero() throws {
        let r = try Self.run(["check", Self.example("printing-xinzhou"), "--registry", Self.registry])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("2025Q3-420117-PRINTING"))
    }

    @Test func checkWithFindingsExitsOneAndFailOnLowersIt() throws {
        let r = try Self.run(["check", Self.example("steel-qingshan"), "--registry", Self.registry, "--format", "jsonl"])
        #expect(r.status == 1)
        let rules = r.out.split(separator: "\n").compactMap { line -> String? in
            guard let data = line.data(using: .utf8), let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            return o["rule"] as? String
        }
        #expect(rules == ["EL-HOUR", "UL-RATE", "UL-NOT-LISTED", "STOP-CONTRADICTED"])
        let lenient = try Self.run(["check", Self.example("steel-qingshan"), "--registry", Self.registry, "--fail-on", "critical", "--format", "jsonl"])
        #expect(lenient.status == 0)
        let filtered = try Self.run(["check", Self.example("steel-qingshan"), "--registry", Self.registry, "--rule", "UL-RATE", "--format", "jsonl"])
        #expect(filtered.out.split(separator: "\n").count == 1)
    }

    @Test func wuhanPackIsSelectable() throws {
        let r = try Self.run(["check", Self.example("autoparts-dongxihu"), "--pack", "wuhan", "--format", "jsonl", "--family", "wuhan"])
        #expect(r.out.contains("\"rule\":\"W-FLUE-BYPASS\""))
        #expect(r.out.contains("\"pack\":\"wuhan@2.0.0\""))
    }

    @Test func brokenInputIsAnInputErrorAndExits65() throws {
        let r = try Self.run(["audit", "-", "--format", "jsonl"], stdin: "{\"schema\": \"permitcheck/filing-v1\", \"id\": 3}\nnot json\n")
        #expect(r.status == 65)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"error\"") })
        #expect(r.err.contains("Input errors: 2"))
    }

    @Test func auditOfTheExamplesWritesAnHTMLReport() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let r = try Self.run(["audit", TestFiles.exampleFilings.path, "--registry", Self.registry, "--format", "html", "--output", output, "--jobs", "2"])
        #expect(r.status == 1)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count > 5)
        #expect(r.err.contains("Filings: \(Self.exampleCount)") && r.err.contains("Findings: \(Self.goldenFindings)"), "\(r.err)")
    }

    /// How many example filings there are, and how many findings their
    /// cn-national goldens hold (so these tests follow a deliberate re-record).
    static var exampleCount: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: TestFiles.exampleFilings.path)) ?? []).filter { $0.hasSuffix(".json") }.count
    }
    static var goldenFindings: Int {
        let folder = TestFiles.repository.appendingPathComponent("Examples/expected")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".cn-national.jsonl") }
        return names.reduce(0) { total, name in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return total + text.split(separator: "\n").filter { $0.contains("\"rule\"") }.count
        }
    }

    @Test func shardsSplitTheAudit() throws {
        var total = 0
        for i in 1...3 {
            let r = try Self.run(["audit", TestFiles.exampleFilings.path, "--format", "jsonl", "--shard", "\(i)/3"])
            total += Int(r.err.split(separator: "\n").first { $0.contains("Filings:") }?.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0
        }
        #expect(total == Self.exampleCount)
        let bad = try Self.run(["audit", TestFiles.exampleFilings.path, "--shard", "4/3"])
        #expect(bad.status == 64)
    }

    @Test func testCommandRunsTheBundledPacks() throws {
        let r = try Self.run(["test"])
        #expect(r.status == 0, "\(r.out.suffix(500))")
        #expect(r.out.contains("cn-national@2.0.0") && r.out.contains("wuhan@2.0.0"))
        let junit = try Self.run(["test", "cn-national", "--format", "junit"])
        #expect(junit.out.hasPrefix("<?xml"))
    }

    @Test func lintReportsDiagnosticsWithCarets() throws {
        let pack = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "pack: p\nversion: 1\nrules:\n  - id: A\n    family: f\n    severity: high\n    title: t\n    when: enterprise.usc == 'x'\n".write(to: pack, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: pack) }
        let r = try Self.run(["lint", pack.path, "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.out.contains(":8:22: error[name.undefined]"))
        #expect(r.out.contains("did you mean `uscc`?"))
        let json = try Self.run(["lint", pack.path, "--format", "json"])
        #expect(json.out.contains("\"code\":\"name.undefined\""))
        let ok = try Self.run(["lint"])
        #expect(ok.status == 0)
    }

    @Test func explainRulesAndSchema() throws {
        let e = try Self.run(["explain", Self.example("steel-qingshan"), "--rule", "EL-HOUR", "--subject", "/permit/outlets/0/limits/2"])
        #expect(e.status == 0)
        #expect(e.out.contains("→ fired") && e.out.contains("let.over"))
        #expect(e.out.contains("actDates: over.map(h, h.date)\n      = 2025-08-14\n"), "\(e.out)")
        #expect(e.out.contains("basis: 大气法 99(二) (air) (2018-10-26 – 2026-08-14)\n      = cited"))
        #expect(e.out.contains("basis: 法典 1107 (2026-08-15 –)\n      = not cited"))
        let list = try Self.run(["rules", "list", "--pack", "wuhan"])
        #expect(list.out.contains("W-ULE-DEADLINE") && list.out.contains("EL-HOUR"))
        let show = try Self.run(["rules", "show", "VOC-EFFICIENCY", "--pack", "wuhan", "--lang", "en"])
        #expect(show.out.contains("vocsRateThreshold = 2 kg/h [U]"))
        #expect(show.out.contains("acts: period"))
        let hour = try Self.run(["rules", "show", "EL-HOUR", "--lang", "en"])
        #expect(hour.out.contains("basis 2018-10-26 – 2026-08-14: 大气法 99(二) (air) → 法典 1107\n"), "\(hour.out)")
        #expect(hour.out.contains("basis 2018-01-01 – 2026-08-14: 水法 83(二) (water) → 法典 1107\n"), "\(hour.out)")
        #expect(hour.out.contains("basis 2026-08-15 –: 法典 179; 法典 1103; 法典 1107"), "\(hour.out)")
        let doc = try Self.run(["rules", "doc"])
        #expect(doc.out.contains("| `HW-BALANCE` |"))
        let schema = try Self.run(["schema", "findings"])
        #expect(schema.out.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
        let missing = try Self.run(["rules", "list", "--pack", "shanghai"])
        #expect(missing.status == 64)
    }

    @Test func sarifIsValidAgainstTheOfficialSchema() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString).sarif").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try Self.run(["audit", TestFiles.exampleFilings.path, "--registry", Self.registry, "--format", "sarif", "--output", output])
        let schema = TestFiles.sarifSchema.path
        let python = try Self.runPython("""
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
        errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
        print(len(errors), len(log["runs"][0]["results"]))
        """, [schema, output])
        #expect(python == "0 \(Self.goldenFindings)")
    }

    static func runPython(_ script: String, _ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The benchmark suite still runs (quick mode: tiny sizes, no timing asserted —
/// speed lives in BENCHMARKS.md, never in a test).
@Suite struct BenchmarkSmokeTests {
    @Test func quickSuiteRuns() throws {
        let bench = TestFiles.buildProducts.appendingPathComponent("permitcheck-bench")
        let process = Process()
        process.executableURL = bench
        process.arguments = ["suite", "--quick"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("filings that differ: 0"), "the five-rule pack and the hand-written baseline must agree")
        #expect(text.contains("| permitcheck, whole cn-national"))
        #expect(text.contains("peak RSS MB"))
    }
}
