import Foundation

/// The documents of a batch, one at a time, in a stable order.
///
/// Inputs are files, folders (searched recursively for `.json`, `.jsonl`,
/// `.ndjson` and their `.gz` forms, in sorted path order) or standard input
/// (`-`). `.json` files hold one document; `.jsonl`/`.ndjson` one per line,
/// blank lines skipped; standard input is JSON Lines unless
/// ``StandardInputFraming/document`` is asked for — never guessed from its
/// first line, because a first line cut short would then take the whole
/// stream down with it as one broken document.
/// Gzip is inflated as it streams, so memory stays at a chunk plus the
/// document in flight whatever the batch size. Failures to read become
/// failure items and iteration goes on with the next source.
public struct BatchReader: Sequence {
    /// The paths given; `-` is standard input.
    public var inputs: [String]
    /// How standard input is framed.
    public var standardInput: StandardInputFraming
    /// Bytes of the largest document read; a larger one is an `input.too-large` item.
    public var maxDocumentBytes: Int

    public init(inputs: [String], standardInput: StandardInputFraming = .lines, maxDocumentBytes: Int = InputLimits.documentBytes) {
        self.inputs = inputs
        self.standardInput = standardInput
        self.maxDocumentBytes = maxDocumentBytes
    }

    public func makeIterator() -> Iterator { Iterator(inputs: inputs, standardInput: standardInput, maxBytes: maxDocumentBytes) }

    /// Pulls items lazily: a folder is listed when reached, a file opened when its turn comes.
    public struct Iterator: IteratorProtocol {
        private var pending: [String]
        private var lines: LineSplitter?
        private var linesSource = ""
        private var linesFormat = InputFormat.filingJSON
        private let standardInput: StandardInputFraming
        private let maxBytes: Int

        init(inputs: [String], standardInput: StandardInputFraming, maxBytes: Int) {
            pending = inputs.reversed()
            self.standardInput = standardInput
            self.maxBytes = maxBytes
        }

        public mutating func next() -> BatchItem? {
            while true {
                if var splitter = lines {
                    lines = nil  // sole owner of the buffer while reading, so it is never copied
                    if let item = nextLineItem(&splitter) {
                        lines = splitter
                        return item
                    }
                    continue
                }
                guard let path = pending.popLast() else { return nil }
                if let item = open(path) { return item }
            }
        }

        /// Starts a source: a whole-document item, a failure, or (for JSON Lines) the splitter.
        private mutating func open(_ path: String) -> BatchItem? {
            if path == "-" { return openStandardInput() }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                pending.append(contentsOf: BatchReader.documents(in: path).reversed())
                return nil
            }
            do {
                let source = try BatchReader.chunks(path)
                if InputFormat.holdsLines(path) {
                    lines = LineSplitter(source, maxBytes: maxBytes)
                    linesSource = path
                    linesFormat = InputFormat.choose(path: path)
                    return nil
                }
                var splitter = LineSplitter(source, maxBytes: maxBytes)
                return wholeDocument(try splitter.rest(), source: path)
            } catch {
                return BatchItem(source: path, line: nil, content: .failure(error.problem(line: 0)))
            }
        }

        /// Standard input: JSON Lines (each line an item, the format sniffed
        /// from the first), or one document when asked for.
        private mutating func openStandardInput() -> BatchItem? {
            var splitter = LineSplitter(FileChunks(standardInput: ()), maxBytes: maxBytes)
            do {
                if standardInput == .document {
                    let document = try splitter.rest()
                    if case .success(let bytes) = document, bytes.isBlankLine { return nil }
                    return wholeDocument(document, source: "-")
                }
                while let next = try splitter.nextLine() {
                    let line: ArraySlice<UInt8>
                    switch next {
                    case .text(let text): line = text
                    case .tooLong(let size):
                        lines = splitter
                        linesSource = "-"
                        return tooLongItem(size, source: "-", line: splitter.lineNumber)
                    }
                    if line.isBlankLine { continue }
                    lines = splitter
                    linesSource = "-"
                    linesFormat = InputFormat.choose(path: "-", document: line)
                    var item = BatchItem(source: "-", line: splitter.lineNumber, format: linesFormat, content: .document(Array(line)))
                    if BatchReader.endsInsideValue(line) {
                        item.notes = [InputProblem(severity: .warning, code: InputCode.standardInputLines,
                                                   message: InputMessage.standardInputLines, pointer: "", line: 0, column: 0)]
                    }
                    return item
                }
                return nil
            } catch {
                return BatchItem(source: "-", line: nil, content: .failure(error.problem(line: splitter.lineNumber)))
            }
        }

        /// A whole-file document, or the item saying it was too large to read.
        private func wholeDocument(_ read: Result<[UInt8], LineSplitter.TooLong>, source: String) -> BatchItem {
            switch read {
            case .success(let bytes): return BatchItem(source: source, line: nil, content: .document(bytes))
            case .failure(let tooLong): return tooLongItem(tooLong.size, source: source, line: nil)
            }
        }

        private func tooLongItem(_ size: Int, source: String, line: Int?) -> BatchItem {
            let problem = InputProblem(severity: .error, code: InputCode.tooLarge, message: InputMessage.documentTooLarge(size, limit: maxBytes),
                                       pointer: "", line: 0, column: 0)
            return BatchItem(source: source, line: line, content: .failure(problem))
        }

        /// The next non-blank line of the current JSON Lines source, or `nil` when it is done.
        private func nextLineItem(_ splitter: inout LineSplitter) -> BatchItem? {
            do {
                while let next = try splitter.nextLine() {
                    let line: ArraySlice<UInt8>
                    switch next {
                    case .text(let text): line = text
                    case .tooLong(let size): return tooLongItem(size, source: linesSource, line: splitter.lineNumber)
                    }
                    if line.isBlankLine { continue }
                    return BatchItem(source: linesSource, line: splitter.lineNumber, format: linesFormat, content: .document(Array(line)))
                }
                return nil
            } catch {
                // The stream cannot be resynchronised (a corrupt gzip): report and end this source.
                let item = BatchItem(source: linesSource, line: splitter.lineNumber + 1,
                                     content: .failure(error.problem(line: splitter.lineNumber + 1)))
                splitter = LineSplitter(EmptyChunks())
                return item
            }
        }
    }

    // MARK: Sources


    /// The batch files under `folder`, recursively, sorted by path bytes.
    static func documents(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let relative = (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []
        return relative.filter { path in InputFormat.allSuffixes.contains { path.hasSuffix($0) } }
            .map { base + "/" + $0 }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The file's bytes, inflated when its name ends in `.gz`.
    static func chunks(_ path: String) throws(BatchFailure) -> any ChunkSource {
        let file = try FileChunks(path: path)
        return path.hasSuffix(".gz") ? try GzipChunks(file, name: path) : file
    }

    /// Is `line` the start of a value that continues on later lines?
    static func endsInsideValue(_ line: ArraySlice<UInt8>) -> Bool {
        line.withContiguousStorageIfAvailable { buffer in
            var reader = JSONReader(buffer)
            do throws(JSONError) { try reader.skipValue(); return false } catch { return error.kind == .unexpectedEnd }
        } ?? false
    }
}

/// How standard input (`-`) is framed.
public enum StandardInputFraming: String, Sendable, CaseIterable {
    /// JSON Lines, one document per line (the default: a line that does not parse never costs the others).
    case lines
    /// The whole stream is one document (`--single-document`).
    case document
}

/// A finished stream.
final class EmptyChunks: ChunkSource {
    func read(into buffer: inout [UInt8]) throws(BatchFailure) -> Bool { false }
}
