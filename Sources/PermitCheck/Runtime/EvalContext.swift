/// Everything one evaluation of a compiled pack against one filing reads and
/// writes: the filing, the registry, parameter values and local slots.
///
/// One context per filing and thread; never shared. Look-up indexes (series by
/// outlet and pollutant, outlets by id) are built once per filing on first use.
final class EvalContext {
    let filing: Filing
    let registry: Registry
    /// Parameter values for the rule being run: constants, and dated ones
    /// resolved on the rule's reference date. Raw storage like `slots`.
    let params: UnsafeMutablePointer<Value>
    private let paramCount: Int
    /// Local slots, read and written by compiled closures on every element of
    /// every series loop: raw storage, so no dynamic exclusivity check runs per access.
    let slots: UnsafeMutablePointer<Value>
    /// Whether a hoisted loop-invariant value in the slot of the same index is
    /// computed for the current loop (see `Compiler+Hoisting`).
    let memoized: UnsafeMutablePointer<Bool>
    private let slotCount: Int
    /// The act date in scope (a day number) while a comprehension over dated
    /// elements runs its body in an hour or window rule; `nil` elsewhere
    /// (`Compiler+DatedReads.swift`).
    var actDay: Int?
    /// What the subject being evaluated rests on so far (``Trace``).
    var trace = Trace()
    /// The trace of each binding's and named value's slot, added to ``trace`` when it is read.
    let slotTraces: UnsafeMutablePointer<Trace>

    private var seriesIndex: [SeriesKey: [Int]]?
    private var outletIndex: [String: Int]?

    init(filing: Filing, registry: Registry, params: [Value], slotCount: Int) {
        self.filing = filing
        self.registry = registry
        paramCount = max(1, params.count)
        self.params = .allocate(capacity: paramCount)
        self.params.initialize(repeating: .null, count: paramCount)
        for (k, v) in params.enumerated() { self.params[k] = v }
        self.slotCount = max(1, slotCount)
        slots = .allocate(capacity: self.slotCount)
        slots.initialize(repeating: .null, count: self.slotCount)
        memoized = .allocate(capacity: self.slotCount)
        memoized.initialize(repeating: false, count: self.slotCount)
        slotTraces = .allocate(capacity: self.slotCount)
        slotTraces.initialize(repeating: Trace(), count: self.slotCount)
    }

    /// Records a look-up in registry list `list`: `false` when it was not
    /// loaded (the look-up must answer nothing, and what rests on it is insufficient data).
    @inline(__always) func consult(_ list: RegistryLists) -> Bool {
        if registry.loaded.contains(list) { return true }
        trace.unloaded.insert(list)
        return false
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
        memoized.deallocate()
        slotTraces.deinitialize(count: slotCount)
        slotTraces.deallocate()
        params.deinitialize(count: paramCount)
        params.deallocate()
    }

    /// Indices of `monitoring` entries for an outlet and pollutant, in filing order.
    func series(outlet: String, pollutant: String) -> [Int] {
        if seriesIndex == nil {
            var index: [SeriesKey: [Int]] = [:]
            for (k, s) in filing.monitoring.enumerated() { index[SeriesKey(outlet: s.outlet, pollutant: s.pollutant), default: []].append(k) }
            seriesIndex = index
        }
        return seriesIndex?[SeriesKey(outlet: outlet, pollutant: pollutant)] ?? []
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

/// Outlet and pollutant of a series, the key of the series index.
struct SeriesKey: Hashable {
    let outlet: String
    let pollutant: String
}

/// A compiled expression: a closure tree built once, run many times.
typealias Evaluator = @Sendable (EvalContext) throws -> Value
