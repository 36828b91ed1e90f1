import Foundation
import Testing
@testable import PermitCheck

/// The HTML report: self-contained, one section per enterprise, a chart per
/// summary panel and per exceedance finding, and every text escaped.
@Suite struct HTMLWriterTests {
    static let exceedanceRules: Set<String> = ["EL-HOUR", "EL-DAY", "UL-RATE"]

    func audit() throws -> ReportAudit { try #require(ReportAudit.shared, "the examples or cn-national could not be loaded") }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func chartsAndSections() throws {
        let audit = try audit()
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .en))
        let exceedances = audit.findings.filter { Self.exceedanceRules.contains($0.rule) }.count
        #expect(exceedances == 5)
        #expect(count("<svg", in: html) == 3 + exceedances)
        #expect(count("<section class=\"enterprise\"", in: html) == Set(audit.reports.map(\.enterprise)).count)
        #expect(count("<article class=\"finding", in: html) == audit.findings.count)
        #expect(html.contains("id=\"input-errors\"") && html.contains("broken.jsonl:3"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    }

    /// The law in force on the acts: a finding of October 2026 cites the 法典; one
    /// of 2025 the repealed article with its successor; one across 2026-08-15 both.
    @Test func basisShowsTheLawInForceOnTheActs() throws {
        let audit = try audit()
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .zh))
        func article(_ filing: String, _ rule: String) throws -> String {
            let section = try #require(html.range(of: filing))
            let start = try #require(html.range(of: "<article class=\"finding", range: section.lowerBound..<html.endIndex))
            var rest = html[start.lowerBound...]
            while let end = rest.range(of: "</article>") {
                let block = String(rest[..<end.upperBound])
                if block.contains("<code>\(rule)</code>") { return block }
                rest = rest[end.upperBound...]
                guard let next = rest.range(of: "<article class=\"finding") else { break }
                rest = rest[next.lowerBound...]
            }
            Issue.record("no \(rule) finding after \(filing)")
            return ""
        }
        let after = try article("2026M10-420114-CEMENT", "EL-HOUR")
        #expect(after.contains("生态环境法典 第一千一百零七条（自 2026-08-15 起有效）"))
        #expect(!after.contains("大气污染防治法"))
        let before = try article("2025Q3-420107-STEEL", "EL-HOUR")
        #expect(before.contains("大气污染防治法 第九十九条第（二）项（2018-10-26 至 2026-08-14 有效；已废止，由 法典 第一千一百零七条 承继）"))
        #expect(!before.contains("生态环境法典"))
        let across = try article("2026Q3-420105-COATING", "EL-HOUR")
        #expect(across.contains("大气污染防治法 第九十九条第（二）项") && across.contains("生态环境法典 第一千一百零三条"))
        #expect(across.contains("2026-08-14 – 2026-08-15"))
    }

    @Test func enterprisesInOrderOfFirstAppearance() throws {
        let audit = try audit()
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .zh))
        var seen: [String] = []
        for r in audit.reports where !seen.contains(r.enterprise) { seen.append(r.enterprise) }
        let offsets = seen.compactMap { html.range(of: "<section class=\"enterprise\" id=\"e-\($0)\"")?.lowerBound }
        #expect(offsets.count == seen.count)
        #expect(offsets == offsets.sorted())
    }

    @Test func noExternalAssets() throws {
        let audit = try audit()
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .en))
        for attribute in ["src=", "href="] {
            for scheme in ["\"http://", "\"https://", "\"//", "'http", "http://", "https://"] {
                #expect(!html.contains(attribute + scheme), "\(attribute)\(scheme)")
            }
        }
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import"))
    }

    @Test func messagesAreEscaped() throws {
        let audit = try audit()
        guard case .checked(let filing, var report, let source)? = audit.items.first else { Issue.record("no filing"); return }
        var hostile = try #require(report.findings.first)
        hostile.message = LocalizedText(zh: "<script>alert('zh')</script>", en: "<script>alert(\"en\")</script> & <b>")
        hostile.evidence = ["note": "<img src=x onerror=alert(1)>"]
        hostile.subject = "/a\"b"
        report.findings = [hostile]
        var writer = HTMLWriter(pack: audit.pack, language: .en)
        _ = writer.add(.checked(filing: filing, report: report, source: source))
        var summary = AuditSummary(pack: audit.pack)
        summary.add(.checked(filing: filing, report: report, source: source))
        let html = writer.finish(summary)
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;en&quot;)&lt;/script&gt; &amp; &lt;b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;zh&#39;)&lt;/script&gt;"))
    }

    @Test func downsamplingKeepsPeaks() {
        var values = (0..<2208).map { Double($0 % 24) }
        values[1234] = 500
        values[10] = .nan
        let points = SVGSeriesChart.downsample(values, buckets: 300)
        #expect(points.count <= 600)
        #expect(points.compactMap { $0?.value }.max() == 500)
        #expect(points.compactMap { $0?.index } == points.compactMap { $0?.index }.sorted())
        let short = SVGSeriesChart.downsample([1, .nan, 3], buckets: 300)
        #expect(short.count == 3 && short[1] == nil)
    }

    @Test(arguments: [(0.0, 1.0), (7.3, 10), (55, 100), (230, 250), (0.042, 0.05)])
    func niceAxisTops(value: Double, top: Double) {
        #expect(abs(SVGSeriesChart.niceCeiling(value) - top) < 1e-12)
    }
}
