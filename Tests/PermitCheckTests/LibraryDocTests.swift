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
        let start = try #require(Self.reference.range(of: begin)), stop = try #require(Self.reference.range(of: end))
        #expect(String(Self.reference[start.upperBound..<stop.lowerBound]) == LanguageReference.markdown(),
                "Rules/README.md is stale: regenerate with `swift run permitcheck dump --reference`")
    }

    /// The guide's example pack compiles as written.
    @Test func guideExampleCompiles() throws {
        let start = try #require(Self.reference.range(of: "```yaml\n"))
        let end = try #require(Self.reference.range(of: "```", range: start.upperBound..<Self.reference.endIndex))
        let pack = try RulePack.compile(yaml: String(Self.reference[start.upperBound..<end.lowerBound]))
        #expect(pack.rule("EL-HOUR")?.parameterNames == [])
        #expect(pack.parameters.first?.status == .unconfirmed)
    }
}
