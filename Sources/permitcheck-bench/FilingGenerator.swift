/// Deterministic filings shaped like real quarterly filings: 4 air outlets ×
/// 3 pollutants, 2,208 hourly values each with `o2`, `flow` and `flags`.
struct FilingGenerator {
    /// SplitMix64: tiny, seedable, the same sequence on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    var random: Random
    let hours = 2208

    init(seed: UInt64) { random = Random(state: seed) }

    /// One filing as JSON text.
    mutating func filing(index: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(600_000)
        out += Array("""
        {"schema":"permitcheck/filing-v1","id":"2025Q3-BENCH-\(index)","kind":"quarterly-report",
        "period":{"from":"2025-07-01","to":"2025-09-30"},"submittedAt":"2025-10-14T10:20:00+08:00",
        "enterprise":{"uscc":"91420100XXXXXXXXXX","name":"武汉某钢铁有限公司","industry":"3110","region":"420107","keyArea":true},
        "permit":{"number":"91420100XXXXXXXXXX001P","class":"key","validFrom":"2023-01-01","validTo":"2027-12-31","outlets":[
        """.utf8)
        let pollutants = [("PM", 10, 40), ("SO2", 35, 150), ("NOx", 50, 300)]
        for outlet in 1...4 {
            if outlet > 1 { out.append(UInt8(ascii: ",")) }
            out += Array("{\"id\":\"DA00\(outlet)\",\"name\":\"\(outlet)#烧结机机头\",\"medium\":\"air\",\"category\":\"main\",\"process\":\"sintering-head\",\"referenceO2\":16,\"limits\":[".utf8)
            out += Array(pollutants.map { "{\"pollutant\":\"\($0.0)\",\"value\":\($0.1),\"unit\":\"mg/m3\",\"averaging\":\"hour\"}" }
                .joined(separator: ",").utf8)
            out += Array("]}".utf8)
        }
        out += Array("],\"annualCaps\":[{\"pollutant\":\"SO2\",\"value\":420.0,\"unit\":\"t\"}]},\n\"monitoring\":[\n".utf8)
        var first = true
        for outlet in 1...4 {
            for (name, _, typical) in pollutants {
                if !first { out += Array(",\n".utf8) }
                first = false
                series(outlet: outlet, pollutant: name, typical: typical, into: &out)
            }
        }
        out += Array("]}\n".utf8)
        return out
    }

    private mutating func series(outlet: Int, pollutant: String, typical: Int, into out: inout [UInt8]) {
        out += Array("{\"outlet\":\"DA00\(outlet)\",\"pollutant\":\"\(pollutant)\",\"unit\":\"mg/m3\",\"start\":\"2025-07-01T00:00:00+08:00\",\"interval\":\"PT1H\",\n\"values\":[".utf8)
        var missing = [Bool](repeating: false, count: hours)
        for i in 0..<hours { missing[i] = random.below(100) == 0 }
        column(missing, into: &out) { r, o in Self.tenths(typical * 4 + r.below(typical * 4), into: &o) }
        out += Array("],\n\"o2\":[".utf8)
        column(missing, into: &out) { r, o in Self.tenths(140 + r.below(35), into: &o) }
        out += Array("],\n\"flow\":[".utf8)
        column(missing, into: &out) { r, o in out2(800_000 + r.below(300) * 100, &o) }
        out += Array("],\n\"flags\":\"".utf8)
        for i in 0..<hours { out.append(missing[i] ? UInt8(ascii: "F") : random.below(50) == 0 ? UInt8(ascii: "M") : UInt8(ascii: "N")) }
        out += Array("\"}".utf8)
    }

    private mutating func column(_ missing: [Bool], into out: inout [UInt8], _ value: (inout Random, inout [UInt8]) -> Void) {
        for i in 0..<hours {
            if i > 0 { out += Array(", ".utf8) }
            if missing[i] { out += Array("null".utf8) } else { value(&random, &out) }
        }
    }

    /// `n / 10` with one decimal (`38.2`, `41.0`).
    static func tenths(_ n: Int, into out: inout [UInt8]) {
        out2(n / 10, &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }
}

/// Appends a non-negative integer in decimal.
func out2(_ n: Int, _ out: inout [UInt8]) { out += Array(String(n).utf8) }
