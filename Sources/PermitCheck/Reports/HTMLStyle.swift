/// The HTML report's inline style sheet and severity colours (one palette
/// for badges, bars and borders so that a colour means one severity).
enum HTMLStyle {
    static func colour(_ s: Severity) -> String {
        switch s {
        case .critical: return "#7f1d1d"
        case .high: return "#dc2626"
        case .medium: return "#d97706"
        case .low: return "#2563eb"
        case .info: return "#6b7280"
        }
    }

    static let neutral = "#475569"

    /// Text faces, Latin first (so digits and Latin letters keep their shapes),
    /// then the CJK faces of each platform: PingFang and Hiragino (macOS),
    /// Microsoft YaHei (Windows), Noto Sans CJK / Source Han Sans (Linux:
    /// Debian `fonts-noto-cjk`), WenQuanYi as a last Linux fallback.
    static let textFonts = #"system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif"#

    /// Faces for rule ids, pointers and codes: monospaced faces whose zero is
    /// slashed or dotted, so `DQ-O2` never reads as `DQ-02` (SF Mono, Menlo,
    /// Consolas, Cascadia, JetBrains Mono, Source Code Pro, DejaVu Sans Mono),
    /// and `slashed-zero` for any other face that has the feature; CJK faces
    /// last, for Chinese inside an id or pointer.
    static let idFonts = #""SF Mono",Menlo,Consolas,"Cascadia Mono","JetBrains Mono","Source Code Pro","DejaVu Sans Mono","Noto Sans Mono",ui-monospace,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",monospace"#

    static let css = """
    body{font-family:\(textFonts);margin:0 auto;max-width:1100px;padding:0 24px 48px;color:#1f2937;line-height:1.45}
    header{border-bottom:2px solid #e5e7eb;margin-bottom:16px}h1{font-size:1.6em;margin:20px 0 4px}
    h2{font-size:1.3em;margin:28px 0 8px;border-bottom:1px solid #e5e7eb;padding-bottom:4px}h3{font-size:1.05em;margin:18px 0 8px}h4{margin:0 0 6px;font-size:1em}
    code{font-family:\(idFonts);font-variant-numeric:slashed-zero;font-feature-settings:"zero" 1;font-size:.9em;background:#f3f4f6;padding:0 3px;border-radius:3px}
    .meta,.muted,.fingerprint{color:#6b7280;font-size:.9em}.alt{color:#6b7280;font-size:.88em;margin-top:-6px}
    .totals{display:flex;gap:16px;margin:0 0 12px}.totals div{background:#f9fafb;border:1px solid #e5e7eb;border-radius:6px;padding:8px 16px}
    .totals dt{font-size:.85em;color:#6b7280}.totals dd{margin:0;font-size:1.5em;font-weight:600}
    .charts{display:flex;flex-wrap:wrap;gap:12px 32px}.chart{font-size:12px;max-width:100%;height:auto}
    .chart text{fill:#374151}.chart .chart-title{font-weight:600;font-size:13px}.chart .tick{font-size:10px;fill:#6b7280}
    .chart .grid{stroke:#e5e7eb}.chart .line{fill:none;stroke:#2563eb;stroke-width:1.2}.chart .limit{stroke:#dc2626;stroke-dasharray:5 3;stroke-width:1.5}
    .chart .limit-label{fill:#dc2626;font-size:11px}.chart .over{fill:#dc2626}
    nav ol{columns:2;padding-left:20px}
    .finding{border:1px solid #e5e7eb;border-left:5px solid #6b7280;border-radius:6px;padding:10px 14px;margin:10px 0;background:#fff}
    .finding.critical{border-left-color:#7f1d1d}.finding.high{border-left-color:#dc2626}.finding.medium{border-left-color:#d97706}.finding.low{border-left-color:#2563eb}
    .badge{display:inline-block;color:#fff;border-radius:4px;padding:0 7px;font-size:.8em;font-weight:600;background:#6b7280;vertical-align:1px}
    .badge.critical{background:#7f1d1d}.badge.high{background:#dc2626}.badge.medium{background:#d97706}.badge.low{background:#2563eb}.badge.error{background:#111827}
    .message{margin:6px 0}.subject{margin:2px 0;font-size:.9em}.family{color:#6b7280}
    .acts{margin:6px 0 2px;font-size:.9em}.basis{font-size:.9em}.basis ul{margin:2px 0 6px;padding-left:20px}.basis li{margin:1px 0}
    table.evidence{border-collapse:collapse;font-size:.88em;margin:6px 0}table.evidence caption{text-align:left;color:#6b7280;font-size:.9em}
    table.evidence th,table.evidence td{border:1px solid #e5e7eb;padding:2px 8px;text-align:left;vertical-align:top}table.evidence th{background:#f9fafb;font-weight:500}
    input.filter{position:absolute;opacity:0;width:1px;height:1px}.filterbar p{margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 6px;align-items:center}
    .filterbar label{border:1px solid #d1d5db;border-radius:12px;padding:0 9px;cursor:pointer;font-size:.88em;background:#fff}
    input.filter:focus-visible+label,.filterbar label:hover{border-color:#1f2937}
    details.index{margin:10px 0}details.index>summary,.input-errors summary{cursor:pointer;font-weight:600}.input-errors summary h2{display:inline}
    table.index{border-collapse:collapse;font-size:.9em;margin:6px 0}table.index th,table.index td{border-bottom:1px solid #e5e7eb;padding:2px 10px;text-align:left}
    table.index td.n{text-align:right;font-variant-numeric:tabular-nums}table.index label{cursor:pointer}
    .filing{content-visibility:auto;contain-intrinsic-size:auto 600px}
    footer{margin-top:32px;border-top:1px solid #e5e7eb;padding-top:8px}figure{margin:8px 0}.ok{color:#15803d}.input-error li.error{color:#991b1b}.failure{border:1px dashed #111827;padding:6px 10px;margin:8px 0;border-radius:6px}
    """
}
