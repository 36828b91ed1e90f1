import PermitCheck

/// The decode benchmark's filings: four sintering heads × PM, SO2, NOx,
/// 2,208 hourly values each with `o2`, `flow` and `flags` (about 1 % `F`
/// with nulls, 2 % `M`), uniform noise. Cruder than the archetypes on
/// purpose — the bench measures parsing, and this shape has been its
/// baseline — but generated with the same PRNG and JSON writer as the examples.
public struct BenchFilings: Sendable {
    var random: SplitMix64
    public let hours = QuarterClock.hours

    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// Filing `index` as a document.
    public mutating func filing(index: Int) -> JSONValue {
        let pollutants: [(name: String, limit: Double, typical: Int)] = [("PM", 10, 40), ("SO2", 35, 150), ("NOx", 50, 300)]
        let party = Party(Parties.steel.uscc, "武汉某钢铁有限公司")
        let outlets = (1...4).map { n in
            Part.outlet("DA00\(n)", "\(n)#烧结机机头", category: "main", process: "sintering-head", referenceO2: 16,
                        limits: pollutants.map { Part.limit($0.name, $0.limit) })
        }
        var monitoring: [JSONValue] = []
        for n in 1...4 {
            for pollutant in pollutants { monitoring.append(series(outlet: "DA00\(n)", pollutant.name, typical: pollutant.typical)) }
        }
        return [
            "schema": "permitcheck/filing-v1", "id": .string("2025Q3-BENCH-\(index)"), "kind": "quarterly-report",
            "period": ["from": .string(QuarterClock.periodFrom), "to": .string(QuarterClock.periodTo)],
            "submittedAt": "2025-10-14T10:20:00+08:00",
            "enterprise": Part.enterprise(party, industry: "3110", region: Region.qingshan, keyArea: true),
            "permit": Part.permit(party, class: "key", validFrom: "2023-01-01", validTo: "2027-12-31",
                                  outlets: outlets, annualCaps: [Part.cap("SO2", 420)]),
            "monitoring": .array(monitoring),
        ]
    }

    private mutating func series(outlet: String, _ pollutant: String, typical: Int) -> JSONValue {
        let stopped = (0..<hours).map { _ in random.below(100) == 0 }
        func column(_ value: (inout SplitMix64) -> Double) -> JSONValue {
            .array((0..<hours).map { stopped[$0] ? .null : .number(value(&random)) })
        }
        let values = column { Double(typical * 4 + $0.below(typical * 4)) / 10 }
        let o2 = column { Double(140 + $0.below(35)) / 10 }
        let flow = column { Double(800_000 + $0.below(300) * 100) }
        let flags = (0..<hours).map { stopped[$0] ? "F" : random.below(50) == 0 ? "M" : "N" }.joined()
        return ["outlet": .string(outlet), "pollutant": .string(pollutant), "unit": "mg/m3",
                "start": .string(QuarterClock.seriesStart), "interval": "PT1H",
                "values": values, "o2": o2, "flow": flow, "flags": .string(flags)]
    }
}
