import Foundation
import Testing
@testable import PermitCheck
@testable import PermitCheckModel

/// Hostile and careless rule packs: each exceeds one of ``InputLimits`` by
/// far (10,000 levels where the limit is 100 or 128) and must give a located
/// `limit.*` diagnostic instead of overflowing the stack or exhausting memory.
@Suite struct HostileInputTests {
    /// A one-rule pack whose `when:` is `condition`, on line 10 as a literal
    /// block, so YAML takes `!`, `-` and `: ` in it as text.
    static func pack(when condition: String) -> String {
        """
        pack: p
        version: 1
        rules:
          - id: A
            family: f
            severity: high
            title: t
            for: { outlet: permit.outlets }
            when: |-
              \(condition)

        """
    }

    /// The diagnostics of compiling `yaml`, which must fail.
    static func failure(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try RulePack.compile(yaml: yaml, name: "hostile.yaml")
            Issue.record("the pack compiled")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func expectLimit(_ yaml: String, code: String, line: Int) {
        let diagnostics = failure(yaml)
        #expect(diagnostics.map(\.code) == [code], "\(diagnostics.map { "\($0.location) \($0.code) \($0.message.en)" })")
        #expect(diagnostics.first?.location.file == "hostile.yaml")
        #expect(diagnostics.first?.location.line == line)
    }

    @Test func tenThousandNestedParentheses() {
        let deep = String(repeating: "(", count: 10_000) + "6" + String(repeating: ")", count: 10_000)
        Self.expectLimit(Self.pack(when: "outlet.referenceO2 > \(deep)"), code: "limit.depth", line: 10)
    }

    @Test(arguments: ["+", "*", "&&", "||", "-", "/"])
    func tenThousandTermChains(op: String) {
        let term = op == "&&" || op == "||" ? "true" : "1"
        let chain = Array(repeating: term, count: 10_000).joined(separator: " \(op) ")
        let condition = op == "&&" || op == "||" ? chain : "outlet.referenceO2 > \(chain)"
        Self.expectLimit(Self.pack(when: condition), code: "limit.depth", line: 10)
    }

    @Test func tenThousandPrefixOperatorsAndCoalescing() {
        Self.expectLimit(Self.pack(when: String(repeating: "!", count: 10_000) + "true"), code: "limit.depth", line: 10)
        Self.expectLimit(Self.pack(when: String(repeating: "- ", count: 10_000) + "1 > 0"), code: "limit.depth", line: 10)
        let coalesce = Array(repeating: "a", count: 10_000).joined(separator: " ?? ")
        Self.expectLimit(Self.pack(when: "\(coalesce) > 6"), code: "limit.depth", line: 10)
        let conditional = Array(repeating: "true ? 1 :", count: 5_000).joined(separator: " ") + " 2"
        Self.expectLimit(Self.pack(when: "outlet.referenceO2 > \(conditional)"), code: "limit.depth", line: 10)
    }

    @Test func deepCallsIndexesListsAndMembers() {
        Self.expectLimit(Self.pack(when: String(repeating: "abs(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + " > 0"), code: "limit.depth", line: 10)
        Self.expectLimit(Self.pack(when: "6 in " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)), code: "limit.depth", line: 10)
        Self.expectLimit(Self.pack(when: "outlet" + String(repeating: ".id", count: 10_000) + " == \"x\""), code: "limit.depth", line: 10)
    }

    @Test func expressionsOverTheSizeLimits() {
        let wide = "outlet.referenceO2 in [" + Array(repeating: "1", count: 20_000).joined(separator: ",") + "]"
        Self.expectLimit(Self.pack(when: wide), code: "limit.size", line: 10)
        let long = "outlet.id == \"" + String(repeating: "x", count: 200_000) + "\""
        Self.expectLimit(Self.pack(when: long), code: "limit.size", line: 10)
    }

    /// Just inside the limits, an expression compiles and evaluates, also on
    /// a task's thread (as the server compiles on reload).
    @Test func chainsAtTheLimitCompileAndRun() async throws {
        // n terms are n levels deep; with the comparison on top, the tree is exactly at the limit.
        let chain = Array(repeating: "0.05", count: InputLimits.expressionDepth - 1).joined(separator: " + ")
        let yaml = Self.pack(when: "outlet.referenceO2 > \(chain)")
        let report = try await Task.detached {
            let pack = try RulePack.compile(yaml: yaml)
            return Engine(pack: pack).check(TestFilings.steel(values: [10]))
        }.value
        #expect(report.findings.count == 1, "referenceO2 is 8 %, the chain sums to 6.35")
    }

    @Test func tenThousandDeepYAML() {
        let flow = "pack: p\nversion: 1\nrules: []\nnotes: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        Self.expectLimit(flow, code: "limit.depth", line: 4)
        let mappings = "pack: p\nversion: 1\nrules: []\nnotes: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"
        Self.expectLimit(mappings, code: "limit.depth", line: 4)
    }

    /// Aliases count with what they bring in: a shallow anchor used deep down
    /// can exceed the depth limit although no line of the file nests deeply.
    @Test func aliasesCountTowardsDepth() {
        var yaml = "pack: p\nversion: 1\nrules: []\nx0: &a0 " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "\n"
        yaml += "x1: " + String(repeating: "[", count: 40) + "*a0" + String(repeating: "]", count: 40) + "\n"
        Self.expectLimit(yaml, code: "limit.depth", line: 5)
    }

    /// The issue's 844-byte pack: a billion laughs in a test's `patch:`.
    @Test func billionLaughsInATestPatch() {
        var yaml = Self.pack(when: "outlet.referenceO2 > 6") + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...8 {
            yaml += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "tests:\n  A:\n    - name: laughs\n      filing: {}\n      patch: { enterprise: [" + Array(repeating: "*a8", count: 9).joined(separator: ", ") + "] }\n      expect: []\n"
        #expect(yaml.utf8.count < 1_000)
        let diagnostics = Self.failure(yaml)
        #expect(diagnostics.map(\.code) == ["limit.size"])
        #expect(diagnostics.first?.location.line == 16, "at the alias that crosses \(InputLimits.yamlNodes) nodes")
    }

    @Test func yamlFilesOverTheByteLimit() {
        let big = Self.pack(when: "outlet.referenceO2 > 6") + "# " + String(repeating: "x", count: InputLimits.yamlBytes) + "\n"
        Self.expectLimit(big, code: "limit.size", line: 1)
    }

    /// Merge patches built in code (not read through a bounded reader) are
    /// bounded too.
    @Test func deepMergePatchIsRefused() {
        var patch: JSONValue = .number(1)
        for _ in 0..<(JSONReader.maxDepth + 10) { patch = .object(["a": patch]) }
        #expect(JSONValue.object([:]).mergePatch(patch) == nil)
        var shallow: JSONValue = .number(1)
        for _ in 0..<10 { shallow = .object(["a": shallow]) }
        #expect(JSONValue.object([:]).mergePatch(shallow) == shallow)
    }

    /// A diagnostic on a megabyte-long line quotes a window around its column.
    @Test func longLinesAreQuotedAsAWindow() {
        let deep = String(repeating: "(", count: 500_000) + "6" + String(repeating: ")", count: 500_000)
        let yaml = Self.pack(when: "outlet.referenceO2 > \(deep)")
        do {
            _ = try RulePack.compile(yaml: yaml, name: "hostile.yaml")
            Issue.record("the pack compiled")
        } catch {
            let text = DiagnosticRenderer(sources: error.sources).text(error.diagnostics, language: .en)
            #expect(text.contains("error[limit.size]"), "a million scalars is over the length limit")
            #expect(text.count < 1_000, "\(text.count) characters")
        }
    }
}
