import Foundation
import Testing
@testable import PermitCheck

/// File-based cases of compile diagnostics: each folder under
/// `Cases/diagnostics/` holds a pack (`pack.yaml`, and any file it extends)
/// and `expected.txt`, the diagnostics `permitcheck lint` renders for it in
/// English. A new diagnostic is a new folder. To re-record after a deliberate
/// change, run with `RECORD_DIAGNOSTICS=1`: that run writes the files and
/// fails, so recording is never silent.
@Suite struct DiagnosticCaseTests {
    static let root = TestFiles.repository.appendingPathComponent("Tests/PermitCheckTests/Cases/diagnostics")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func rendersTheExpectedDiagnostics(name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let rendered = Self.render(folder)
        let expectedURL = folder.appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["RECORD_DIAGNOSTICS"] == "1" {
            try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name)/expected.txt; run again without RECORD_DIAGNOSTICS=1")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(rendered == expected, "\(name):\n\(rendered)")
        #expect(!rendered.isEmpty, "a diagnostic case must produce diagnostics")
    }

    /// The diagnostics of the case's `pack.yaml`, file names relative to the case folder.
    static func render(_ folder: URL) -> String {
        let prefix = folder.path + "/"
        do {
            _ = try RulePack.load(path: folder.appendingPathComponent("pack.yaml").path)
            return ""
        } catch {
            let text = DiagnosticRenderer(sources: error.sources).text(error.diagnostics, language: .en)
            return text.replacingOccurrences(of: prefix, with: "")
        }
    }
}
