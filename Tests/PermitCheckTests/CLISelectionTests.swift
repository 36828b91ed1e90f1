import Foundation
import PermitCheck
import Testing

/// Filters that name nothing, report-only runs, `--version` and shell
/// completions, through the built binary as a user meets them.
@Suite(.serialized) struct CLISelectionTests {
    static let steel = CLITests.example("steel-qingshan")

    @Test func unknownFamilyIsAUsageErrorWithTheFamilies() throws {
        let r = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--family", "emision-limits"])
        #expect(r.status == 64, "\(r.err)")
        #expect(r.out.isEmpty)
        #expect(r.err.contains("did you mean emission-limits?"), "\(r.err)")
        #expect(r.err.contains("是否应为 emission-limits？"), "\(r.err)")
        #expect(!r.err.contains("USAGE") && !r.err.contains("Usage:"), "\(r.err)")
        let nope = try CLITests.run(["audit", Self.steel, "--family", "nope"])
        #expect(nope.status == 64)
        #expect(nope.err.contains("no rule family nope") && nope.err.contains("emission-limits"), "\(nope.err)")
    }

    @Test func unknownRuleIsAUsageErrorWithTheNearestId() throws {
        let r = try CLITests.run(["check", Self.steel, "--rule", "EL-HOR"])
        #expect(r.status == 64)
        #expect(r.err.contains("no rule EL-HOR in cn-national@") && r.err.contains("did you mean EL-HOUR?"), "\(r.err)")
        #expect(!r.err.contains("Usage:"), "\(r.err)")
        let none = try CLITests.run(["check", Self.steel, "--rule", "NOPE"])
        #expect(none.status == 64)
        #expect(none.err.contains("rules list"), "\(none.err)")
        let explain = try CLITests.run(["explain", Self.steel, "--rule", "EL-HOURS"])
        #expect(explain.status == 64)
        #expect(explain.err.contains("did you mean EL-HOUR?") && !explain.err.contains("Usage:"), "\(explain.err)")
        let show = try CLITests.run(["rules", "show", "EL-HOURR", "--lang", "zh"])
        #expect(show.status == 64)
        #expect(show.err.hasPrefix("permitcheck: 规则包 cn-national@") && show.err.contains("是否应为 EL-HOUR？"), "\(show.err)")
        #expect(!show.err.contains("Usage:"), "\(show.err)")
    }

    @Test func ruleIdsMatchIgnoringCase() throws {
        let show = try CLITests.run(["rules", "show", "el-hour"])
        #expect(show.status == 0, "\(show.err)")
        #expect(show.out.hasPrefix("EL-HOUR — "))
        let lower = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--rule", "el-hour", "--format", "jsonl"])
        let upper = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--rule", "EL-HOUR", "--format", "jsonl"])
        #expect(lower.status == upper.status && lower.status != 64, "\(lower.err)")
        #expect(lower.out == upper.out)
        #expect(lower.out.contains("\"rule\":\"EL-HOUR\"") || lower.out.contains("\"rule\": \"EL-HOUR\""), "\(lower.out.prefix(300))")
        let family = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--family", "EMISSION-LIMITS", "--format", "jsonl"])
        #expect(family.status != 64, "\(family.err)")
        let explain = try CLITests.run(["explain", Self.steel, "--rule", "el-hour"])
        #expect(explain.status == 0, "\(explain.err)")
        #expect(explain.out.hasPrefix("EL-HOUR — "))
    }

    @Test func failOnNeverReportsAndExitsZero() throws {
        let failing = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--format", "jsonl"])
        #expect(failing.status == 1)
        for value in ["never", "none", "NEVER"] {
            let r = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--format", "jsonl", "--fail-on", value])
            #expect(r.status == 0, "\(value): \(r.err)")
            #expect(r.out == failing.out, "the findings are the same, only the exit differs")
            #expect(!r.out.isEmpty)
        }
        let audit = try CLITests.run(["audit", TestFiles.exampleFilings.path, "--registry", CLITests.registry, "--format", "jsonl", "--fail-on", "never"])
        #expect(audit.status == 0, "\(audit.err)")
        // A threshold still fails on what is at or above it; a bad one is a usage error listing the values.
        let info = try CLITests.run(["check", Self.steel, "--registry", CLITests.registry, "--fail-on", "info"])
        #expect(info.status == 1)
        let bad = try CLITests.run(["check", Self.steel, "--fail-on", "sometimes"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("never"), "\(bad.err)")
        // Unreadable filings are still 65 with never: it silences findings only.
        let broken = try CLITests.run(["check", "-", "--fail-on", "never"], stdin: "{\"schema\": broken\n")
        #expect(broken.status == 65, "\(broken.err)")
    }

    @Test func versionNamesTheEngineAndTheBundledPacks() throws {
        let r = try CLITests.run(["--version"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("permitcheck \(PermitCheckVersion.engine)\n"), "\(r.out)")
        for name in ["cn-national", "wuhan"] {
            let pack = try RulePack.bundled(name)
            #expect(r.out.contains("pack \(pack.reference) (bundled, content \(pack.contentHash))"), "\(r.out)")
        }
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLITests.run(["--generate-completion-script", shell])
            #expect(r.status == 0, "\(shell): \(r.err)")
            #expect(r.out.contains("permitcheck") && r.out.contains("audit"), "\(shell)")
            #expect(r.out.contains("never"), "\(shell): --fail-on values are completed")
        }
    }
}
