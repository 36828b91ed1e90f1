import Foundation
import Testing

/// README's library example compiles against the public API alone: it is
/// type-checked with `swiftc` against the built modules without package
/// access (no `-package-name`), so anything it uses that is not public fails.
/// A second program that reaches for package internals must fail, so the
/// check cannot pass by accident.
@Suite(.serialized) struct PublicAPITests {
    static let modules = TestFiles.buildProducts.appendingPathComponent("Modules")

    static var readmeExample: String? {
        guard let readme = try? String(contentsOf: TestFiles.repository.appendingPathComponent("README.md"), encoding: .utf8),
              let library = readme.range(of: "## Library"),
              let start = readme.range(of: "```swift\n", range: library.upperBound..<readme.endIndex),
              let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex)
        else { return nil }
        return String(readme[start.upperBound..<end.lowerBound])
    }

    @Test func readmeExampleCompilesAgainstThePublicAPI() throws {
        let example = try #require(Self.readmeExample)
        #expect(example.contains("import PermitCheck"))
        let result = try Self.typecheck(example)
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func packageInternalsAreNotPublic() throws {
        let result = try Self.typecheck("import PermitCheck\nlet w = JSONWriter()\nlet v: Value = .null\nlet e = Expr.self\n")
        #expect(result.status != 0)
        for name in ["JSONWriter", "Value", "Expr"] { #expect(result.errors.contains("'\(name)'"), "\(name) is public") }
    }

    static func typecheck(_ source: String) throws -> (status: Int32, errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("permitcheck-api-\(getpid())-\(UUID().uuidString).swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let sources = TestFiles.repository.appendingPathComponent("Sources")
        process.arguments = ["swiftc", "-typecheck", "-I", modules.path,
                             "-I", sources.appendingPathComponent("CYAML").path, "-I", sources.appendingPathComponent("CZlib").path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
