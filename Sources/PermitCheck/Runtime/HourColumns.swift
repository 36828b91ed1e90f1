/// The columns of one series, borrowed while a loop runs over its elements.
struct HourColumns {
    let values: UnsafeBufferPointer<Double>
    let o2: UnsafeBufferPointer<Double>?
    let flow: UnsafeBufferPointer<Double>?
    let flags: UnsafeBufferPointer<UInt8>
    let unit: Unit
}

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
