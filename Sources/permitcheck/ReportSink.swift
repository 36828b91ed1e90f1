import Foundation
import Glibc

/// Where a report goes: standard output, or a file opened (created or
/// truncated) before checking starts, so a bad `--output` path fails before
/// any work.
///
/// The file is opened in place with `open(2)`, never replaced: `--output
/// /dev/null` or a named pipe must stay what it is (Foundation's
/// `createFile(atPath:)` writes a new file and renames it over the path,
/// which, run as root, turned `/dev/null` into a regular file).
final class ReportSink {
    private let file: FileHandle?

    init(path: String?) throws {
        guard let path else { file = nil; return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            Console.error("cannot write \(path): \(reason) / 无法写入 \(path)：\(reason)\n")
            throw ExitStatus.invalidInput
        }
        file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if let file { file.write(Data(text.utf8)) } else { Console.out(text) }
    }

    func close() {
        try? file?.close()
    }
}
