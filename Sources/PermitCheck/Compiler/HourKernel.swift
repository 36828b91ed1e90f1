/// The columns of one series, borrowed while a loop runs over its elements.
struct HourColumns {
    let values: UnsafeBufferPointer<Double>
    let o2: UnsafeBufferPointer<Double>?
    let flow: UnsafeBufferPointer<Double>?
    let flags: UnsafeBufferPointer<UInt8>
    let unit: Unit
}

/// A number per element, prepared for one series: its unit, and NaN for absent.
struct NumberKernel {
    let unit: Unit
    let at: @Sendable (HourColumns, Int) -> Double
}

/// A truth value per element: 1 true, 0 false, -1 absent (three-valued logic).
typealias TruthKernel = @Sendable (HourColumns, Int) -> Int8

/// Kernels are built per series (units and loop invariants are fixed within
/// one series); building throws when an invariant cannot be evaluated or
/// units do not fit, and the loop then falls back to the general evaluator,
/// so a kernel never changes what a rule means.
typealias NumberKernelBuilder = @Sendable (EvalContext, Unit) throws -> NumberKernel
typealias TruthKernelBuilder = @Sendable (EvalContext, Unit) throws -> TruthKernel

/// Why a kernel could not be prepared for a series.
struct KernelUnavailable: Error {}

extension MonitoringSeries {
    /// Runs `body` with the series' columns borrowed as raw buffers.
    @inline(__always)
    func withColumns<R>(_ body: (HourColumns) throws -> R) rethrows -> R {
        try values.withUnsafeBufferPointer { v in
            try flags.withUnsafeBufferPointer { f in
                try withOptionalBuffer(o2) { o in
                    try withOptionalBuffer(flow) { w in
                        try body(HourColumns(values: v, o2: o, flow: w, flags: f, unit: unit))
                    }
                }
            }
        }
    }
}

@inline(__always)
private func withOptionalBuffer<R>(_ array: [Double]?, _ body: (UnsafeBufferPointer<Double>?) throws -> R) rethrows -> R {
    guard let array else { return try body(nil) }
    return try array.withUnsafeBufferPointer { try body($0) }
}

/// Walks a list of hours series by series: `segment` gets the series index and
/// the element indices of each run of consecutive items from one series.
/// Returns `false` when an item is not an hour (the caller falls back).
@inline(__always)
func forEachSegment(_ items: [Value], _ segment: (Int, ArraySlice<Value>) throws -> Bool) rethrows -> Bool {
    var start = 0
    while start < items.count {
        guard case .object(let first) = items[start], first.kind == .hour else { return false }
        var end = start + 1
        while end < items.count, case .object(let r) = items[end], r.kind == .hour, r.a == first.a { end += 1 }
        if try !segment(Int(first.a), items[start..<end]) { return false }
        start = end
    }
    return true
}

/// Element index of an hour item (the checker guarantees the shape).
@inline(__always)
func hourIndex(_ item: Value) -> Int {
    if case .object(let r) = item { return Int(r.b) }
    return 0
}
