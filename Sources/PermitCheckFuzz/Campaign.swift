import Foundation

/// A bounded run of one target: seeds first, then mutants, until an input
/// count or a time budget is reached. Inputs that break an invariant are
/// kept with their bytes, to be saved as regression cases.
public struct Campaign: Sendable {
    public struct Failure: Sendable {
        public var input: [UInt8]
        public var message: String
        /// 0-based number of the input in the campaign (seeds first).
        public var number: Int
    }

    public struct Result: Sendable {
        public var target: FuzzTarget
        public var inputs = 0
        public var seeds = 0
        public var failures: [Failure] = []
        public var seconds = 0.0
    }

    public var target: FuzzTarget
    public var seeds: [[UInt8]]
    public var seed: UInt64 = 1
    public var maxInputs = Int.max
    public var maxSeconds = 10.0
    /// Called with each input before it runs, e.g. to keep it on disk so
    /// that an input that traps is not lost.
    public var before: (@Sendable ([UInt8]) -> Void)?

    public init(target: FuzzTarget, seeds: [[UInt8]]) {
        self.target = target
        self.seeds = seeds.isEmpty ? [[]] : seeds
    }

    public func run() -> Result {
        var result = Result(target: target)
        var mutator = Mutator(seed: seed)
        let start = Date()
        func one(_ input: [UInt8]) {
            before?(input)
            if let message = target.run(input) {
                result.failures.append(Failure(input: input, message: message, number: result.inputs))
            }
            result.inputs += 1
        }
        for s in seeds where result.inputs < maxInputs { one(s) }
        result.seeds = result.inputs
        // Mutants of mutants too: a quarter of the time, of an input that itself was a mutant.
        var recent: [UInt8] = seeds[0]
        while result.inputs < maxInputs, Date().timeIntervalSince(start) < maxSeconds {
            let base = mutator.below(4) == 0 ? recent : seeds[mutator.below(seeds.count)]
            let mutant = mutator.mutate(base, other: seeds[mutator.below(seeds.count)])
            one(mutant)
            recent = mutant
        }
        result.seconds = Date().timeIntervalSince(start)
        return result
    }
}
