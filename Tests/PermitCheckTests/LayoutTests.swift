import Foundation
import Testing

/// The layering of the sources: folders of each target use each other one
/// way only (`scripts/folder-graph.py` prints the graph and fails on a cycle).
@Suite struct LayoutTests {
    @Test func foldersDependOnEachOtherOneWay() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestFiles.repository.appendingPathComponent("scripts/folder-graph.py").path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let graph = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let cycles = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(cycles)")
        // The runtime vocabulary sits at the bottom of the engine; the binding right above it.
        #expect(graph.contains("  Runtime -> (nothing)"))
        #expect(graph.contains("  Binding -> Runtime\n"))
        // README's layout section shows the graph as it is.
        let readme = try String(contentsOf: TestFiles.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```\n" + graph + "```\n"), "README.md's folder graph is stale: paste `python3 scripts/folder-graph.py`")
    }
}
