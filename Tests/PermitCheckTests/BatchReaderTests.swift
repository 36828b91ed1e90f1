import Foundation
import Testing
@testable import PermitCheck

@Suite struct BatchReaderTests {
    /// The spec filing on one line, with its id changed.
    static func line(_ id: String) throws -> String {
        var value = try JSONValue(parsing: Fixtures.filing)
        value = value.mergePatch(["id": .string(id)]) ?? value
        return JSONWriter().string(value)
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Compresses `url` in place with the `gzip` tool (to `url.gz`).
    static func gzip(_ url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-f", url.path]
        try process.run()
        process.waitUntilExit()
    }

    /// Each item as `name:line → id` or `name:line → code`.
    static func summary(_ items: some Sequence<BatchItem>, relativeTo base: URL) -> [String] {
        items.map { item in
            let name = item.source.hasPrefix(base.path) ? String(item.source.dropFirst(base.path.count + 1)) : item.source
            let decoded = item.decodeFiling()
            let outcome = decoded.value?.id ?? decoded.errors.first?.code ?? "?"
            return "\(name)\(item.line.map { ":\($0)" } ?? "") → \(outcome)"
        }
    }

    @Test func mixedBatchYieldsEveryGoodDocumentAndAnErrorForEachBadOne() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Fixtures.filing, dir.appendingPathComponent("a.json"))
        try Self.write(String(Fixtures.filing.prefix(500)), dir.appendingPathComponent("b.json"))
        try Self.write([try Self.line("L1"), "", "{not json", "  ", try Self.line("L5"), "[1,"].joined(separator: "\n") + "\n",
                       dir.appendingPathComponent("c.jsonl"))
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]).write(to: dir.appendingPathComponent("d.json.gz"))
        try Self.write(try Self.line("G1") + "\r\n" + (try Self.line("G2")), dir.appendingPathComponent("e.jsonl"))
        try Self.gzip(dir.appendingPathComponent("e.jsonl"))
        try Self.write(Fixtures.filing, dir.appendingPathComponent("sub/f.json"))
        try Self.gzip(dir.appendingPathComponent("sub/f.json"))
        try Self.write("ignored", dir.appendingPathComponent("notes.txt"))

        let items = BatchReader(inputs: [dir.path, dir.appendingPathComponent("missing.json").path])
        #expect(Self.summary(items, relativeTo: dir) == [
            "a.json → 2025Q3-DA-STEEL-01",
            "b.json → input.syntax",
            "c.jsonl:1 → L1",
            "c.jsonl:3 → input.syntax",
            "c.jsonl:5 → L5",
            "c.jsonl:6 → input.syntax",
            "d.json.gz → input.bad-gzip",
            "e.jsonl.gz:1 → G1",
            "e.jsonl.gz:2 → G2",
            "sub/f.json.gz → 2025Q3-DA-STEEL-01",
            "missing.json → input.unreadable",
        ])
    }

    @Test func gzipRoundTripOfManyLinesAcrossChunks() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 300  // ~1 MB of text: many 64 KiB chunks, lines straddling them
        let text = try (0..<count).map { try Self.line("N\($0)") }.joined(separator: "\n")
        let url = dir.appendingPathComponent("many.jsonl")
        try Self.write(text, url)
        try Self.gzip(url)
        let ids = BatchReader(inputs: [url.path + ".gz"]).map { $0.decodeFiling().value?.id ?? "error" }
        #expect(ids == (0..<count).map { "N\($0)" })
    }

    @Test func truncatedGzipIsReported() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("t.jsonl")
        try Self.write(try (0..<50).map { try Self.line("T\($0)") }.joined(separator: "\n"), url)
        try Self.gzip(url)
        let gz = url.appendingPathExtension("gz")
        let data = try Data(contentsOf: gz)
        try data.prefix(data.count / 2).write(to: gz)
        let items = Array(BatchReader(inputs: [gz.path]))
        #expect(items.last?.decodeFiling().errors.first?.code == "input.bad-gzip")
        #expect(items.dropLast().allSatisfy { $0.decodeFiling().value != nil })
    }

    @Test(arguments: [("{\"a\": 1}", false), ("{", true), ("{\"a\": [1,", true), ("{bad", false), ("[1] x", false)])
    func aFirstLineEndingInsideAValueIsRecognised(_ line: String, _ unfinished: Bool) {
        #expect(BatchReader.endsInsideValue(ArraySlice(line.utf8)) == unfinished)
    }
}
