import Foundation

/// Where the tests find files outside the test target: the repository
/// (schemas, examples, fixtures, and copies of the shared vectors and the
/// SARIF schema under `Fixtures/`, so a bare clone tests alone).
/// Located from this file's path, so no resources need bundling.
enum TestFiles {
    /// `<repo>/Tests/PermitCheckTests/TestFiles.swift` → `<repo>`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<repo>/Tests/PermitCheckTests/Fixtures/vectors/<name>` (copied from the project's shared vectors).
    static func vector(_ name: String) -> URL {
        fixture("vectors/\(name)")
    }

    /// The OASIS SARIF 2.1.0 JSON Schema (`Fixtures/schemas/sarif-2.1.0.json`).
    static let sarifSchema = fixture("schemas/sarif-2.1.0.json")

    /// The build products folder the tests run from (`<scratch>/debug`, whatever
    /// `--scratch-path` was), so binaries are found beside this test bundle;
    /// `<repo>/.build/debug` when they are not there.
    static let buildProducts: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let bundles = Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { URL(fileURLWithPath: $0.bundlePath).deletingLastPathComponent() }
        let fallback = repository.appendingPathComponent(".build/debug")
        return ([runner] + bundles).first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("permitcheck").path) } ?? fallback
    }()

    /// `<repo>/Schemas`.
    static let schemas = repository.appendingPathComponent("Schemas")

    /// `<repo>/Examples`, which may not exist yet.
    static let examples = repository.appendingPathComponent("Examples")

    /// `<repo>/Examples/filings`: the example filings only.
    static let exampleFilings = examples.appendingPathComponent("filings")

    /// `<repo>/Tests/PermitCheckTests/Fixtures/<name>`.
    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/PermitCheckTests/Fixtures/\(name)")
    }

    /// The tab-separated rows of a vector file, without `#` comments and
    /// blank lines. Throws when the file cannot be read, so a moved vector
    /// file fails the run instead of yielding no cases.
    static func vectorRows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: vector(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
