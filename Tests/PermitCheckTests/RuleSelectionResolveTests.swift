import Testing
@testable import PermitCheck

/// `--rule`/`--family` names as a user types them: exact, any case where one
/// id matches, and an unknown one an error naming the nearest.
@Suite struct RuleSelectionResolveTests {
    @Test func idsResolveIgnoringCase() throws {
        let pack = try RulePack.bundled("cn-national")
        #expect(try pack.resolveRule("EL-HOUR").id == "EL-HOUR")
        #expect(try pack.resolveRule("el-hour").id == "EL-HOUR")
        #expect(try pack.resolveFamily("Emission-Limits") == "emission-limits")
        let selection = try RuleSelection(rules: ["el-hour"], families: ["EMISSION-LIMITS"]).resolved(in: pack)
        #expect(selection == RuleSelection(rules: ["EL-HOUR"], families: ["emission-limits"]))
        #expect(Set(pack.families).count == pack.families.count)
        #expect(Set(pack.families) == Set(pack.rules.map(\.family)))
    }

    @Test func unknownNamesSuggestTheNearest() throws {
        let pack = try RulePack.bundled("cn-national")
        #expect(throws: UnknownSelection.self) { try pack.resolveRule("EL-HOR") }
        do {
            _ = try pack.resolveRule("EL-HOR")
        } catch {
            #expect(error.kind == .rule && error.suggestion == "EL-HOUR")
            #expect(error.message.en.contains("did you mean EL-HOUR?"))
            #expect(error.message.zh.contains("是否应为 EL-HOUR？"))
        }
        do {
            _ = try RuleSelection(families: ["emision-limits"]).resolved(in: pack)
            Issue.record("an unknown family resolved")
        } catch {
            #expect(error.kind == .family && error.suggestion == "emission-limits")
            #expect(error.message.en.contains("families: "))
        }
        do {
            _ = try pack.resolveRule("ZZZZZZZZ")
        } catch {
            #expect(error.suggestion == nil)
            #expect(error.message.en.contains("rules list"))
        }
    }

    /// Two ids equal ignoring case cannot be told apart: ask for the exact one.
    @Test func ambiguousIdsAreNotGuessed() throws {
        let pack = try RulePack.bundled("cn-national")
        // Rule ids are upper case by the pack grammar, so the clash is built by hand.
        let error = UnknownSelection(kind: .rule, name: "el-hour", suggestion: nil, ambiguous: ["EL-HOUR", "El-Hour"], families: [], pack: pack.reference)
        #expect(error.message.en.contains("ambiguous") && error.message.en.contains("EL-HOUR, El-Hour"))
    }
}
