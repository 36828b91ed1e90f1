/// A format of input documents, and the one place a document's format (and a
/// file's framing: one document, or one per line) is chosen.
///
/// Every face reads documents through a format: the batch reader frames files
/// and tags each item with one (``choose(path:document:among:)``), `explain`
/// and the service decode through ``ItemChecker``, and the pack tester through
/// ``filingJSON`` (its cases are JSON by construction). filing-v1 JSON is the
/// only format today; a new one (HJ 212 packets) is a new file declaring a
/// static value, added to ``all``.
public struct InputFormat: Sendable, CustomStringConvertible {
    /// Stable name, as in messages.
    public let name: String
    /// File name endings of files that hold one document (each also with `.gz`).
    public let documentSuffixes: [String]
    /// File name endings of files that hold one document per line (each also with `.gz`).
    public let lineSuffixes: [String]
    /// Whether a document's first bytes look like this format (used when the name says nothing).
    let sniff: @Sendable (ArraySlice<UInt8>) -> Bool
    /// Reads one document; every problem comes back with its position.
    let decodeFiling: @Sendable ([UInt8]) -> Decoded<Filing>
    /// The filing id of a document that does not decode, as far as it can be read (for input-error records).
    let identify: @Sendable ([UInt8]) -> String?
    /// Where the values at these JSON Pointers start in a document (for SARIF regions).
    let locate: @Sendable ([String], [UInt8]) -> [String: TextPosition]

    package init(
        name: String, documentSuffixes: [String], lineSuffixes: [String],
        sniff: @escaping @Sendable (ArraySlice<UInt8>) -> Bool, decode: @escaping @Sendable ([UInt8]) -> Decoded<Filing>,
        identify: @escaping @Sendable ([UInt8]) -> String? = { _ in nil },
        locate: @escaping @Sendable ([String], [UInt8]) -> [String: TextPosition] = { _, _ in [:] }
    ) {
        self.identify = identify
        self.locate = locate
        self.name = name
        self.documentSuffixes = documentSuffixes
        self.lineSuffixes = lineSuffixes
        self.sniff = sniff
        self.decodeFiling = decode
    }

    public var description: String { name }

    /// Decodes one document of this format into a filing, or the problems that stop it.
    public func decode(_ bytes: [UInt8]) -> Decoded<Filing> { decodeFiling(bytes) }

    /// The id of the filing a document that did not decode was meant to be, when it can be read.
    public func filingID(_ bytes: [UInt8]) -> String? { identify(bytes) }

    /// Where the values at `pointers` start in `bytes`; pointers with no place are left out.
    public func positions(of pointers: [String], in bytes: [UInt8]) -> [String: TextPosition] { locate(pointers, bytes) }

    /// Every format this build reads, in the order they are tried.
    public static let all: [InputFormat] = [.filingJSON]

    /// The format of a document: by its file name's ending first, then by its
    /// first bytes; the first of `formats` when neither decides (so its decoder
    /// reports what is wrong, rather than a vague "unknown format").
    public static func choose(path: String, document: ArraySlice<UInt8> = [], among formats: [InputFormat] = all) -> InputFormat {
        let name = unzipped(path)
        if let format = formats.first(where: { f in (f.documentSuffixes + f.lineSuffixes).contains { name.hasSuffix($0) } }) {
            return format
        }
        let prefix = document.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.prefix(64)
        return formats.first { $0.sniff(prefix) } ?? formats.first ?? .filingJSON
    }

    /// Whether the file at `path` holds one document per line (by its name).
    static func holdsLines(_ path: String, among formats: [InputFormat] = all) -> Bool {
        let name = unzipped(path)
        return formats.contains { f in f.lineSuffixes.contains { name.hasSuffix($0) } }
    }

    /// File name endings of every format, with their `.gz` forms: what a folder audit reads.
    static var allSuffixes: [String] { all.flatMap { f in (f.documentSuffixes + f.lineSuffixes).flatMap { [$0, $0 + ".gz"] } } }

    private static func unzipped(_ path: String) -> Substring {
        path.hasSuffix(".gz") ? path.dropLast(3) : path[...]
    }
}

extension InputFormat {
    /// filing-v1 as JSON (`shared/spec/filing-v1.md`): one document per file,
    /// or one per line in JSON Lines.
    public static let filingJSON = InputFormat(
        name: "filing-v1+json", documentSuffixes: [".json"], lineSuffixes: [".jsonl", ".ndjson"],
        sniff: { $0.first == UInt8(ascii: "{") },
        decode: { Filing.decode($0) }, identify: { Filing.peekID($0) },
        locate: { pointers, bytes in JSONPointer.locate(pointers, in: bytes) })
}
