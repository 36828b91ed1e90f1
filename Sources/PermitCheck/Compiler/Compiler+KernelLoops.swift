/// Loops over hours that run an hour kernel per series segment. Each returns
/// `nil` when the kernel cannot be used for this list (an item that is not an
/// hour, or a kernel that cannot be prepared), and the general loop runs instead.
extension Compiler {
    typealias KernelLoop = @Sendable (Elements, EvalContext) throws -> Value?

    func kernelLoop(_ name: String, _ body: Expr, _ slot: Int) -> KernelLoop? {
        switch name {
        case "filter", "count", "exists", "any", "none", "all", "first":
            guard let build = truthKernel(body, slot) else { return nil }
            return truthLoop(name, build)
        case "sum", "min", "max", "avg":
            guard let build = numberKernel(body, slot) else { return nil }
            var emptyUnit = Unit.one
            if case .number(let d?) = checked.types[body.id]?.unwrapped { emptyUnit = d.baseUnit }
            let unit = emptyUnit
            return { elements, c in
                guard let items = elements.packedHours else { return nil }
                var total = Accumulator(name)
                let ok = try Compiler.segments(items, c, build) { s, k, slice in
                    let at = k.at
                    for p in slice {
                        let v = at(s, HourPacking.index(p))
                        if !v.isNaN { try total.add(v, k.unit) }
                    }
                    return true
                }
                return ok ? total.result(emptyUnit: unit) : nil
            }
        default:
            return nil
        }
    }

    func truthLoop(_ name: String, _ build: @escaping TruthKernelBuilder) -> KernelLoop {
        { elements, c in
            guard let items = elements.packedHours else { return nil }
            var kept: [UInt64] = []
            var count = 0
            var found: Value?
            let ok = try Compiler.segments(items, c, build) { s, test, slice in
                for p in slice {
                    let t = test(s, HourPacking.index(p))
                    switch name {
                    case "filter": if t == 1 { kept.append(p) }
                    case "count": if t == 1 { count += 1 }
                    case "all": if t != 1 { found = .bool(false); return false }
                    case "first": if t == 1 { found = .object(HourPacking.ref(p)); return false }
                    default: if t == 1 { found = .bool(name != "none"); return false }
                    }
                }
                return true
            }
            if let found { return found }
            guard ok else { return nil }
            switch name {
            case "filter": return .hours(kept)
            case "count": return .number(Double(count))
            case "all": return .bool(true)
            case "first": return .null
            default: return .bool(name == "none")
            }
        }
    }

    /// Prepares the kernel for each series segment and runs `body` on it;
    /// `body` returns `false` to stop early. Returns `false` when the list is
    /// not all hours or a kernel cannot be prepared (nothing is kept then).
    static func segments<K>(
        _ items: [UInt64], _ c: EvalContext, _ build: (EvalContext, Unit) throws -> K,
        _ body: (HourColumns, K, ArraySlice<UInt64>) throws -> Bool
    ) throws -> Bool {
        var stopped = false
        var prepared = true
        try forEachSegment(items) { k, slice in
            let series = c.filing.monitoring[k]
            let kernel: K
            do { kernel = try build(c, series.unit) } catch is KernelUnavailable { prepared = false; return false }
            let go = try series.withColumns { try body($0, kernel, slice) }
            if !go { stopped = true }
            return go
        }
        return stopped || prepared
    }
}
