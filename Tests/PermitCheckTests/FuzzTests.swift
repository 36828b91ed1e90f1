import Foundation
import Testing
import PermitCheckFuzz

/// The short fuzzing run of CI: every seed and every kept regression input
/// of each target, then a bounded campaign of mutants (fixed seed, so a
/// failure here is reproduced by `swift run permitcheck-fuzz TARGET --seed 1`).
/// Long runs: `scripts/fuzz.sh` (libFuzzer) or `permitcheck-fuzz --seconds`.
@Suite(.serialized) struct FuzzTests {
    /// Seconds of mutants per target in the suite.
    static let budget = 12.0

    @Test(arguments: FuzzTarget.allCases)
    func seedsAndRegressionsKeepTheInvariants(_ target: FuzzTarget) {
        let seeds = FuzzCorpus.seeds(target, repository: TestFiles.repository, maxBytes: 1 << 20)
        #expect(seeds.count >= (target == .mergePatch ? 10 : 3), "\(target.rawValue) has a seed corpus")
        for (i, seed) in seeds.enumerated() {
            #expect(target.run(seed) == nil, "\(target.rawValue) seed \(i)")
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func boundedCampaignFindsNothing(_ target: FuzzTarget) {
        var campaign = Campaign(target: target, seeds: FuzzCorpus.seeds(target, repository: TestFiles.repository))
        campaign.maxSeconds = Self.budget
        let result = campaign.run()
        #expect(result.inputs > result.seeds + 100, "\(target.rawValue): \(result.inputs) inputs in \(result.seconds) s")
        for f in result.failures.prefix(5) {
            Issue.record("\(target.rawValue) input #\(f.number): \(f.message)\n\(String(decoding: f.input.prefix(300), as: UTF8.self))")
        }
        print("fuzz \(target.rawValue): \(result.inputs) inputs (\(result.seeds) seeds) in \(String(format: "%.1f", result.seconds)) s")
    }

    /// The mutator is deterministic: the same seed gives the same inputs.
    @Test func mutatorIsDeterministic() {
        var a = Mutator(seed: 7), b = Mutator(seed: 7)
        let base = Array(#"{"a": [1, 2, {"b": null}]}"#.utf8)
        for _ in 0..<200 { #expect(a.mutate(base, other: base) == b.mutate(base, other: base)) }
    }
}
