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

/// Walks packed hours series by series: `segment` gets the series index and
/// each run of consecutive items from one series; it returns `false` to stop.
@inline(__always)
func forEachSegment(_ items: [UInt64], _ segment: (Int, ArraySlice<UInt64>) throws -> Bool) rethrows {
    var start = 0
    while start < items.count {
        let k = HourPacking.series(items[start])
        var end = start + 1
        while end < items.count, HourPacking.series(items[end]) == k { end += 1 }
        if try !segment(k, items[start..<end]) { return }
        start = end
    }
}

extension Elements {
    /// The elements as packed hours, or `nil` when one is not an hour.
    var packedHours: [UInt64]? {
        switch storage {
        case .hours(let h): return h
        case .values(let v):
            var out: [UInt64] = []
            out.reserveCapacity(v.count)
            for item in v {
                guard case .object(let r) = item, r.kind == .hour else { return nil }
                out.append(HourPacking.pack(Int(r.a), Int(r.b)))
            }
            return out
        }
    }
}
