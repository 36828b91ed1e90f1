/// A horizontal bar chart as inline SVG, for the HTML report's summary.
///
/// Horizontal because labels are enterprise names and rule families, which
/// are long. Bars may be stacked from coloured segments (findings of an
/// enterprise by severity). Output depends only on the input, and every
/// label is escaped.
struct SVGBarChart {
    /// One coloured part of a bar.
    struct Segment {
        var value: Double
        var color: String
        /// Tooltip text.
        var label: String
    }

    /// One row: its label and its segments, left to right.
    struct Bar {
        var label: String
        var segments: [Segment]
        var total: Double { segments.reduce(0) { $0 + $1.value } }
    }

    var title: String
    var bars: [Bar]
    /// Shown instead of bars when there are none.
    var emptyText: String
    var width = 500

    private let labelWidth = 210.0, rowHeight = 24.0, top = 30.0, valueWidth = 50.0

    init(title: String, bars: [Bar], emptyText: String) {
        self.title = title; self.bars = bars; self.emptyText = emptyText
    }

    func render() -> String {
        let rows = max(bars.count, 1)
        let height = top + Double(rows) * rowHeight + 8
        var svg = "<svg class=\"chart\" width=\"\(width)\" height=\"\(SVGNumber.text(height))\""
        svg += " viewBox=\"0 0 \(width) \(SVGNumber.text(height))\" role=\"img\" aria-label=\"\(Markup.escape(title))\">"
        svg += "<title>\(Markup.escape(title))</title>"
        svg += "<text x=\"0\" y=\"18\" class=\"chart-title\">\(Markup.escape(title))</text>"
        guard !bars.isEmpty else {
            return svg + "<text x=\"\(labelWidth)\" y=\"\(SVGNumber.text(top + 16))\" class=\"muted\">\(Markup.escape(emptyText))</text></svg>"
        }
        let plot = Double(width) - labelWidth - valueWidth
        let largest = max(bars.map(\.total).max() ?? 1, 1)
        for (k, bar) in bars.enumerated() {
            let y = top + Double(k) * rowHeight
            svg += "<text x=\"\(SVGNumber.text(labelWidth - 8))\" y=\"\(SVGNumber.text(y + 16))\" text-anchor=\"end\">"
            svg += "<title>\(Markup.escape(bar.label))</title>\(Markup.escape(Self.shortened(bar.label)))</text>"
            var x = labelWidth
            for segment in bar.segments where segment.value > 0 {
                let w = segment.value / largest * plot
                svg += "<rect x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(y + 4))\" width=\"\(SVGNumber.text(w))\" height=\"16\""
                svg += " fill=\"\(segment.color)\"><title>\(Markup.escape(segment.label))</title></rect>"
                x += w
            }
            svg += "<text x=\"\(SVGNumber.text(x + 6))\" y=\"\(SVGNumber.text(y + 16))\">\(SVGNumber.text(bar.total))</text>"
        }
        return svg + "</svg>"
    }

    /// At most 32 columns, a CJK character counting two (what the 210-pixel
    /// label column holds at 12 px); the full label stays in the tooltip.
    static func shortened(_ label: String) -> String {
        var columns = 0, out = ""
        for ch in label {
            let w = ch.unicodeScalars.first.map { $0.value >= 0x1100 ? 2 : 1 } ?? 1
            if columns + w > 31 { return out + "…" }
            columns += w
            out.append(ch)
        }
        return out
    }
}

/// Coordinates for SVG: at most one decimal, no exponent, `-0` as `0`.
enum SVGNumber {
    static func text(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return NumberFormat.plain(rounded == 0 ? 0 : rounded)
    }
}
