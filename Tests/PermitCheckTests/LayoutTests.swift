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
        // The model target knows nothing of the engine's folders.
        #expect(graph.contains("PermitCheckModel:"))
        #expect(graph.contains("  Runtime -> (nothing)"))
    }
}
