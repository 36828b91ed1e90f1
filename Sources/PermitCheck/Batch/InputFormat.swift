/// A format of input documents, and the one place a document's format is chosen.
///
/// Every face reads documents through a format: the batch reader tags each
/// item with one (``choose(path:document:)``), the pack tester and `explain`
/// decode through one. filing-v1 JSON is the only format today; a new one
/// (HJ 212 packets) is a new file declaring a static value, added to ``all``.
public struct InputFormat: Sendable, CustomStringConvertible {
    /// Stable name, as in messages and `--input-format` style options.
    public let name: String
    /// File name endings that select this format (each also with `.gz`).
    public let suffixes: [String]
    /// Whether a document's first bytes look like this format (used when the name says nothing).
    let sniff: @Sendable (ArraySlice<UInt8>) -> Bool
    /// Reads one document; every problem comes back with its position.
    let decodeFiling: @Sendable ([UInt8]) -> Decoded<Filing>

    package init(
        name: String, suffixes: [String], sniff: @escaping @Sendable (ArraySlice<UInt8>) -> Bool,
        decode: @escaping @Sendable ([UInt8]) -> Decoded<Filing>
    ) {
        self.name = name
        self.suffixes = suffixes
        self.sniff = sniff
        self.decodeFiling = decode
    }

    public var description: String { name }

    /// Decodes one document of this format into a filing, or the problems that stop it.
    public func decode(_ bytes: [UInt8]) -> Decoded<Filing> { decodeFiling(bytes) }

    /// Every format this build reads, in the order they are tried.
    public static let all: [InputFormat] = [.filingJSON]

    /// The format of a document: by its file name's ending first, then by
    /// its first bytes; filing-v1 JSON when neither decides (so its decoder
    /// reports what is wrong, rather than a vague "unknown format").
    public static func choose(path: String, document: ArraySlice<UInt8> = []) -> InputFormat {
        let name = path.hasSuffix(".gz") ? String(path.dropLast(3)) : path
        if let format = all.first(where: { f in f.suffixes.contains { name.hasSuffix($0) } }) { return format }
        let prefix = document.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.prefix(64)
        return all.first { $0.sniff(prefix) } ?? .filingJSON
    }

    /// File name endings of every format, with their `.gz` forms: what a folder audit reads.
    static var allSuffixes: [String] { all.flatMap { f in f.suffixes.flatMap { [$0, $0 + ".gz"] } } }
}

extension InputFormat {
    /// filing-v1 as JSON (`shared/spec/filing-v1.md`): one document per file,
    /// or one per line in JSON Lines.
    public static let filingJSON = InputFormat(
        name: "filing-v1+json", suffixes: [".json", ".jsonl", ".ndjson"],
        sniff: { $0.first == UInt8(ascii: "{") },
        decode: { Filing.decode($0) })
}
