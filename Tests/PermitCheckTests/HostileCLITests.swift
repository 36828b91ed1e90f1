import Foundation
import Testing

/// The commands that read packs (`lint`, `test`, `serve`) meet a hostile
/// pack with exit 65 and a located `limit.*` diagnostic, not a crash (139).
@Suite struct HostileCLITests {
    static func write(_ text: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let deep = HostileInputTests.pack(when: "outlet.referenceO2 > " + String(repeating: "(", count: 10_000) + "6" + String(repeating: ")", count: 10_000))

    @Test func lintAndTestExit65OnADeepPack() throws {
        let path = try Self.write(Self.deep, "deep.yaml")
        for command in ["lint", "test"] {
            let r = try CLITests.run([command, path])
            #expect(r.status == 65, "\(command): \(r.err)")
            let shown = r.out + r.err
            #expect(shown.contains("deep.yaml:10:"), "\(command): \(shown.prefix(400))")
            #expect(shown.contains("limit.depth"))
            #expect(shown.count < 2_000, "the quoted line is a window, not 20,000 characters")
        }
    }

    @Test func testExits65OnABillionLaughs() throws {
        var yaml = HostileInputTests.pack(when: "outlet.referenceO2 > 6") + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...8 { yaml += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        yaml += "tests:\n  A:\n    - name: laughs\n      filing: {}\n      patch: { enterprise: [" + Array(repeating: "*a8", count: 9).joined(separator: ", ") + "] }\n      expect: []\n"
        let r = try CLITests.run(["test", try Self.write(yaml, "laughs.yaml")])
        #expect(r.status == 65, "\(r.err)")
        #expect((r.out + r.err).contains("limit.size"))
    }

    @Test func serveExits65AtStartUpOnADeepPack() throws {
        let path = try Self.write(Self.deep, "deep.yaml")
        let folder = (path as NSString).deletingLastPathComponent
        let tokens = folder + "/tokens.json"
        try #"{"tokens": []}"#.write(toFile: tokens, atomically: true, encoding: .utf8)
        let r = try CLITests.run(["serve", "--pack", path, "--tokens", tokens, "--data", folder + "/data", "--port", "0"])
        #expect(r.status == 65, "\(r.err)")
        #expect((r.out + r.err).contains("limit.depth"), "\((r.out + r.err).prefix(600))")
    }
}
