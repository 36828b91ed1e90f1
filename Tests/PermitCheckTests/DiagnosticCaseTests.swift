import Foundation
import Testing
@testable import PermitCheck

/// File-based cases of compile diagnostics: each folder under
/// `Cases/diagnostics/` holds a pack (`pack.yaml`, and any file it extends; or
/// the path named in `load.txt`) and `expected.txt`, the diagnostics
/// `permitcheck lint` renders for it in English. Every code a phase declares
/// in its `…Messages.swift` has a case. A new diagnostic is a new folder. To re-record after a deliberate
/// change, run with `RECORD_DIAGNOSTICS=1`: that run writes the files and
/// fails, so recording is never silent.
@Suite struct DiagnosticCaseTests {
    static let root = TestFiles.repository.appendingPathComponent("Tests/PermitCheckTests/Cases/diagnostics")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func everyDeclaredCodeHasACase() throws {
        let phases = ["Diagnostics", "YAML", "Syntax", "Expression", "Checker", "Compiler"]
        var declared: Set<String> = []
        for phase in phases {
            let folder = TestFiles.repository.appendingPathComponent("Sources/PermitCheck/\(phase)")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix("Messages.swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                declared.formUnion(Self.codes(in: text, pattern: #""([a-z]+\.[a-z-]+)""#))
            }
        }
        var covered: Set<String> = []
        for name in Self.cases {
            let text = (try? String(contentsOf: Self.root.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8)) ?? ""
            covered.formUnion(Self.codes(in: text, pattern: #"(?:error|warning)\[([a-z]+\.[a-z-]+)\]"#))
        }
        #expect(declared.count >= 25, "\(declared.sorted())")
        #expect(declared.subtracting(covered).sorted() == [], "codes without a case folder")
    }

    static func codes(in text: String, pattern: String) -> Set<String> {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { m in Range(m.range(at: 1), in: text).map { String(text[$0]) } })
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
        let named = (try? String(contentsOf: folder.appendingPathComponent("load.txt"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            // A pack that compiles renders its warnings, as `lint` does.
            let pack = try RulePack.load(path: folder.appendingPathComponent(named ?? "pack.yaml").path)
            return DiagnosticRenderer(sources: pack.sourceFiles).text(pack.warnings, language: .en).replacingOccurrences(of: prefix, with: "")
        } catch {
            let text = DiagnosticRenderer(sources: error.sources).text(error.diagnostics, language: .en)
            return text.replacingOccurrences(of: prefix, with: "")
        }
    }
}
