import Foundation
import PermitCheck

/// The committed `Examples/` folder as bytes: six filings (in `filings/`, so a
/// folder audit reads filings only) and the registry,
/// pretty-printed with insertion-ordered keys and a final newline.
///
/// Generation is a pure function of the code (fixed seeds, no clock, no
/// system randomness), so `write` gives byte-identical files on every run
/// and the test suite can compare a fresh generation with the committed copy.
public enum ExampleSet {
    /// File name and contents, examples first (in ``Archetype`` order), then `registry.json`.
    public static func files() -> [(name: String, bytes: [UInt8])] {
        let writer = JSONWriter(pretty: true)
        var files = Archetype.allCases.map { (name: "filings/" + $0.slug + ".json", bytes: writer.bytes($0.example) + [0x0A]) }
        files.append((name: "registry.json", bytes: writer.bytes(ExampleRegistry.document) + [0x0A]))
        return files
    }

    /// Writes every file into `directory` (created if needed); returns names and sizes.
    @discardableResult
    public static func write(to directory: URL) throws -> [(name: String, size: Int)] {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("filings"), withIntermediateDirectories: true)
        return try files().map { file in
            try Data(file.bytes).write(to: directory.appendingPathComponent(file.name), options: .atomic)
            return (file.name, file.bytes.count)
        }
    }
}
