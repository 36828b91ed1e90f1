import Foundation

/// Runs the test cases that live with a pack's rules, like `opa test`.
///
/// A case gives a filing (inline, from a file, or a base filing plus a JSON
/// Merge Patch) and the exact findings expected of its rule. Any difference
/// in either direction fails the case, and so does a case whose filing cannot
/// be read or whose rule cannot be evaluated. The same runner serves
/// `swift test` and `permitcheck test`.
public enum PackTester {
    public static func run(_ pack: CompiledPack) -> PackTestSummary {
        let engine = Engine(pack: pack)
        var results: [PackTestResult] = []
        var noFiring: [String] = [], noPassing: [String] = []
        for rule in pack.rules {
            var firing = false, passing = false
            for test in rule.tests {
                let expectsFindings = !test.expect.isEmpty
                firing = firing || expectsFindings
                passing = passing || !expectsFindings
                let problems = run(test, rule: rule, pack: pack, engine: engine)
                results.append(PackTestResult(rule: rule.id, name: test.name, location: test.node.location, problems: problems, expectsFindings: expectsFindings))
            }
            if !firing { noFiring.append(rule.id) }
            if !passing { noPassing.append(rule.id) }
        }
        return PackTestSummary(pack: pack.reference, results: results, rulesWithoutFiringCase: noFiring, rulesWithoutPassingCase: noPassing)
    }

    static func run(_ test: TestCaseSyntax, rule: CompiledRule, pack: CompiledPack, engine: Engine) -> [LocalizedText] {
        let filing: Filing, registry: Registry
        switch TestInputs.filing(test, rule: rule, pack: pack) {
        case .failure(let problem): return [problem]
        case .success(let f): filing = f
        }
        switch TestInputs.registry(test, rule: rule, pack: pack) {
        case .failure(let problem): return [problem]
        case .success(let r): registry = r
        }
        let report = engine.check(filing, registry: registry)
        var problems: [LocalizedText] = report.failures.filter { $0.rule == rule.id }.map {
            PackTestMessages.evaluationFailed($0.message)
        }
        var actual = report.findings.filter { $0.rule == rule.id }
        for expected in test.expect {
            let wanted = expected.evidence?.json
            if let k = actual.firstIndex(where: { $0.subject == expected.subject && EvidenceMatch.contains($0.evidence, wanted) }) {
                if let severity = expected.severity, actual[k].severity.rawValue != severity {
                    problems.append(PackTestMessages.wrongSeverity(expected.subject, expected: severity, got: actual[k].severity.rawValue))
                }
                problems += LawExpectation.problems(expected, actual[k], pack: pack)
                actual.remove(at: k)
            } else if let near = actual.first(where: { $0.subject == expected.subject }) {
                problems.append(PackTestMessages.wrongEvidence(
                    expected.subject, expected: EvidenceMatch.text(wanted), got: EvidenceMatch.text(.object(near.evidence))))
                actual.removeAll { $0.subject == expected.subject }
            } else {
                problems.append(PackTestMessages.missingFinding(expected.subject))
            }
        }
        for extra in actual {
            problems.append(PackTestMessages.unexpectedFinding(extra.subject))
        }
        if let wanted = test.outcome, let outcome = report.outcomes.first(where: { $0.rule == rule.id }) {
            let count = wanted == "passed" ? outcome.passed : wanted == "not-applicable" ? outcome.notApplicable : outcome.insufficientData
            if count == 0 {
                problems.append(PackTestMessages.wrongOutcome(wanted, outcome))
            }
        }
        return problems
    }
}

/// Whether actual evidence holds every expected value (a subset match).
enum EvidenceMatch {
    static func contains(_ actual: JSONObject, _ expected: JSONValue?) -> Bool {
        guard case .object(let wanted)? = expected else { return true }
        return wanted.allSatisfy { member in actual[member.key].map { equal($0, member.value) } ?? false }
    }

    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return Tolerance.order(x, y) == 0
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)): return contains(x, .object(y)) && x.count == y.count
        default: return a == b
        }
    }

    static func text(_ v: JSONValue?) -> String {
        v.map { JSONWriter(pretty: false, keyOrder: .insertion).string($0) } ?? "{}"
    }
}
