import Foundation

extension BatchReader {
    /// How many documents the inputs hold, when that can be known cheaply:
    /// whole-document files count one each, uncompressed JSON Lines files are
    /// counted by their line breaks; `nil` for standard input and compressed
    /// JSON Lines (the progress line then shows no time left).
    package func estimatedCount() -> Int? {
        var total = 0
        var pending = inputs
        while let path = pending.popLast() {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { total += 1; continue }
            if isDirectory.boolValue { pending += BatchReader.documents(in: path); continue }
            guard InputFormat.holdsLines(path) else { total += 1; continue }
            if path.hasSuffix(".gz") { return nil }
            guard let data = FileManager.default.contents(atPath: path) else { total += 1; continue }
            total += data.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        }
        return total
    }
}
