/// Finds the series behind an exceedance finding and draws it against its
/// limit, for the HTML report.
///
/// A finding is an exceedance when its subject is a permit limit
/// (`/permit/outlets/i/limits/j`: EL-HOUR, EL-DAY and any local rule about a
/// limit), or a claimed ultra-low source with a `pollutant` in its evidence
/// (UL-RATE), whose limit is the pack's `uleLimits` row for the outlet's
/// process. Values are O2-corrected when the outlet has a `referenceO2` and
/// the series carries O2, else measured; elements flagged other than `N`
/// are left out, as the rules leave them out.
enum ExceedanceChart {
    /// The chart's SVG, or `nil` when the finding is not about a series.
    static func svg(for finding: Finding, in filing: Filing, pack: CompiledPack, language: Language) -> String? {
        guard let target = target(of: finding, in: filing, pack: pack) else { return nil }
        let candidates = filing.monitoring.filter { $0.outlet == target.outlet.id && $0.pollutant == target.pollutant }
        guard let series = candidates.first(where: { $0.interval == .hour }) ?? candidates.first else { return nil }
        var values = series.values
        for i in values.indices where series.flags[i] != DataFlag.normal { values[i] = .nan }
        var mode = ReportLabel.measured.text(language)
        if let reference = target.outlet.referenceO2, let o2 = series.o2 {
            for i in values.indices { values[i] = OxygenCorrection.corrected(values[i], o2: o2[i], reference: reference) }
            mode = ReportLabel.corrected(to: reference).text(language)
        }
        let limit = target.limit.flatMap { q in q.unit.conversion(to: series.unit).map { q.value * $0 } }
        let averaging = ReportLabel.averaging(target.averaging).text(language)
        let limitText = limit.map { "\(ReportLabel.limit.text(language)) \(NumberFormat.rounded($0)) \(series.unit.symbol)\(averaging)" } ?? ""
        let chart = SVGSeriesChart(
            title: "\(target.outlet.id) \(target.pollutant) · \(mode)", values: values, start: series.start,
            intervalSeconds: series.interval.seconds, limit: limit, limitLabel: limitText, unit: series.unit.symbol)
        return chart.render()
    }

    /// The outlet, pollutant and limit a finding is about.
    static func target(of finding: Finding, in filing: Filing, pack: CompiledPack) -> (outlet: Outlet, pollutant: String, limit: Quantity?, averaging: Averaging)? {
        let path = finding.subject.split(separator: "/").map(String.init)
        if path.count == 5, path[0] == "permit", path[1] == "outlets", path[3] == "limits",
           let i = Int(path[2]), let j = Int(path[4]), filing.permit.outlets.indices.contains(i),
           filing.permit.outlets[i].limits.indices.contains(j) {
            let outlet = filing.permit.outlets[i], limit = outlet.limits[j]
            return (outlet, limit.pollutant, limit.quantity, limit.averaging)
        }
        if path.count == 3, path[0] == "ultraLowEmission", path[1] == "sources", let k = Int(path[2]),
           let sources = filing.ultraLowEmission?.sources, sources.indices.contains(k),
           let outlet = filing.permit.outlets.first(where: { $0.id == sources[k] }),
           case .string(let pollutant)? = finding[evidence: "pollutant"] {
            return (outlet, pollutant, uleLimit(pack, process: outlet.process, pollutant: pollutant), .hour)
        }
        return nil
    }

    /// `params.uleLimits[process][pollutant]`, when the pack has that table.
    static func uleLimit(_ pack: CompiledPack, process: String?, pollutant: String) -> Quantity? {
        guard let process, let k = pack.parameters.firstIndex(where: { $0.name == "uleLimits" }), pack.paramValues.indices.contains(k),
              case .table(let rows) = pack.paramValues[k], case .table(let row)? = rows[process],
              case .quantity(let value, let unit)? = row[pollutant]
        else { return nil }
        return Quantity(value, unit)
    }
}
