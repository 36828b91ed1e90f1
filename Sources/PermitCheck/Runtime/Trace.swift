/// What a value rests on, recorded while it is computed: the pack parameters
/// it read and the registry lists it consulted that were not loaded.
///
/// The engine keeps one trace per subject (``EvalContext/trace``) and one per
/// named value (`let`) and binding (``EvalContext/slotTraces``); reading a
/// named value adds its trace to the reader's. So a finding's trace is what
/// its condition, evidence and message actually used, along the branches
/// taken: a look-up on a branch never taken is not part of it.
struct Trace: Sendable, Equatable {
    /// The rule's parameter values read, as bits numbered per rule (``ParamTracing``).
    var params: UInt64 = 0
    /// Registry lists consulted while not loaded, by a look-up that cannot
    /// tell "not found" from "not loaded" (`waste_license`, `registry.wasteLicenses`…):
    /// whatever rests on one is insufficient data, never a finding or a pass.
    var unloaded: RegistryLists = []
    /// Registry lists read while not loaded through a field whose `null` says
    /// so (`registry.keyDischargers`): the rule decides, and names the list
    /// when it ends as insufficient data.
    var noted: RegistryLists = []

    @inline(__always) var isEmpty: Bool { params == 0 && unloaded.isEmpty && noted.isEmpty }

    @inline(__always) mutating func formUnion(_ other: Trace) {
        params |= other.params
        unloaded.formUnion(other.unloaded)
        noted.formUnion(other.noted)
    }

    /// The lists whose absence the trace names, decisive or not.
    var missingRegistry: RegistryLists { unloaded.union(noted) }
}

/// Which reads of a rule record themselves in the trace: its bindings' and
/// named values' slots, and its parameters (one bit per scalar parameter, per
/// table row key, and one for a table read whole). Built once per rule at
/// compile time; expressions compiled without one (tests, `dump`) record nothing.
final class ParamTracing: Sendable {
    /// Slots of bindings and named values, whose reads add the slot's trace.
    let slots: Set<Int>
    /// Parameter index → its bit (a table read whole, or a scalar).
    let whole: [Int: Int]
    /// Table parameter index → row key → its bit.
    let rows: [Int: [String: Int]]
    /// Bit → the parameter index and row key it stands for.
    let bits: [(param: Int, key: String?)]

    init(slots: Set<Int>, params: [(index: Int, keys: [String])]) {
        self.slots = slots
        var whole: [Int: Int] = [:], rows: [Int: [String: Int]] = [:], bits: [(Int, String?)] = []
        for p in params where bits.count < 64 {
            whole[p.index] = bits.count
            bits.append((p.index, nil))
            for key in p.keys where bits.count < 64 && rows[p.index]?[key] == nil {
                rows[p.index, default: [:]][key] = bits.count
                bits.append((p.index, key))
            }
        }
        self.whole = whole; self.rows = rows; self.bits = bits
    }

    /// The parameter reads a trace's bits stand for, in bit order.
    func reads(_ mask: UInt64) -> [(param: Int, key: String?)] {
        bits.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { bits[$0] }
    }
}
