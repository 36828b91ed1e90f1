import Foundation

/// Where a report goes: standard output, or a file created (or truncated)
/// before checking starts, so a bad `--output` path fails before any work.
final class ReportSink {
    private let file: FileHandle?

    init(path: String?) throws {
        guard let path else { file = nil; return }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            Console.error("cannot write \(path) / 无法写入 \(path)\n")
            throw ExitStatus.invalidInput
        }
        file = handle
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if let file { file.write(Data(text.utf8)) } else { Console.out(text) }
    }

    func close() {
        try? file?.close()
    }
}
