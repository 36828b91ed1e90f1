import Foundation
import Testing
@testable import PermitCheck
@testable import PermitCheckModel

/// Findings point into the filing's text: SARIF results carry the line and
/// column where the subject's value starts, so a viewer jumps to it.
@Suite struct SubjectPositionTests {
    static let text = """
        {"a": 1,
          "名称": "污染", "b": [10, {"c/d": true, "e~f": [null, "x"]}],
            "g": {"h": {}}}
        """

    /// The value at a JSON Pointer-like path (numbers index arrays).
    static func dig(_ value: JSONValue?, _ path: String) -> JSONValue? {
        var current = value
        for token in path.split(separator: "/") {
            switch current {
            case .array(let items)?: current = Int(token).flatMap { items.indices.contains($0) ? items[$0] : nil }
            case .object?: current = current?[String(token)]
            default: return nil
            }
        }
        return current
    }

    static func region(_ result: JSONValue) -> (line: Int, column: Int)? {
        guard case .number(let line)? = dig(result, "locations/0/physicalLocation/region/startLine"),
              case .number(let column)? = dig(result, "locations/0/physicalLocation/region/startColumn") else { return nil }
        return (Int(line), Int(column))
    }

    @Test(arguments: [
        ("", 1, 1), ("/a", 1, 7), ("/名称", 2, 9), ("/b", 2, 20), ("/b/0", 2, 21), ("/b/1", 2, 25),
        ("/b/1/c~1d", 2, 33), ("/b/1/e~0f/1", 2, 53), ("/g/h", 3, 16),
    ])
    func pointersAreLocatedWhereTheirValuesStart(pointer: String, line: Int, column: Int) {
        let found = JSONPointer.locate([pointer], in: Array(Self.text.utf8))
        #expect(found[pointer] == TextPosition(line: line, column: column), "\(pointer): \(String(describing: found[pointer]))")
    }

    @Test func pointersThatNameNothingOrBrokenTextGiveNoPosition() {
        let found = JSONPointer.locate(["/a", "/b/7", "/z", "/a/b", "/g/h/i"], in: Array(Self.text.utf8))
        #expect(found == ["/a": TextPosition(line: 1, column: 7)])
        let cut = Array(Self.text.utf8.prefix(30))
        #expect(JSONPointer.locate(["/a", "/g"], in: cut) == ["/a": TextPosition(line: 1, column: 7)])
        #expect(JSONPointer.locate(["/a"], in: Array("[1, 2]".utf8)).isEmpty)
    }

    /// End to end through the CLI: a pretty file, and JSON Lines where the
    /// region's line is the document's line in the file.
    @Test func sarifResultsCarryRegionsInTheFile() throws {
        let example = CLITests.example("steel-qingshan")
        let pretty = try CLITests.run(["check", example, "--registry", CLITests.registry, "--format", "sarif"])
        let log = try JSONValue(parsing: pretty.out)
        let lines = try String(contentsOfFile: example, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var checked = 0
        guard case .array(let results)? = Self.dig(log, "runs/0/results") else { Issue.record("no results"); return }
        for result in results {
            guard let (line, column) = Self.region(result) else { Issue.record("no region: \(result)"); continue }
            let text = Array(lines[line - 1].unicodeScalars)
            #expect(["{", "[", "\""].contains(String(text[column - 1])), "region \(line):\(column) is not at a value")
            checked += 1
        }
        #expect(checked >= 3)

        let folder = try BatchReaderTests.folder()
        let batch = folder.appendingPathComponent("two.jsonl")
        let data = try Data(contentsOf: URL(fileURLWithPath: example))
        let one = JSONWriter().string(try JSONValue(parsing: String(decoding: data, as: UTF8.self)))
        try BatchReaderTests.write(one + "\n\n" + one + "\n", batch)
        let audit = try CLITests.run(["audit", batch.path, "--registry", CLITests.registry, "--format", "sarif", "--jobs", "2"])
        guard case .array(let all)? = Self.dig(try JSONValue(parsing: audit.out), "runs/0/results") else { Issue.record("no results"); return }
        let startLines = all.compactMap { Self.region($0)?.line }
        #expect(startLines.count == all.count && all.count == 2 * checked)
        #expect(Set(startLines) == [1, 3], "JSON Lines regions name the document's line")
    }
}
