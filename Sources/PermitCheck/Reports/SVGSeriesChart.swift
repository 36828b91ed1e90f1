/// A line chart of one hourly series with a limit line, as inline SVG, for
/// exceedance findings in the HTML report.
///
/// A quarter of hourly data is about 2,200 points; drawing every one bloats
/// the report, and plain decimation would drop the very peaks a finding is
/// about. So the series is cut into at most `buckets` buckets and each keeps
/// its minimum and its maximum, in time order (≤ 2 × buckets points): every
/// peak stays visible. NaN (no valid value) breaks the line.
struct SVGSeriesChart {
    var title: String
    /// The values, NaN where there is none.
    var values: [Double]
    var start: Timestamp
    var intervalSeconds: Double
    /// The limit in the values' unit, drawn as a horizontal line.
    var limit: Double?
    var limitLabel: String
    var unit: String
    var buckets = 300
    var width = 760.0, height = 220.0

    private let left = 52.0, right = 12.0, top = 42.0, bottom = 24.0

    func render() -> String {
        let points = Self.downsample(values, buckets: buckets)
        let finite = points.compactMap { $0?.value }
        let ceiling = Self.niceCeiling(max(finite.max() ?? 0, limit ?? 0) * 1.1)
        let plotW = width - left - right, plotH = height - top - bottom
        let last = Double(max(values.count - 1, 1))
        func x(_ i: Int) -> Double { left + Double(i) / last * plotW }
        func y(_ v: Double) -> Double { top + plotH - v / ceiling * plotH }

        var svg = "<svg class=\"chart series\" width=\"\(SVGNumber.text(width))\""
        svg += " height=\"\(SVGNumber.text(height))\" viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\""
        svg += " role=\"img\" aria-label=\"\(Markup.escape(title))\"><title>\(Markup.escape(title))</title>"
        svg += "<text x=\"0\" y=\"16\" class=\"chart-title\">\(Markup.escape(title))</text>"
        for k in 0...4 {
            let v = ceiling * Double(k) / 4
            svg += "<line x1=\"\(SVGNumber.text(left))\" x2=\"\(SVGNumber.text(width - right))\" y1=\"\(SVGNumber.text(y(v)))\""
            svg += " y2=\"\(SVGNumber.text(y(v)))\" class=\"grid\"/>"
            svg += "<text x=\"\(SVGNumber.text(left - 4))\" y=\"\(SVGNumber.text(y(v) + 4))\" text-anchor=\"end\" class=\"tick\">"
            svg += "\(NumberFormat.rounded(v, digits: 2))</text>"
        }
        svg += "<text x=\"\(SVGNumber.text(left - 4))\" y=\"\(SVGNumber.text(top - 14))\" text-anchor=\"end\" class=\"tick\">\(Markup.escape(unit))</text>"
        var path = "", pen = false
        for point in points {
            guard let p = point else { pen = false; continue }
            path += (pen ? "L" : "M") + "\(SVGNumber.text(x(p.index))) \(SVGNumber.text(y(p.value)))"
            pen = true
        }
        svg += "<path d=\"\(path)\" class=\"line\"/>"
        if let limit {
            svg += "<line x1=\"\(SVGNumber.text(left))\" x2=\"\(SVGNumber.text(width - right))\" y1=\"\(SVGNumber.text(y(limit)))\""
            svg += " y2=\"\(SVGNumber.text(y(limit)))\" class=\"limit\"/>"
            svg += "<text x=\"\(SVGNumber.text(width - right))\" y=\"\(SVGNumber.text(y(limit) - 4))\" text-anchor=\"end\" class=\"limit-label\">"
            svg += "\(Markup.escape(limitLabel))</text>"
            for p in points.compactMap({ $0 }) where p.value > limit {
                svg += "<circle cx=\"\(SVGNumber.text(x(p.index)))\" cy=\"\(SVGNumber.text(y(p.value)))\" r=\"2.5\" class=\"over\"/>"
            }
        }
        for (k, anchor) in [(0, "start"), (values.count / 2, "middle"), (max(values.count - 1, 0), "end")] {
            let day = String(start.adding(seconds: Double(k) * intervalSeconds).description.prefix(10))
            svg += "<text x=\"\(SVGNumber.text(x(k)))\" y=\"\(SVGNumber.text(height - 6))\" text-anchor=\"\(anchor)\" class=\"tick\">\(day)</text>"
        }
        return svg + "</svg>"
    }

    /// Min and max of each bucket in time order; `nil` for a bucket without
    /// a finite value (a gap in the line).
    static func downsample(_ values: [Double], buckets: Int) -> [(index: Int, value: Double)?] {
        guard values.count > 2 * buckets else {
            return values.enumerated().map { $0.element.isFinite ? ($0.offset, $0.element) : nil }
        }
        var out: [(index: Int, value: Double)?] = []
        for b in 0..<buckets {
            let range = (b * values.count / buckets)..<((b + 1) * values.count / buckets)
            var lo: (index: Int, value: Double)?, hi: (index: Int, value: Double)?
            for i in range where values[i].isFinite {
                if lo.map({ values[i] < $0.value }) ?? true { lo = (i, values[i]) }
                if hi.map({ values[i] > $0.value }) ?? true { hi = (i, values[i]) }
            }
            guard let lo, let hi else { out.append(nil); continue }
            if lo.index == hi.index { out.append(lo) } else if lo.index < hi.index { out += [lo, hi] } else { out += [hi, lo] }
        }
        return out
    }

    /// The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value` (axis top).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }
}
