import Foundation
import Testing
@testable import PermitCheck

/// The language reference in Rules/README.md names every function and every
/// schema field, so the documentation cannot drift from the checker.
@Suite struct LibraryDocTests {
    static let reference = (try? String(contentsOf: TestFiles.repository.appendingPathComponent("Rules/README.md"), encoding: .utf8)) ?? ""

    /// The region between the markers is exactly what `permitcheck dump --reference` prints.
    @Test func generatedReferenceIsCurrent() throws {
        let begin = "<!-- generated: permitcheck dump --reference -->\n", end = "<!-- end generated -->"
        let start = try #require(Self.reference.range(of: begin))
        let stop = try #require(Self.reference.range(of: end, range: start.upperBound..<Self.reference.endIndex))
        #expect(String(Self.reference[start.upperBound..<stop.lowerBound]) == LanguageReference.markdown(),
                "Rules/README.md is stale: run scripts/update-docs.sh")
    }

    /// The guide's example pack compiles as written.
    @Test func guideExampleCompiles() throws {
        let start = try #require(Self.reference.range(of: "```yaml\n"))
        let end = try #require(Self.reference.range(of: "```", range: start.upperBound..<Self.reference.endIndex))
        let pack = try RulePack.compile(yaml: String(Self.reference[start.upperBound..<end.lowerBound]))
        #expect(pack.rule("EL-HOUR")?.parameterNames == [])
        #expect(pack.parameters.first?.status == .unconfirmed)
    }

    /// The catalogs in Rules/README.md are exactly what `permitcheck rules doc` prints.
    @Test(arguments: ["cn-national", "wuhan"])
    func catalogIsCurrent(pack name: String) throws {
        let pack = try RulePack.load(path: TestFiles.repository.appendingPathComponent("Rules/\(name)").path)
        let begin = "<!-- generated: permitcheck rules doc --rules Rules/\(name) -->\n"
        let start = try #require(Self.reference.range(of: begin))
        let stop = try #require(Self.reference.range(of: "<!-- end generated -->", range: start.upperBound..<Self.reference.endIndex))
        #expect(String(Self.reference[start.upperBound..<stop.lowerBound]) == CatalogDocument.markdown(pack),
                "Rules/README.md is stale: run scripts/update-docs.sh")
    }
}
