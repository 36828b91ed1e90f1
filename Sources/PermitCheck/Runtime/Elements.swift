/// The elements of a list value, whichever way it is stored: general values,
/// or packed series elements (``Value/hours(_:)``), read as `.object` hours.
struct Elements: RandomAccessCollection {
    enum Storage {
        case values([Value])
        case hours([UInt64])
    }

    let storage: Storage

    var startIndex: Int { 0 }
    var endIndex: Int {
        switch storage {
        case .values(let v): return v.count
        case .hours(let h): return h.count
        }
    }

    subscript(position: Int) -> Value {
        switch storage {
        case .values(let v): return v[position]
        case .hours(let h): return .object(HourPacking.ref(h[position]))
        }
    }

    /// The elements at `kept` (ascending positions), stored as this list is.
    func subset(_ kept: [Int]) -> Value {
        switch storage {
        case .values(let v): return .list(kept.map { v[$0] })
        case .hours(let h): return .hours(kept.map { h[$0] })
        }
    }

    /// All elements as values (the slow path, for rare consumers).
    var values: [Value] {
        switch storage {
        case .values(let v): return v
        case .hours(let h): return h.map { .object(HourPacking.ref($0)) }
        }
    }
}

/// Packing of series elements: `series << 32 | index`.
enum HourPacking {
    @inline(__always) static func pack(_ series: Int, _ index: Int) -> UInt64 { UInt64(series) << 32 | UInt64(UInt32(truncatingIfNeeded: index)) }
    @inline(__always) static func series(_ p: UInt64) -> Int { Int(p >> 32) }
    @inline(__always) static func index(_ p: UInt64) -> Int { Int(p & 0xFFFF_FFFF) }
    @inline(__always) static func ref(_ p: UInt64) -> ObjectRef { ObjectRef(.hour, series(p), index(p)) }
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
