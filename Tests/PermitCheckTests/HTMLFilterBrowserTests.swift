import Foundation
import Testing
@testable import PermitCheck

/// The HTML report's filters work in a real browser (headless Chromium,
/// Debian `chromium`, installed by `.ci/run`): checking a radio hides every
/// finding without its class, and filings and enterprises left empty; two
/// groups combine as AND. The report itself has no script; the test adds one
/// that counts what is visible after layout.
@Suite struct HTMLFilterBrowserTests {
    /// What the page shows with `checked` on these radio ids (none: the defaults).
    static func visible(_ html: String, checking ids: [String]) throws -> (findings: [String], filings: Int, enterprises: Int) {
        var page = html
        for id in ids {
            let group = String(id.prefix { $0 != "-" })
            page = page.replacingOccurrences(of: "id=\"\(group)-all\" checked>", with: "id=\"\(group)-all\">")
            page = page.replacingOccurrences(of: "id=\"\(id)\">", with: "id=\"\(id)\" checked>")
        }
        let probe = """
            <script>window.addEventListener("load",()=>{const shown=s=>[...document.querySelectorAll(s)].filter(e=>e.offsetParent!==null);\
            const f=shown("article.finding").map(a=>a.className.split(" ").find(c=>c.startsWith("rule-")).slice(5));\
            document.body.setAttribute("data-probe",shown(".filing").length+"|"+shown("section.enterprise").length+"|"+f.join(","))})</script>
            """
        page = page.replacingOccurrences(of: "</body>", with: probe + "</body>")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("filters-\(UUID().uuidString).html")
        try page.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,900", "--dump-dom", file.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let marker = "data-probe=\""
        guard let start = dom.range(of: marker)?.upperBound, let end = dom[start...].firstIndex(of: "\"") else {
            throw SchemaCheck.Failure(description: "chromium printed no probe (status \(process.terminationStatus))")
        }
        let parts = dom[start..<end].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let filings = Int(parts[0]), let enterprises = Int(parts[1]) else {
            throw SchemaCheck.Failure(description: "unexpected probe \(parts)")
        }
        return (parts[2].split(separator: ",").map(String.init), filings, enterprises)
    }

    @Test func filtersHideWhatDoesNotMatchAndCombine() throws {
        let audit = try #require(ReportAudit.shared, "the examples or cn-national could not be loaded")
        let html = audit.render(HTMLWriter(pack: audit.pack, language: .en))
        let all = try Self.visible(html, checking: [])
        #expect(all.findings.count == audit.findings.count)
        #expect(all.filings == audit.reports.count)

        let elHour = audit.reports.filter { $0.findings.contains { $0.rule == "EL-HOUR" } }
        let byRule = try Self.visible(html, checking: ["rule-EL-HOUR"])
        #expect(byRule.findings == Array(repeating: "EL-HOUR", count: audit.findings.count { $0.rule == "EL-HOUR" }))
        #expect(byRule.filings == elHour.count)
        #expect(byRule.enterprises == Set(elHour.map(\.enterprise)).count)

        let family = try #require(audit.findings.first { $0.severity == .high }?.family)
        let both = try Self.visible(html, checking: ["sev-high", "fam-\(HTMLWriter.token(family))"])
        let expected = audit.findings.filter { $0.severity == .high && $0.family == family }
        #expect(both.findings == expected.map(\.rule))
        #expect(!both.findings.isEmpty && both.findings.count < all.findings.count)
    }
}
