/// Everything one evaluation of a compiled pack against one filing reads and
/// writes: the filing, the registry, parameter values and local slots.
///
/// One context per filing and thread; never shared. Look-up indexes (series by
/// outlet and pollutant, outlets by id) are built once per filing on first use.
final class EvalContext {
    let filing: Filing
    let registry: Registry
    let params: [Value]
    var slots: [Value]

    private var seriesIndex: [String: [Int]]?
    private var outletIndex: [String: Int]?

    init(filing: Filing, registry: Registry, params: [Value], slotCount: Int) {
        self.filing = filing
        self.registry = registry
        self.params = params
        self.slots = [Value](repeating: .null, count: slotCount)
    }

    /// Indices of `monitoring` entries for an outlet and pollutant, in filing order.
    func series(outlet: String, pollutant: String) -> [Int] {
        if seriesIndex == nil {
            var index: [String: [Int]] = [:]
            for (k, s) in filing.monitoring.enumerated() { index[s.outlet + "\u{1F}" + s.pollutant, default: []].append(k) }
            seriesIndex = index
        }
        return seriesIndex?[outlet + "\u{1F}" + pollutant] ?? []
    }

    /// Index of the permit outlet with `id`, if any (the first when ids repeat).
    func outlet(id: String) -> Int? {
        if outletIndex == nil {
            var index: [String: Int] = [:]
            for (k, o) in filing.permit.outlets.enumerated() where index[o.id] == nil { index[o.id] = k }
            outletIndex = index
        }
        return outletIndex?[id]
    }
}

/// A compiled expression: a closure tree built once, run many times.
typealias Evaluator = @Sendable (EvalContext) throws -> Value
